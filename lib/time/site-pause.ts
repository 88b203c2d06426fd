import { PLATFORMS, type Platform } from '../coach/types';
import { instantOfLocalTime, shiftDayKey, systemOffset, type OffsetAt } from './day-key';
import type { DayKey } from './types';

/**
 * "Pause the coach here": per social site, the local day it was paused on. A pause lasts the rest of that day and
 * ends at local midnight, like the budget (README, "Pause the coach here"), or earlier when the user turns the coach
 * back on. Only the background writes it (local storage, closed to content scripts).
 */
export type SitePauses = Partial<Record<Platform, DayKey>>;

const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whatever storage holds, read as valid pauses: unknown sites and values that are not a day are left out. */
export function readSitePauses(value: unknown): SitePauses {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const pauses: SitePauses = {};
  for (const platform of PLATFORMS) {
    const day = (value as Record<string, unknown>)[platform];
    if (typeof day === 'string' && DAY_KEY.test(day)) pauses[platform] = day;
  }
  return pauses;
}

export function isSitePaused(pauses: SitePauses, platform: Platform, today: DayKey): boolean {
  return pauses[platform] === today;
}

/** Pauses (or resumes) one site for today; pauses of earlier days are dropped, so the item never grows. */
export function withSitePause(pauses: SitePauses, platform: Platform, today: DayKey, paused: boolean): SitePauses {
  const next: SitePauses = {};
  for (const [site, day] of Object.entries(readSitePauses(pauses)) as [Platform, DayKey][]) {
    if (site !== platform && day === today) next[site] = day;
  }
  if (paused) next[platform] = today;
  return next;
}

/** The instant a pause taken on `today` ends: the next local midnight. */
export function sitePauseEnds(today: DayKey, offsetAt: OffsetAt = systemOffset): number {
  return instantOfLocalTime(Date.parse(`${shiftDayKey(today, 1)}T00:00:00Z`), offsetAt);
}
