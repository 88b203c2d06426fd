import type { Mode, Platform } from '../coach/types';
import { splitByLocalDay, type OffsetAt } from './day-key';
import type { Activity, DayKey, OpenSegment } from './types';

/**
 * What the user is looking at right now, as the background last saw it. Exactly one of these at a time, so
 * there is never more than one clock, however many windows and tabs are open.
 */
export type Sighting =
  | { kind: 'social'; platform: Platform; mode: Mode; activity: Activity; tabId: number; windowId: number }
  /** A focused window shows another site, or the user is idle or locked. */
  | { kind: 'elsewhere' }
  /** No browser window has focus: the user left the browser, or it is the brief blip between two windows. */
  | { kind: 'unfocused' };

/** Time credited to one local day. */
export interface Credit {
  day: DayKey;
  platform: Platform;
  mode: Mode;
  activity: Activity;
  ms: number;
}

export interface ClockConfig {
  /** Most time credited for a stretch without any event: a sleeping machine or a dead worker adds no more. */
  gapCapMs: number;
  /** Focus that comes back within this long never left: window switches report "no window" in between. */
  blipMs: number;
}

/** The checkpoint alarm's period. */
export const CHECKPOINT_MS = 60_000;

/** The cap allows the alarm to arrive a little late without losing time; 10 s is generous for Chrome's alarms. */
export const DEFAULT_CLOCK: ClockConfig = { gapCapMs: CHECKPOINT_MS + 10_000, blipMs: 1_500 };

export interface ClockStep {
  segment: OpenSegment | null;
  credits: Credit[];
}

function openFor(sighting: Sighting, now: number): OpenSegment | null {
  if (sighting.kind !== 'social') return null;
  const { platform, mode, activity, tabId, windowId } = sighting;
  return { platform, mode, activity, tabId, windowId, startedAt: now, lastCheckpoint: now };
}

function sameTarget(segment: OpenSegment, sighting: Sighting): boolean {
  return (
    sighting.kind === 'social' &&
    sighting.platform === segment.platform &&
    sighting.mode === segment.mode &&
    sighting.activity === segment.activity &&
    sighting.tabId === segment.tabId &&
    sighting.windowId === segment.windowId
  );
}

function creditsFor(segment: OpenSegment, from: number, to: number, offsetAt: OffsetAt): Credit[] {
  const { platform, mode, activity } = segment;
  return splitByLocalDay(from, to, offsetAt).map(({ day, ms }) => ({ day, platform, mode, activity, ms }));
}

/**
 * Moves the clock to `now` given what the user sees now: credits the open segment up to `now` (split per local
 * day, capped for unseen gaps), then keeps it, pauses it, or replaces it.
 */
export function advanceClock(
  segment: OpenSegment | null,
  sighting: Sighting,
  now: number,
  offsetAt: OffsetAt,
  config: ClockConfig = DEFAULT_CLOCK,
): ClockStep {
  if (!segment) return { segment: openFor(sighting, now), credits: [] };
  // The system clock went back: credit nothing rather than guess.
  if (now < segment.lastCheckpoint) return { segment: openFor(sighting, now), credits: [] };
  let running = segment;
  if (segment.unfocusedSince !== undefined) {
    const { unfocusedSince: since, ...resumed } = segment;
    const blip = sighting.kind === 'social' && now - since <= config.blipMs;
    if (!blip) {
      // Still away: keep waiting. Back after longer: the segment ended when focus left, and was credited then.
      return sighting.kind === 'unfocused' ? { segment, credits: [] } : { segment: openFor(sighting, now), credits: [] };
    }
    // Focus came straight back or moved to another window: the switch happened when focus left.
    running = sameTarget(segment, sighting) ? resumed : (openFor(sighting, since) as OpenSegment);
  }
  const creditedUntil = Math.min(now, running.lastCheckpoint + config.gapCapMs);
  const credits = creditsFor(running, running.lastCheckpoint, creditedUntil, offsetAt);
  if (sighting.kind === 'unfocused') return { segment: { ...running, lastCheckpoint: now, unfocusedSince: now }, credits };
  if (!sameTarget(running, sighting)) return { segment: openFor(sighting, now), credits };
  return { segment: { ...running, lastCheckpoint: now }, credits };
}
