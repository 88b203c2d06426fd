import type { Platform } from '../coach/types';
import type { QuietHours, Settings } from '../settings/defaults';
import { minutesOfClockTime } from './clock-time';
import type { OffsetAt } from './day-key';
import type { DayUsage } from './types';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** A network's own limit in ms inside the daily budget, or 0 when it has none. */
export function siteLimitMsOf(budget: Settings['budget'], platform: Platform | null | undefined): number {
  if (!platform) return 0;
  const minutes = Number(budget?.siteMinutes?.[platform]);
  return Number.isInteger(minutes) && minutes > 0 ? Math.min(minutes, DAY_MINUTES) * MINUTE_MS : 0;
}

/** Time on `platform` today, against its own limit; null when it has none. */
export function siteUsage(day: DayUsage, budget: Settings['budget'], platform: Platform | null | undefined): { usedMs: number; limitMs: number } | null {
  const limitMs = siteLimitMsOf(budget, platform);
  return limitMs > 0 && platform ? { usedMs: day.byPlatform[platform] ?? 0, limitMs } : null;
}

/** Minutes after local midnight at `now`. */
function localMinutes(now: number, offsetAt: OffsetAt): number {
  const offset = offsetAt(now);
  const local = now + (Number.isFinite(offset) ? offset : 0) * MINUTE_MS;
  return (((local % (DAY_MINUTES * MINUTE_MS)) + DAY_MINUTES * MINUTE_MS) % (DAY_MINUTES * MINUTE_MS)) / MINUTE_MS;
}

/**
 * Whether `now` falls in the quiet hours, [from, to) local time; they may cross midnight (22:00–07:00). Off, broken,
 * or from equal to to: never.
 */
export function inQuietHours(now: number, quiet: QuietHours | undefined, offsetAt: OffsetAt): boolean {
  if (!quiet?.on) return false;
  const from = minutesOfClockTime(quiet.from);
  const to = minutesOfClockTime(quiet.to);
  if (from === null || to === null || from === to) return false;
  const at = localMinutes(now, offsetAt);
  return from < to ? at >= from && at < to : at >= from || at < to;
}

/** Wall-clock ms from `now` until the quiet hours next start or end, or null when they are off. */
export function msUntilQuietChange(now: number, quiet: QuietHours | undefined, offsetAt: OffsetAt): number | null {
  if (!quiet?.on) return null;
  const from = minutesOfClockTime(quiet.from);
  const to = minutesOfClockTime(quiet.to);
  if (from === null || to === null || from === to) return null;
  const at = localMinutes(now, offsetAt);
  const ahead = (edge: number) => {
    const minutes = (edge - at + DAY_MINUTES) % DAY_MINUTES;
    return (minutes === 0 ? DAY_MINUTES : minutes) * MINUTE_MS;
  };
  return Math.ceil(Math.min(ahead(from), ahead(to)));
}
