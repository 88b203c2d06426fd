import type { Settings } from '../settings/defaults';
import type { BudgetLevel, BudgetStatus, DayUsage } from './types';

/** "Finish this post" buys this much more active time, once a day. */
export const EXTENSION_MS = 5 * 60_000;
/** One snooze lifts the soft block for this long. */
export const SNOOZE_MS = 5 * 60_000;
/** The gentle note comes at this share of the budget. */
export const NEAR_SHARE = 0.8;

const MINUTE_MS = 60_000;

export interface BudgetView extends BudgetStatus {
  /** Whole minutes left of the budget, or of the extension while it runs; 0 when over. */
  minutesLeft: number;
}

/** Daily budget in ms; a broken setting falls back to the half hour the advice base names. */
export function budgetMsOf(budget: Settings['budget']): number {
  const minutes = Number(budget?.dailyMinutes);
  if (!Number.isFinite(minutes) || minutes <= 0) return 30 * MINUTE_MS;
  return Math.min(minutes, 24 * 60) * MINUTE_MS;
}

/** Where today stands against the budget. */
export function evaluateBudget(day: DayUsage, budget: Settings['budget'], now: number): BudgetView {
  const budgetMs = budgetMsOf(budget);
  const usedMs = day.activeMs;
  const extended = day.extendedAtMs !== undefined;
  const extensionEnd = extended ? Math.max(budgetMs, day.extendedAtMs ?? 0) + EXTENSION_MS : budgetMs;
  let level: BudgetLevel = 'ok';
  if (extended && usedMs < extensionEnd) level = 'extra';
  else if (usedMs >= budgetMs) level = 'over';
  else if (budget?.noteAt80 !== false && usedMs >= budgetMs * NEAR_SHARE) level = 'near';
  const limit = level === 'extra' ? extensionEnd : budgetMs;
  const snoozed = (day.snoozedUntil ?? 0) > now;
  return {
    level,
    usedMs,
    budgetMs,
    canExtend: !extended,
    blocked: budget?.timesUp === 'soft-block' && level === 'over' && !snoozed,
    minutesLeft: Math.max(0, Math.ceil((limit - usedMs) / MINUTE_MS)),
  };
}

/** Takes "finish this post": only once a day, and only once the budget is used up. */
export function extendDay(day: DayUsage, budget: Settings['budget']): DayUsage {
  if (day.extendedAtMs !== undefined || day.activeMs < budgetMsOf(budget)) return day;
  return { ...day, extendedAtMs: day.activeMs };
}

/** Lifts the soft block for five minutes and counts the snooze; only a block in force can be snoozed. */
export function snoozeDay(day: DayUsage, budget: Settings['budget'], now: number): DayUsage {
  if (!evaluateBudget(day, budget, now).blocked) return day;
  return { ...day, snoozes: day.snoozes + 1, snoozedUntil: now + SNOOZE_MS };
}

/** The toolbar badge: minutes left, or nothing when the user turned it off. */
export function badgeText(view: BudgetView, showBadge: boolean): string {
  return showBadge ? String(view.minutesLeft) : '';
}

/**
 * Time until the status next changes while the clock runs (the 80 % note, time's up, the end of the extra minutes
 * or of a snooze), or null. Running time and wall clock move together, so one figure serves both.
 */
export function msUntilLevelChange(day: DayUsage, budget: Settings['budget'], now: number): number | null {
  const budgetMs = budgetMsOf(budget);
  const activeEdges = [
    budget?.noteAt80 !== false ? budgetMs * NEAR_SHARE : null,
    budgetMs,
    day.extendedAtMs !== undefined ? Math.max(budgetMs, day.extendedAtMs) + EXTENSION_MS : null,
  ];
  const waits = activeEdges.map((edge) => (edge === null ? null : edge - day.activeMs));
  if (budget?.timesUp === 'soft-block' && day.snoozedUntil !== undefined) waits.push(day.snoozedUntil - now);
  const ahead = waits.filter((wait): wait is number => wait !== null && wait > 0);
  return ahead.length > 0 ? Math.min(...ahead) : null;
}
