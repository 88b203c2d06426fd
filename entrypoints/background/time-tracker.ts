import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/messaging';
import { pauseMemoryItem, settingsItem } from '@/lib/storage';
import { normalizePauseMemory, pauseStep } from '@/lib/time/pause';
import { msUntilLevelChange } from '@/lib/time/budget';
import { CHECKPOINT_MS, type Sighting } from '@/lib/time/clock';
import { dayKey } from '@/lib/time/day-key';
import type { Settings } from '@/lib/settings/defaults';
import { sightingOf, trackStep, type TrackerState } from '@/lib/time/tracker';
import { normalizeDay } from '@/lib/time/usage';
import { refreshBudget } from './budget';
import { IDLE_SECONDS, readBrowserView, type ViewHints } from './browser-view';
import { serialized } from './lock';
import { requireSocialTopFrame } from './senders';
import { loadSettings, loadTracker, offsetAt, saveTracker, siteChoices } from './stats-store';

export const CHECKPOINT_ALARM = 'checkpoint';
const LEVEL_ALARM = 'budget-level';
/** chrome.windows.WINDOW_ID_NONE: every window lost focus, or the blip between two windows. */
const WINDOW_ID_NONE = -1;
/** Look again this long after focus left, once a window switch has had time to report the new window. */
const BLUR_SETTLE_MS = 500;
/** Look a moment after the level changes, so the step surely lands past the edge. */
const LEVEL_CHECK_SLACK_MS = 100;

type SightingSource = (state: TrackerState, settings: Settings) => Promise<Sighting> | Sighting;

/** One tracker step at `now` (the event's time, taken before waiting for the lock). */
function step(now: number, sightingFor: SightingSource): Promise<void> {
  return serialized(async () => {
    const [state, settings] = await Promise.all([loadTracker(), loadSettings()]);
    const sighting = await sightingFor(state, settings);
    const next = trackStep(state, sighting, now, offsetAt);
    await saveTracker(state, next);
    await notePause(state, next, settings, now);
    await refreshBudget(next.usage, settings, now);
    watchForLevelChange(next, settings, now);
  });
}

/** The intention pause's view of the step: remembers social time, and greets a tab the user arrives in after a while away. */
async function notePause(before: TrackerState, after: TrackerState, settings: Settings, now: number): Promise<void> {
  const item = pauseMemoryItem();
  const memory = normalizePauseMemory(await item.getValue());
  const { memory: next, arrivedTabId } = pauseStep(memory, before.segment, after.segment, now, settings.budget);
  if (next !== memory) await item.setValue(next);
  // A tab without the watcher yet (still loading) asks for itself when it starts.
  if (arrivedTabId !== null) void sendMessage('bg-cs:pause', undefined, arrivedTabId).catch(() => undefined);
}

let levelTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The 80 % note and time's up should not wait for the next checkpoint: while the clock runs, look again the moment
 * the level changes. The timer is exact while the worker lives; the alarm wakes a worker that was stopped first.
 */
function watchForLevelChange(state: TrackerState, settings: Settings, now: number): void {
  clearTimeout(levelTimer);
  const running = state.segment !== null && state.segment.unfocusedSince === undefined;
  const untilChange = running
    ? msUntilLevelChange(normalizeDay(state.usage[dayKey(now, offsetAt)]), settings.budget, { platform: state.segment?.platform, now, offsetAt })
    : null;
  if (untilChange === null || untilChange >= CHECKPOINT_MS) {
    void browser.alarms.clear(LEVEL_ALARM);
    return;
  }
  levelTimer = setTimeout(() => void resync(), untilChange + LEVEL_CHECK_SLACK_MS);
  void browser.alarms.create(LEVEL_ALARM, { when: now + untilChange + LEVEL_CHECK_SLACK_MS });
}

/** Re-derives what the user sees from the browser itself and moves the clock there. */
export function resync(hints: ViewHints = {}): Promise<void> {
  return step(Date.now(), async (state, settings) => sightingOf(await readBrowserView(state.segment, hints), siteChoices(settings)));
}

/** Focus left every window: pause at once, then look again in case it was only a window switch. */
function pauseForBlur(): Promise<void> {
  const done = step(Date.now(), () => ({ kind: 'unfocused' }));
  setTimeout(() => void resync(), BLUR_SETTLE_MS);
  return done;
}

/** Alarms may be cleared on browser restart: create the checkpoint on every worker start if it is missing. */
async function ensureCheckpointAlarm(): Promise<void> {
  if (!(await browser.alarms.get(CHECKPOINT_ALARM))) {
    await browser.alarms.create(CHECKPOINT_ALARM, { periodInMinutes: CHECKPOINT_MS / 60_000 });
  }
}

/** Registers every listener synchronously, so the event that woke the worker reaches them. */
export function startTimeTracker(): void {
  browser.tabs.onActivated.addListener(() => void resync());
  browser.tabs.onUpdated.addListener((_tabId, change) => {
    // Chrome leaves `url` out when the new page is one we may not read, so a navigation also counts by its start.
    if (change.url !== undefined || change.status === 'loading') void resync();
  });
  browser.tabs.onRemoved.addListener(() => void resync());
  browser.windows.onFocusChanged.addListener((windowId) => void (windowId === WINDOW_ID_NONE ? pauseForBlur() : resync()));
  // A new mode, budget or badge setting applies from the moment it is saved.
  settingsItem.watch(() => void resync());
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  browser.idle.onStateChanged.addListener((idle) => void resync({ idle }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECKPOINT_ALARM || alarm.name === LEVEL_ALARM) void resync();
  });
  onMessage('cs-bg:activity', async ({ data, sender }) => {
    // Only a social tab's top frame says whether the user writes there; the time itself comes from the browser.
    const { tabId } = await requireSocialTopFrame(sender, 'cs-bg:activity');
    return resync(typeof data?.writing !== 'boolean' ? {} : { writing: { tabId, writing: data.writing } });
  });
  void ensureCheckpointAlarm();
  void resync();
}
