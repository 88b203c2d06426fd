import type { Settings } from '../settings/defaults';
import { DEFAULT_CLOCK, type ClockConfig } from './clock';
import type { OpenSegment } from './types';

/**
 * The intention pause (one sec, PNAS 2023): arriving at a social site after a while away, a short pause asks what
 * you came to do, with "go on" and "leave". The background decides when a visit is an arrival; this is that rule.
 */

/** What the background remembers between steps, in session storage: a browser restart counts as time away. */
export interface PauseMemory {
  /** The last moment the clock ran on a social site; null before any this session. */
  lastSocialAt: number | null;
  /** The tab whose arrival the pause still waits to greet, until it is answered. */
  pendingTabId: number | null;
}

export const NO_PAUSE_MEMORY: PauseMemory = { lastSocialAt: null, pendingTabId: null };

const MINUTE_MS = 60_000;

export function pauseAwayMs(budget: Settings['budget']): number {
  const minutes = Number(budget?.pauseAfterMinutes);
  return (Number.isFinite(minutes) && minutes >= 5 ? Math.min(minutes, 24 * 60) : 30) * MINUTE_MS;
}

/** The stored memory, or none when storage holds anything else. */
export function normalizePauseMemory(raw: unknown): PauseMemory {
  const memory = raw as PauseMemory | null;
  if (typeof memory !== 'object' || memory === null) return NO_PAUSE_MEMORY;
  const last = Number.isFinite(memory.lastSocialAt) ? memory.lastSocialAt : null;
  const pending = Number.isInteger(memory.pendingTabId) ? memory.pendingTabId : null;
  return { lastSocialAt: last, pendingTabId: pending };
}

const running = (segment: OpenSegment | null): segment is OpenSegment => segment !== null && segment.unfocusedSince === undefined;

export interface PauseStep {
  memory: PauseMemory;
  /** The tab a pause should greet now, or null. */
  arrivedTabId: number | null;
}

/**
 * One tracker step seen by the pause: the clock went from `before` to `after` at `now`. While the clock runs on a
 * social site the user is there; a visit is an arrival when the clock runs now and did not run for at least the
 * chosen time before. A gap the clock could not see (a sleeping machine) counts as away beyond the clock's own cap,
 * so waking up in front of a feed is an arrival too. Moving between social tabs or windows never is.
 */
export function pauseStep(
  memory: PauseMemory,
  before: OpenSegment | null,
  after: OpenSegment | null,
  now: number,
  budget: Settings['budget'],
  config: ClockConfig = DEFAULT_CLOCK,
): PauseStep {
  // The clock ran up to here on a social site (at most its cap past the last checkpoint).
  const lastSocialAt = running(before) ? Math.min(now, before.lastCheckpoint + config.gapCapMs) : memory.lastSocialAt;
  if (!running(after)) {
    return { memory: lastSocialAt === memory.lastSocialAt ? memory : { ...memory, lastSocialAt }, arrivedTabId: null };
  }
  const away = lastSocialAt === null || now - lastSocialAt >= pauseAwayMs(budget);
  const arrived = budget?.intentionPause === true && away ? after.tabId : null;
  return { memory: { lastSocialAt: now, pendingTabId: arrived ?? memory.pendingTabId }, arrivedTabId: arrived };
}

/** The pause was answered (or declined over a draft) in `tabId`: it waits no longer. */
export function pauseAnswered(memory: PauseMemory, tabId: number): PauseMemory {
  return memory.pendingTabId === tabId ? { ...memory, pendingTabId: null } : memory;
}
