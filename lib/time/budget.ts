import type { Platform } from '../coach/types';
import type { Settings } from '../settings/defaults';
import type { OffsetAt } from './day-key';
import { inQuietHours, msUntilQuietChange, siteUsage } from './limits';
import type { BlockReason, BudgetLevel, BudgetStatus, DayUsage } from './types';

/**
 * Where the question is asked from: the tab's network (for its own limit) and the wall clock (for the quiet hours).
 * Without it, only the daily budget applies.
 */
export interface BudgetContext {
  platform?: Platform | null;
  now?: number;
  offsetAt?: OffsetAt;
}

/** "Finish this post" buys this much more active time, once a day. */
export const EXTENSION_MS = 5 * 60_000;
/** The snoozes of one day, each shorter than the one before; past the list, one minute each. */
export const SNOOZE_MINUTES: readonly number[] = [5, 3, 2, 1];
/** The gentle note, and the amber ring and badge, come at this share of the budget. */
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

/** Work writing's own allowance in ms, or 0 when work writing counts toward the budget like everything else. */
export function workAllowanceMsOf(budget: Settings['budget']): number {
  if (budget?.workWriting !== 'own') return 0;
  const minutes = Number(budget.workMinutes);
  return Number.isFinite(minutes) && minutes > 0 ? Math.min(minutes, 24 * 60) * MINUTE_MS : 0;
}

/**
 * The day's time that counts against the budget: all active time, less work-mode writing up to its own allowance
 * when the user gave it one. Never more than active time, and it grows no faster than active time does.
 */
export function budgetUsedMs(day: DayUsage, budget: Settings['budget']): number {
  return Math.max(0, day.activeMs - Math.min(day.workWritingMs ?? 0, workAllowanceMsOf(budget)));
}

/** Length of the next snooze, after `taken` snoozes today. */
export function snoozeMsFor(taken: number): number {
  return (SNOOZE_MINUTES[Math.max(0, taken)] ?? 1) * MINUTE_MS;
}

/** Snoozes a day the user allows (0–5), two when the setting is broken. */
function snoozeCap(budget: Settings['budget']): number {
  const cap = Number(budget?.snoozesPerDay);
  return Number.isInteger(cap) && cap >= 0 ? Math.min(cap, 5) : 2;
}

/** Where today stands against the budget, on the context's network and at its moment. */
export function evaluateBudget(day: DayUsage, budget: Settings['budget'], context: BudgetContext = {}): BudgetView {
  const budgetMs = budgetMsOf(budget);
  const usedMs = budgetUsedMs(day, budget);
  const extended = day.extendedAtMs !== undefined;
  const extensionEnd = extended ? Math.max(budgetMs, day.extendedAtMs ?? 0) + EXTENSION_MS : budgetMs;
  let level: BudgetLevel = 'ok';
  if (extended && usedMs < extensionEnd) level = 'extra';
  else if (usedMs >= budgetMs) level = 'over';
  else if (budget?.noteAt80 !== false && usedMs >= budgetMs * NEAR_SHARE) level = 'near';
  const limit = level === 'extra' ? extensionEnd : budgetMs;
  // Active time, not the wall clock (a clock set back does not stretch the snooze) and not only the budget's counted
  // time: work writing under its own allowance counts toward none of the budget, yet it is minutes on the site, and a
  // network's own limit and the quiet hours count it too. The composer is never covered, so the block that returns
  // never stops a work post.
  const snoozed = day.snoozedUntilMs !== undefined && day.activeMs < day.snoozedUntilMs;
  const workBudgetMs = workAllowanceMsOf(budget);
  const site = siteUsage(day, budget, context.platform);
  const quiet = context.now !== undefined && context.offsetAt !== undefined && inQuietHours(context.now, budget?.quietHours, context.offsetAt);
  // The quiet hours say until when; a network's own limit and the day's budget both last until midnight.
  let reason: BlockReason | undefined;
  if (quiet) reason = 'quiet';
  else if (site && site.usedMs >= site.limitMs) reason = 'site';
  else if (budget?.timesUp === 'soft-block' && level === 'over') reason = 'budget';
  const blocked = reason !== undefined && !snoozed;
  return {
    level,
    usedMs,
    budgetMs,
    canExtend: !extended,
    blocked,
    ...(blocked ? { reason } : {}),
    ...(quiet ? { quietUntil: budget.quietHours.to } : {}),
    ...(site && context.platform ? { site: { platform: context.platform, ...site } } : {}),
    snoozesLeft: Math.max(0, snoozeCap(budget) - day.snoozes),
    snoozeMinutes: snoozeMsFor(day.snoozes) / MINUTE_MS,
    ...(workBudgetMs > 0 ? { work: { usedMs: day.workWritingMs ?? 0, budgetMs: workBudgetMs } } : {}),
    minutesLeft: Math.max(0, Math.ceil((limit - usedMs) / MINUTE_MS)),
  };
}

