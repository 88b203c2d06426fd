import { MODES, PLATFORMS } from '../coach/types';
import type { Credit } from './clock';
import { shiftDayKey } from './day-key';
import type { DayKey, DayUsage, UsageHistory } from './types';

/** Days of history kept, today included. */
export const HISTORY_DAYS = 90;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyDay(): DayUsage {
  return { activeMs: 0, byPlatform: {}, byMode: { work: 0, personal: 0 }, byActivity: { reading: 0, writing: 0 }, workWritingMs: 0, snoozes: 0, turnedBack: 0 };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A stored day as the code expects it, whatever storage held: malformed fields become zero, never a crash. */
export function normalizeDay(raw: unknown): DayUsage {
  const stored = record(raw);
  const day = emptyDay();
  day.activeMs = count(stored.activeMs);
  day.snoozes = count(stored.snoozes);
  day.turnedBack = count(stored.turnedBack);
  const platforms = record(stored.byPlatform);
  for (const platform of PLATFORMS) if (count(platforms[platform]) > 0) day.byPlatform[platform] = count(platforms[platform]);
  const modes = record(stored.byMode);
  for (const mode of MODES) day.byMode[mode] = count(modes[mode]);
  const activities = record(stored.byActivity);
  day.byActivity = { reading: count(activities.reading), writing: count(activities.writing) };
  // Never more than the day's writing in work mode, whatever storage held.
  day.workWritingMs = Math.min(count(stored.workWritingMs), day.byMode.work, day.byActivity.writing);
  if (stored.extendedAtMs !== undefined) day.extendedAtMs = count(stored.extendedAtMs);
  // An older version's snooze ran to a wall-clock moment (`snoozedUntil`); it is dropped, and lasted 5 minutes at most.
  if (count(stored.snoozedUntilMs) > 0) day.snoozedUntilMs = count(stored.snoozedUntilMs);
  return day;
}

export function normalizeHistory(raw: unknown): UsageHistory {
  const history: UsageHistory = {};
  for (const [key, day] of Object.entries(record(raw))) if (DAY_KEY.test(key)) history[key] = normalizeDay(day);
  return history;
}

/** Adds credited time to the days it belongs to. */
export function applyCredits(history: UsageHistory, credits: Credit[]): UsageHistory {
  const next = { ...history };
  for (const { day, platform, mode, activity, ms } of credits) {
    if (ms <= 0) continue;
    const usage = normalizeDay(next[day]);
    usage.activeMs += ms;
    usage.byPlatform[platform] = (usage.byPlatform[platform] ?? 0) + ms;
    usage.byMode[mode] += ms;
    usage.byActivity[activity] += ms;
    if (mode === 'work' && activity === 'writing') usage.workWritingMs += ms;
    next[day] = usage;
  }
  return next;
}

/** Keeps today and the days before it, HISTORY_DAYS in all. Days ahead of today (clock changes) stay. */
export function pruneHistory<T>(history: Record<DayKey, T>, today: DayKey, keepDays = HISTORY_DAYS): Record<DayKey, T> {
  const oldestKept = shiftDayKey(today, -(keepDays - 1));
  return Object.fromEntries(Object.entries(history).filter(([key]) => key >= oldestKept));
}
