import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { fingerprintPost } from '@/lib/coach/fingerprint';
import { fingerprintKeyItem, fingerprintsItem, postsItem, settingsItem, usageItem } from '@/lib/storage';
import { emptyDay } from '@/lib/time/usage';
import { fireAlarm, messageFromPage, messageFromTab, settle, startWorker, stubBrowser, type Screen } from './worker';

const START = Date.parse('2026-01-10T12:00:00Z');
const TODAY = new Date(START).toLocaleDateString('sv-SE');
const MIN = 60_000;
const xTab = { id: 11, url: 'https://x.com/home' };
const otherTab = { id: 12, url: 'https://example.org/' };
let screen: Screen;

function withBudget(budget: Partial<Settings['budget']>): Promise<void> {
  return settingsItem.setValue({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, ...budget } });
}
async function usedToday(ms: number): Promise<void> {
  await usageItem.setValue({ [TODAY]: { ...emptyDay(), activeMs: ms, byPlatform: { x: ms }, byMode: { work: 0, personal: ms }, byActivity: { reading: ms, writing: 0 } } });
}
const checkpoint = () => fireAlarm('checkpoint');
const badge = () => fakeBrowser.action.getBadgeText({});

beforeAll(async () => {
  await import('@/entrypoints/background/index');
}, 60_000);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  screen = { window: { id: 1, focused: true }, active: { 1: xTab }, tabs: [xTab, otherTab], idle: 'active' };
});
afterEach(() => {
  vi.useRealTimers();
});

