import type { Platform } from '@/lib/coach/types';
import { DEFAULT_CLOCK, type Sighting } from '@/lib/time/clock';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { evaluateBudget, snoozeDay } from '@/lib/time/budget';
import { dayKey, type OffsetAt } from '@/lib/time/day-key';
import { NO_PAUSE_MEMORY, pauseStep, type PauseMemory } from '@/lib/time/pause';
import { normalizeDay } from '@/lib/time/usage';
import type { BlockReason } from '@/lib/time/types';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { sightingOf, trackStep, type BrowserView, type IdleState, type TrackerState } from '@/lib/time/tracker';

/**
 * A simulated browser, user and background for the property test. The world keeps the truth (what the user
 * really looks at); the background sees only what a browser reports, through the real lib/time code.
 */

export const SITES: { url: string | undefined; platform: Platform | null }[] = [
  { url: 'https://x.com/home', platform: 'x' },
  { url: 'https://www.linkedin.com/feed/', platform: 'linkedin' },
  { url: 'https://bsky.app/', platform: 'bluesky' },
  { url: 'https://mastodon.nl/home', platform: 'mastodon' },
  { url: 'https://example.org/', platform: null },
  // a tab whose address the extension may not read
  { url: undefined, platform: null },
];

export type Action =
  | { type: 'activate'; window: number; tab: number }
  | { type: 'navigate'; window: number; site: number }
  | { type: 'open-tab'; window: number; site: number }
  | { type: 'close-tab'; window: number }
  | { type: 'switch-window'; window: number; blipMs: number }
  | { type: 'leave-browser' }
  | { type: 'return'; window: number }
  | { type: 'idle'; state: IdleState }
  | { type: 'sleep'; ms: number; announced: boolean }
  | { type: 'restart' }
  | { type: 'writing'; on: boolean }
  /** The user presses the soft block's snooze (the background takes it only while the block is in force). */
  | { type: 'snooze' };

/**
 * The budget the simulated user has: two minutes with the soft block (so snoozes come into play), X limited to one
 * minute of its own, quiet hours around midnight (the generated days start before it), the pause at 5 min.
 */
export const SIM_BUDGET: Settings['budget'] = {
  ...DEFAULT_SETTINGS.budget,
  dailyMinutes: 2,
  timesUp: 'soft-block',
  intentionPause: true,
  pauseAfterMinutes: 5,
  siteMinutes: { ...DEFAULT_SETTINGS.budget.siteMinutes, x: 1 },
  quietHours: { on: true, from: '23:30', to: '00:30' },
};

/** A snooze as the background took it: when, the counted time then, and the counted time it lasts until. */
export interface SnoozeTaken {
  at: number;
  day: string;
  usedMs: number;
  untilMs: number;
  blockedBefore: boolean;
  /** Why the block was there, and the network the user was on with its time today then. */
  reason?: BlockReason;
  platform: Platform | null;
  siteMs: number;
}

interface SimWindow {
  id: number;
  tabs: { id: number; site: number }[];
  active: number;
}

export interface World {
  windows: SimWindow[];
  /** The window the user really looks at; null outside the browser. */
  focused: number | null;
  /** What the browser reports: null during the blip of a window switch too. */
  reportedFocus: number | null;
  lastFocused: number;
  idle: IdleState;
  asleep: boolean;
  writing: Set<number>;
}

export function truthPlatform(world: World): Platform | null {
  if (world.asleep || world.idle !== 'active' || world.focused === null) return null;
  const window = world.windows.find((candidate) => candidate.id === world.focused);
  const tab = window?.tabs.find((candidate) => candidate.id === window.active);
  return tab ? (SITES[tab.site]?.platform ?? null) : null;
}

function browserView(world: World): BrowserView {
  const window = world.windows.find((candidate) => candidate.id === world.lastFocused) ?? null;
  const tab = window?.tabs.find((candidate) => candidate.id === window.active) ?? null;
  return {
    window: window ? { id: window.id, focused: world.reportedFocus !== null } : null,
    tab: tab ? { id: tab.id, url: SITES[tab.site]?.url } : null,
    idle: world.idle,
    writing: tab ? world.writing.has(tab.id) : false,
  };
}

const platformOfSite = new Map(SITES.map(({ url }) => [url, platformForUrl(url, ['mastodon.nl'])]));
const choices = { platformOf: (url: string | undefined) => platformOfSite.get(url) ?? null, modeOf: () => 'personal' as const };

/** The background as the wiring runs it: state in (simulated) storage, only a debounce timer in memory. */
export class SimBackground {
  stored: TrackerState = { segment: null, usage: {} };
  /** The pause's memory, in (simulated) session storage. */
  pause: PauseMemory = NO_PAUSE_MEMORY;
  /** Every visit the pause greeted, with the moment the background saw the arrival. */
  arrivals: number[] = [];
  snoozes: SnoozeTaken[] = [];
  private timers: number[] = [];

  constructor(
    private readonly world: World,
    private readonly offsetAt: OffsetAt,
  ) {}

  private apply(sighting: Sighting, now: number): void {
    const before = this.stored.segment;
    const { segment, usage } = trackStep(this.stored, sighting, now, this.offsetAt);
    this.stored = { segment, usage };
    const { memory, arrivedTabId } = pauseStep(this.pause, before, segment, now, SIM_BUDGET);
    this.pause = memory;
    if (arrivedTabId !== null) this.arrivals.push(now);
  }

  /** cs-bg:snooze: credits the running clock first (as get-budget does), then takes the snooze if the block allows. */
  snooze(now: number): void {
    this.resync(now);
    const key = dayKey(now, this.offsetAt);
    const day = normalizeDay(this.stored.usage[key]);
    // The snooze comes from the tab in front: its network's own limit and the quiet hours count.
    const platform = this.stored.segment?.platform ?? null;
    const context = { platform, now, offsetAt: this.offsetAt };
    const view = evaluateBudget(day, SIM_BUDGET, context);
    const next = snoozeDay(day, SIM_BUDGET, context);
    if (next === day) return;
    this.stored = { ...this.stored, usage: { ...this.stored.usage, [key]: next } };
    const siteMs = platform ? (day.byPlatform[platform] ?? 0) : 0;
    this.snoozes.push({ at: now, day: key, usedMs: view.usedMs, untilMs: next.snoozedUntilMs ?? 0, blockedBefore: view.blocked, reason: view.reason, platform, siteMs });
  }

  /** Any browser event or alarm: re-derive what the user sees from the browser's report. */
  resync(now: number): void {
    this.apply(sightingOf(browserView(this.world), choices), now);
  }

  /** windows.onFocusChanged(WINDOW_ID_NONE): pause now, look again after the debounce. */
  blur(now: number): void {
    this.apply({ kind: 'unfocused' }, now);
    this.timers.push(now + 500);
  }

  /** Fires debounce timers due before `until`. */
  runTimers(until: number): void {
    const due = this.timers.filter((at) => at <= until).sort((a, b) => a - b);
    this.timers = this.timers.filter((at) => at > until);
    for (const at of due) this.resync(at);
  }

  /** The worker stopped and started again: memory is gone; state comes back from storage, as JSON does. */
  restart(): void {
    this.timers = [];
    this.stored = JSON.parse(JSON.stringify(this.stored)) as TrackerState;
    this.pause = JSON.parse(JSON.stringify(this.pause)) as PauseMemory;
  }
}

export const GAP_CAP_MS = DEFAULT_CLOCK.gapCapMs;
