import type { Mode, Platform } from '@/lib/coach/types';
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

/** What one simulated user chose: the budget, and the networks they use for work (the others are personal). */
export interface SimSetup {
  budget: Settings['budget'];
  modes: Partial<Record<Platform, Mode>>;
}

export const SIM_SETUP: SimSetup = { budget: SIM_BUDGET, modes: {} };

/**
 * A snooze as the background took it: when, the budget's counted time then, the day's active time and work writing
 * then (what the snooze is spent by, and what the allowance takes), and the active time it lasts until.
 */
export interface SnoozeTaken {
  at: number;
  day: string;
  usedMs: number;
  activeMs: number;
  workWritingMs: number;
  untilMs: number;
  blockedBefore: boolean;
  /** Why the block was there, and the network the user was on with its time today then. */
  reason?: BlockReason;
  platform: Platform | null;
  siteMs: number;
}

/**
 * What the background's block said at a step while a social tab's clock ran: whether it covers the feed, and
 * whether it would without the day's snooze. `snoozesBefore` is how many snoozes had been taken by then.
 */
export interface BlockLook {
  at: number;
  day: string;
  activeMs: number;
  workWritingMs: number;
  blocked: boolean;
  wouldBlock: boolean;
  snoozesBefore: number;
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

/** Whether the user is really writing in work mode right now, on a network they use for work. */
export function truthWorkWriting(world: World, modes: SimSetup['modes']): boolean {
  const platform = truthPlatform(world);
  const window = world.windows.find((candidate) => candidate.id === world.focused);
  return platform !== null && modes[platform] === 'work' && window !== undefined && world.writing.has(window.active);
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
const platformOf = (url: string | undefined) => platformOfSite.get(url) ?? null;

/** The background as the wiring runs it: state in (simulated) storage, only a debounce timer in memory. */
export class SimBackground {
  stored: TrackerState = { segment: null, usage: {} };
  /** The pause's memory, in (simulated) session storage. */
  pause: PauseMemory = NO_PAUSE_MEMORY;
  /** Every visit the pause greeted, with the moment the background saw the arrival. */
  arrivals: number[] = [];
  snoozes: SnoozeTaken[] = [];
  /** The block as seen at every step with a social tab's clock running, on days with a snooze. */
  looks: BlockLook[] = [];
  private timers: number[] = [];
  private readonly choices: { platformOf: typeof platformOf; modeOf: (platform: Platform) => Mode };

  constructor(
    private readonly world: World,
    private readonly offsetAt: OffsetAt,
    private readonly setup: SimSetup = SIM_SETUP,
  ) {
    this.choices = { platformOf, modeOf: (platform) => setup.modes[platform] ?? 'personal' };
  }

  private apply(sighting: Sighting, now: number): void {
    const before = this.stored.segment;
    const { segment, usage } = trackStep(this.stored, sighting, now, this.offsetAt);
    this.stored = { segment, usage };
    const { memory, arrivedTabId } = pauseStep(this.pause, before, segment, now, this.setup.budget);
    this.pause = memory;
    if (arrivedTabId !== null) this.arrivals.push(now);
    if (segment && segment.unfocusedSince === undefined) this.look(segment.platform, now);
  }

  /** What the block says now on `platform`'s tab, with the day's snooze and without it; only on a day with a snooze. */
  private look(platform: Platform, now: number): void {
    const key = dayKey(now, this.offsetAt);
    const day = normalizeDay(this.stored.usage[key]);
    if (day.snoozedUntilMs === undefined) return;
    const context = { platform, now, offsetAt: this.offsetAt };
    const { snoozedUntilMs: _snooze, ...unsnoozed } = day;
    const blocked = evaluateBudget(day, this.setup.budget, context).blocked;
    const wouldBlock = evaluateBudget(unsnoozed, this.setup.budget, context).blocked;
    this.looks.push({ at: now, day: key, activeMs: day.activeMs, workWritingMs: day.workWritingMs, blocked, wouldBlock, snoozesBefore: this.snoozes.length });
  }

  /** cs-bg:snooze: credits the running clock first (as get-budget does), then takes the snooze if the block allows. */
  snooze(now: number): void {
    this.resync(now);
    const key = dayKey(now, this.offsetAt);
    const day = normalizeDay(this.stored.usage[key]);
    // The snooze comes from the tab in front: its network's own limit and the quiet hours count.
    const platform = this.stored.segment?.platform ?? null;
    const context = { platform, now, offsetAt: this.offsetAt };
    const view = evaluateBudget(day, this.setup.budget, context);
    const next = snoozeDay(day, this.setup.budget, context);
    if (next === day) return;
    this.stored = { ...this.stored, usage: { ...this.stored.usage, [key]: next } };
    const siteMs = platform ? (day.byPlatform[platform] ?? 0) : 0;
    const { activeMs, workWritingMs } = day;
    this.snoozes.push({ at: now, day: key, usedMs: view.usedMs, activeMs, workWritingMs, untilMs: next.snoozedUntilMs ?? 0, blockedBefore: view.blocked, reason: view.reason, platform, siteMs });
  }

  /** Any browser event or alarm: re-derive what the user sees from the browser's report. */
  resync(now: number): void {
    this.apply(sightingOf(browserView(this.world), this.choices), now);
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