describe('budget', () => {
  it('shows the minutes left on the badge, and nothing when the badge is off', async () => {
    stubBrowser(screen);
    await usedToday(10 * MIN);
    await startWorker();
    expect(await badge()).toBe('20');
    // turning the badge off clears it at once, without waiting for a checkpoint
    await withBudget({ showBadge: false });
    await settle();
    expect(await badge()).toBe('');
  });

  it('pushes the level to social tabs only when it changes, and shrugs off tabs without the sidebar', async () => {
    const { sendToTab } = stubBrowser(screen);
    await usedToday(23 * MIN + 30_000);
    await startWorker();
    sendToTab.mockClear();
    vi.setSystemTime(START + 30_000);
    await checkpoint();
    // 24 minutes of 30: the gentle note, sent to the x.com tab only
    expect(sendToTab).toHaveBeenCalledTimes(1);
    expect(sendToTab.mock.calls[0]?.[0]).toBe(11);
    expect(sendToTab.mock.calls[0]?.[1]).toMatchObject({ type: 'bg-cs:budget', data: { level: 'near', budgetMs: 30 * MIN } });
    vi.setSystemTime(START + 60_000);
    await checkpoint();
    // still near: nothing new to say
    expect(sendToTab).toHaveBeenCalledTimes(1);
  });

  it('pushes the 80 % note the moment it is reached, without waiting for a checkpoint', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(START);
    const { sendToTab } = stubBrowser(screen);
    await withBudget({ dailyMinutes: 1 });
    await startWorker();
    // an alarm too, in case the worker is stopped before the timer fires
    expect((await fakeBrowser.alarms.get('budget-level'))?.scheduledTime).toBe(START + 48_100);
    sendToTab.mockClear();
    // 80 % of one minute is 48 s of active time; the look-again comes just after
    await vi.advanceTimersByTimeAsync(48_200);
    await settle();
    expect(sendToTab.mock.calls.map((call) => (call[1] as { data: { level: string } }).data.level)).toEqual(['near']);
  });

  it('answers get-budget with the time up to this moment', async () => {
    stubBrowser(screen);
    await withBudget({ dailyMinutes: 1 });
    await startWorker();
    vi.setSystemTime(START + 50_000);
    // 50 s of a one-minute budget, without waiting for a checkpoint
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toEqual({
      level: 'near', usedMs: 50_000, budgetMs: MIN, canExtend: true, blocked: false, snoozesLeft: 2, snoozeMinutes: 5,
    });
  });

  it('gives five more minutes once after "finish this post"', async () => {
    stubBrowser(screen);
    await withBudget({ timesUp: 'soft-block' });
    await usedToday(31 * MIN);
    await startWorker();
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ level: 'over', blocked: true, canExtend: true });
    expect(await messageFromTab('cs-bg:finish-post', undefined, 11)).toMatchObject({ level: 'extra', blocked: false, canExtend: false });
    expect(await badge()).toBe('5');
  });

  /** The user stays on x.com from `from` for `minutes`, the checkpoint alarm firing each minute. */
  async function stayOnX(from: number, minutes: number): Promise<void> {
    for (let minute = 0; minute <= minutes; minute++) {
      vi.setSystemTime(from + minute * MIN);
      await checkpoint();
    }
  }

  it('records each snooze and lifts the soft block for five minutes of use', async () => {
    stubBrowser(screen);
    await withBudget({ timesUp: 'soft-block' });
    await usedToday(31 * MIN);
    await startWorker();
    expect(await messageFromTab('cs-bg:snooze', undefined, 11)).toMatchObject({ level: 'over', blocked: false, snoozesLeft: 1, snoozeMinutes: 3 });
    expect((await usageItem.getValue())[TODAY]?.snoozes).toBe(1);
    await stayOnX(START, 4);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ blocked: false });
    await stayOnX(START + 4 * MIN, 2);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ blocked: true });
  });

  it('a snooze is not stretched by setting the clock back (issue 11)', async () => {
    stubBrowser(screen);
    await withBudget({ timesUp: 'soft-block' });
    await usedToday(31 * MIN);
    await startWorker();
    expect(await messageFromTab('cs-bg:snooze', undefined, 11)).toMatchObject({ blocked: false });
    // The system clock goes back an hour, and the user stays six more minutes: the snooze ran out after five.
    await stayOnX(START - 60 * MIN, 6);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ level: 'over', blocked: true });
  });

  it('allows two snoozes a day, the second shorter, and refuses a third', async () => {
    stubBrowser(screen);
    await withBudget({ timesUp: 'soft-block' });
    await usedToday(31 * MIN);
    await startWorker();
    await messageFromTab('cs-bg:snooze', undefined, 11);
    await stayOnX(START, 6);
    expect(await messageFromTab('cs-bg:snooze', undefined, 11)).toMatchObject({ blocked: false, snoozesLeft: 0 });
    await stayOnX(START + 6 * MIN, 4);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ blocked: true, snoozesLeft: 0 });
    expect(await messageFromTab('cs-bg:snooze', undefined, 11)).toMatchObject({ blocked: true, snoozesLeft: 0 });
    expect((await usageItem.getValue())[TODAY]?.snoozes).toBe(2);
  });

  it('turns the badge amber from 80 %, also with the note off, and red at 100 %', async () => {
    stubBrowser(screen);
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    await withBudget({ noteAt80: false });
    await usedToday(23 * MIN);
    await startWorker();
    expect(color.mock.lastCall?.[0]).toEqual({ color: '#3f6212' });
    await usedToday(24 * MIN);
    await checkpoint();
    expect(color.mock.lastCall?.[0]).toEqual({ color: '#a16207' });
    await usedToday(30 * MIN);
    await checkpoint();
    expect(color.mock.lastCall?.[0]).toEqual({ color: '#b91c1c' });
  });

  it('"leave now" closes the social tab among others, and takes the only tab to the new-tab page', async () => {
    stubBrowser(screen);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockImplementation((async () => undefined) as never);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async () => undefined) as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => ({ id, windowId: 1 })) as never);
    await startWorker();
    await messageFromTab('cs-bg:leave', undefined, 11);
    expect(remove).toHaveBeenCalledWith(11);
    screen.tabs = [xTab];
    await messageFromTab('cs-bg:leave', undefined, 11);
    expect(update).toHaveBeenCalledWith(11, { url: 'chrome://newtab/' });
    // a framed page can't send the user away
    await expect(messageFromTab('cs-bg:leave', undefined, 11, { frameId: 3 })).rejects.toThrow(/Refused/);
  });
});

describe('intention pause', () => {
  const pausePushes = (sendToTab: ReturnType<typeof stubBrowser>['sendToTab']) =>
    sendToTab.mock.calls.filter((call) => (call[1] as { type: string }).type === 'bg-cs:pause').map((call) => call[0]);

  it('stays away until the user chooses it', async () => {
    const { sendToTab } = stubBrowser(screen);
    await startWorker();
    expect(pausePushes(sendToTab)).toEqual([]);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).not.toHaveProperty('pause');
  });

  it('greets a visit after 30 minutes away, not a return after less, and never a move between social tabs', async () => {
    const { sendToTab } = stubBrowser(screen);
    await withBudget({ intentionPause: true });
    await startWorker();
    // the first social visit of the session is an arrival
    expect(pausePushes(sendToTab)).toEqual([11]);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).toMatchObject({ pause: true });
    await messageFromTab('cs-bg:pause-answer', { choice: 'go-on' }, 11);
    expect(await messageFromTab('cs-bg:get-budget', undefined, 11)).not.toHaveProperty('pause');
    sendToTab.mockClear();
    // away 29 minutes on another site, then back: no pause
    screen.active[1] = otherTab;
    vi.setSystemTime(START + MIN);
    await checkpoint();
    screen.active[1] = xTab;
    vi.setSystemTime(START + 30 * MIN);
    await checkpoint();
    expect(pausePushes(sendToTab)).toEqual([]);
    // away 30 minutes: the pause greets the visit
    screen.active[1] = otherTab;
    vi.setSystemTime(START + 31 * MIN);
    await checkpoint();
    screen.active[1] = xTab;
    vi.setSystemTime(START + 61 * MIN);
    await checkpoint();
    expect(pausePushes(sendToTab)).toEqual([11]);
  });

  it('"leave" at the pause counts the visit turned back, once, and only where the pause waits', async () => {
    stubBrowser(screen);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockImplementation((async () => undefined) as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => ({ id, windowId: 1 })) as never);
    await withBudget({ intentionPause: true });
    await startWorker();
    // another tab can't answer this tab's pause
    await messageFromTab('cs-bg:pause-answer', { choice: 'leave' }, 13);
    expect((await usageItem.getValue())[TODAY]?.turnedBack ?? 0).toBe(0);
    await messageFromTab('cs-bg:pause-answer', { choice: 'leave' }, 11);
    await messageFromTab('cs-bg:pause-answer', { choice: 'leave' }, 11);
    expect((await usageItem.getValue())[TODAY]?.turnedBack).toBe(1);
    expect(remove).toHaveBeenCalledTimes(1);
  });
});