/** Takes "finish this post": only once a day, and only once the budget is used up. */
export function extendDay(day: DayUsage, budget: Settings['budget']): DayUsage {
  const usedMs = budgetUsedMs(day, budget);
  if (day.extendedAtMs !== undefined || usedMs < budgetMsOf(budget)) return day;
  return { ...day, extendedAtMs: usedMs };
}

/**
 * Lifts the soft block for the next snooze's length of active time and counts it. Only a block in force can be
 * snoozed, and only as often a day as the user allows (two by default: 5 minutes, then 3).
 */
export function snoozeDay(day: DayUsage, budget: Settings['budget'], context: BudgetContext = {}): DayUsage {
  const view = evaluateBudget(day, budget, context);
  if (!view.blocked || view.snoozesLeft <= 0) return day;
  return { ...day, snoozes: day.snoozes + 1, snoozedUntilMs: day.activeMs + snoozeMsFor(day.snoozes) };
}

/** Counts a visit the intention pause turned back. */
export function turnBack(day: DayUsage): DayUsage {
  return { ...day, turnedBack: day.turnedBack + 1 };
}

/** The toolbar badge: minutes left, or nothing when the user turned it off. */
export function badgeText(view: BudgetView, showBadge: boolean): string {
  return showBadge ? String(view.minutesLeft) : '';
}

/** How far along the day is, for colours: amber from 80 % whether or not the note is on, red once time is up. */
export function budgetTone(view: Pick<BudgetStatus, 'level' | 'usedMs' | 'budgetMs'>): 'ok' | 'near' | 'over' {
  if (view.level === 'over' || view.level === 'extra' || view.usedMs >= view.budgetMs) return 'over';
  return view.usedMs >= view.budgetMs * NEAR_SHARE ? 'near' : 'ok';
}

/**
 * Counted time until the status next changes while the clock runs (the 80 % note, time's up, the end of the extra
 * minutes or of a snooze), or null. Counted time moves no faster than the wall clock, so waiting this long never
 * misses a change; with work writing outside the budget it may come early, which only means one more look.
 */
export function msUntilLevelChange(day: DayUsage, budget: Settings['budget'], context: BudgetContext = {}): number | null {
  const budgetMs = budgetMsOf(budget);
  const usedMs = budgetUsedMs(day, budget);
  const site = siteUsage(day, budget, context.platform);
  const edges = [
    budgetMs * NEAR_SHARE,
    budgetMs,
    day.extendedAtMs !== undefined ? Math.max(budgetMs, day.extendedAtMs) + EXTENSION_MS : null,
  ];
  const ahead = edges.filter((edge): edge is number => edge !== null && edge - usedMs > 0).map((edge) => edge - usedMs);
  // A snooze runs on active time.
  if (day.snoozedUntilMs !== undefined && day.snoozedUntilMs > day.activeMs) ahead.push(day.snoozedUntilMs - day.activeMs);
  // The network's own limit, in its own counted time; the quiet hours, on the wall clock (never later than counted time).
  if (site && site.limitMs > site.usedMs) ahead.push(site.limitMs - site.usedMs);
  const quiet = context.now !== undefined && context.offsetAt ? msUntilQuietChange(context.now, budget?.quietHours, context.offsetAt) : null;
  if (quiet !== null) ahead.push(quiet);
  return ahead.length > 0 ? Math.min(...ahead) : null;
}
