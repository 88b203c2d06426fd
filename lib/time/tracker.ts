import { MODES, PLATFORMS, type Mode, type Platform } from '../coach/types';
import { advanceClock, DEFAULT_CLOCK, type ClockConfig, type Credit, type Sighting } from './clock';
import { dayKey, type OffsetAt } from './day-key';
import type { Activity, OpenSegment, UsageHistory } from './types';
import { applyCredits, pruneHistory } from './usage';

export type IdleState = 'active' | 'idle' | 'locked';

/** What the browser reports at one moment: the last focused window, its active tab, the idle state. */
export interface BrowserView {
  window: { id: number; focused: boolean } | null;
  tab: { id: number; url?: string } | null;
  idle: IdleState;
  /** A composer in that tab has focus, as its content script last said. */
  writing: boolean;
}

export interface SiteChoices {
  platformOf: (url: string | undefined) => Platform | null;
  modeOf: (platform: Platform) => Mode;
}

/** Turns the browser's report into the one thing the clock needs: which social tab, if any, has the user's eyes. */
export function sightingOf(view: BrowserView, choices: SiteChoices): Sighting {
  if (view.idle !== 'active') return { kind: 'elsewhere' };
  if (!view.window?.focused) return { kind: 'unfocused' };
  const platform = view.tab ? choices.platformOf(view.tab.url) : null;
  if (!view.tab || !platform) return { kind: 'elsewhere' };
  const activity: Activity = view.writing ? 'writing' : 'reading';
  return { kind: 'social', platform, mode: choices.modeOf(platform), activity, tabId: view.tab.id, windowId: view.window.id };
}

/** The stored running clock, or null when storage holds anything else: a broken clock is dropped, not trusted. */
export function normalizeSegment(raw: unknown): OpenSegment | null {
  const segment = raw as OpenSegment | null;
  if (typeof segment !== 'object' || segment === null) return null;
  const numbers = [segment.tabId, segment.windowId, segment.startedAt, segment.lastCheckpoint];
  const valid =
    PLATFORMS.includes(segment.platform) &&
    MODES.includes(segment.mode) &&
    (segment.activity === 'reading' || segment.activity === 'writing') &&
    numbers.every(Number.isFinite) &&
    (segment.unfocusedSince === undefined || Number.isFinite(segment.unfocusedSince));
  return valid ? segment : null;
}

export interface TrackerState {
  segment: OpenSegment | null;
  usage: UsageHistory;
}

/** One step of the tracker: the clock moves to `now`, its credits go into the daily totals, old days go. */
export function trackStep(
  state: TrackerState,
  sighting: Sighting,
  now: number,
  offsetAt: OffsetAt,
  config: ClockConfig = DEFAULT_CLOCK,
): TrackerState & { credits: Credit[] } {
  const { segment, credits } = advanceClock(state.segment, sighting, now, offsetAt, config);
  if (credits.length === 0) return { segment, usage: state.usage, credits };
  const usage = applyCredits(state.usage, credits);
  // Old days can only fall out of the window when a new day starts.
  const newDay = credits.some((credit) => !(credit.day in state.usage));
  return { segment, usage: newDay ? pruneHistory(usage, dayKey(now, offsetAt)) : usage, credits };
}

/**
 * The history as it will stand once the running clock is next credited: for pages that show time live (the
 * popup), since storage only moves at checkpoints and events. A paused clock adds nothing.
 */
export function usageWithOpenSegment(state: TrackerState, now: number, offsetAt: OffsetAt, config: ClockConfig = DEFAULT_CLOCK): UsageHistory {
  const { segment } = state;
  if (!segment || segment.unfocusedSince !== undefined) return state.usage;
  const { platform, mode, activity, tabId, windowId } = segment;
  const same: Sighting = { kind: 'social', platform, mode, activity, tabId, windowId };
  return trackStep(state, same, now, offsetAt, config).usage;
}