describe('published posts', () => {
  const text = 'Client Jansen relapsed again, I am worried about her and her family.';
  const report = { platform: 'x', mode: 'personal', publishedAt: START, openFindings: [{ ruleId: 'r', category: 'hashtags', severity: 'warning' }], resolvedCount: 2, text };
  const storedEverywhere = async () =>
    JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null), await fakeBrowser.storage.session.get(null)]);

  it("counts the post and keeps its fingerprint, keyed with the install's secret, and nothing of the text", async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:published', report, 11);
    expect((await postsItem.getValue())[TODAY]).toMatchObject({ published: 1, withOpenProblems: 1, nudgesResolved: 2, byCategory: { hashtags: 1 } });
    const key = await fingerprintKeyItem.getValue();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await fingerprintsItem.getValue()).toEqual([fingerprintPost(text, 'x', START, key as string)]);
    const stored = await storedEverywhere();
    for (const word of ['client', 'jansen', 'relapsed', 'again', 'worried', 'family']) expect(stored.toLowerCase()).not.toContain(word);
  });

  it('keeps one key across posts and restarts of the worker, and makes a new one after a reset', async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:published', report, 11);
    const first = await fingerprintKeyItem.getValue();
    await startWorker();
    await messageFromTab('cs-bg:published', { ...report, platform: 'linkedin' }, 11, { url: 'https://www.linkedin.com/feed/' });
    expect(await fingerprintKeyItem.getValue()).toBe(first);
    const [onX, onLinkedIn] = await fingerprintsItem.getValue();
    expect(onLinkedIn?.hash).toBe(onX?.hash);
    await messageFromPage('page-bg:reset-data', undefined);
    expect(await fingerprintKeyItem.getValue()).toBeNull();
    await messageFromTab('cs-bg:published', report, 11);
    const second = await fingerprintKeyItem.getValue();
    expect(second).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
  });

  it('drops the unkeyed fingerprints an earlier version stored', async () => {
    stubBrowser(screen);
    const unkeyed = { platform: 'x', publishedAt: START - 60_000, hash: '1a2b3c4d', sketch: [1, 2, 3] };
    await fakeBrowser.storage.local.set({ fingerprints: [unkeyed], fingerprints$: { v: 1 } });
    await startWorker();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('fingerprints')).toEqual({ fingerprints: [] }));
  });

  it('drops a malformed report without touching the stats', async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:published', { platform: 'myspace', text: 'secret' }, 11);
    expect(await postsItem.getValue()).toEqual({});
  });
});

describe('daily reminder', () => {
  it('sets an alarm at the chosen local time and notifies only with permission', async () => {
    const { permissions, notify } = stubBrowser(screen);
    await withBudget({ reminderTime: '20:00' });
    await startWorker();
    const alarm = await fakeBrowser.alarms.get('reminder');
    expect(new Date(alarm?.scheduledTime ?? 0).getHours()).toBe(20);
    expect(alarm?.scheduledTime).toBeGreaterThan(START);
    await fireAlarm('reminder');
    expect(notify).not.toHaveBeenCalled();
    permissions.granted = true;
    await fireAlarm('reminder');
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith('reminder', expect.objectContaining({ title: 'Your social time' })));
  });

  it('clears the alarm when the reminder is turned off', async () => {
    stubBrowser(screen);
    await withBudget({ reminderTime: '20:00' });
    await startWorker();
    await withBudget({ reminderTime: null });
    await messageFromPage('page-bg:request-reminder', { enabled: false });
    expect(await fakeBrowser.alarms.get('reminder')).toBeFalsy();
  });
});
