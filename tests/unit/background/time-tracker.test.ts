import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSegmentItem, settingsItem, usageItem } from '@/lib/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { fireAlarm, messageFromTab, settle, startWorker, stubBrowser, type Screen } from './worker';

const START = Date.parse('2026-01-10T12:00:00Z');
const TODAY = new Date(START).toLocaleDateString('sv-SE');
let screen: Screen;

const xTab = { id: 11, url: 'https://x.com/home' };
const linkedinTab = { id: 21, url: 'https://www.linkedin.com/feed/' };

async function at(secondsAfterStart: number): Promise<void> {
  vi.setSystemTime(START + secondsAfterStart * 1000);
}
const checkpoint = () => fireAlarm('checkpoint');
async function today() {
  return (await usageItem.getValue())[TODAY];
}

// The first import transforms the whole background; later fresh workers reuse the transform.
beforeAll(async () => {
  await import('@/entrypoints/background/index');
}, 60_000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(START);
  screen = { window: { id: 1, focused: true }, active: { 1: xTab, 2: linkedinTab }, tabs: [xTab, linkedinTab], idle: 'active' };
});
afterEach(() => {
  vi.useRealTimers();
});

describe('background time tracking', () => {
  it('creates the checkpoint alarm once, however often the worker starts', async () => {
    stubBrowser(screen);
    await startWorker();
    await startWorker();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((alarm) => alarm.name === 'checkpoint')).toHaveLength(1);
    expect(alarms[0]?.periodInMinutes).toBe(1);
  });

  it('counts a focused social tab at each checkpoint and keeps the clock in session storage', async () => {
    stubBrowser(screen);
    await startWorker();
    expect(await openSegmentItem().getValue()).toMatchObject({ platform: 'x', tabId: 11, startedAt: START });
    await at(60);
    await checkpoint();
    expect(await today()).toMatchObject({ activeMs: 60_000, byPlatform: { x: 60_000 }, byMode: { work: 60_000 } });
  });

  it('loses nothing when the worker restarts mid-segment', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(20);
    // a new worker wakes for the checkpoint with no memory; the segment comes from session storage
    await startWorker();
    await at(50);
    await checkpoint();
    expect((await today())?.activeMs).toBe(50_000);
  });

  it('counts one clock with two windows of social tabs', async () => {
    stubBrowser(screen);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, platformModes: { ...DEFAULT_SETTINGS.platformModes, x: 'personal' } });
    await startWorker();
    await at(10);
    // the user moves to window 2: "no window" first, then window 2
    await fakeBrowser.windows.onFocusChanged.trigger(-1);
    screen.window = { id: 2, focused: true };
    await at(10.05);
    await fakeBrowser.windows.onFocusChanged.trigger(2);
    await settle();
    await at(30);
    await checkpoint();
    expect(await today()).toMatchObject({ activeMs: 30_000, byPlatform: { x: 10_000, linkedin: 20_000 }, byMode: { personal: 10_000, work: 20_000 } });
  });

  it('stops at the moment focus leaves the browser', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(10);
    screen.window = { id: 1, focused: false };
    await fakeBrowser.windows.onFocusChanged.trigger(-1);
    await settle();
    // the look-again after the debounce finds no focused window either: the segment ended at 10 s
    await at(10.6);
    await vi.advanceTimersByTimeAsync(600);
    await settle();
    expect(await openSegmentItem().getValue()).toMatchObject({ unfocusedSince: START + 10_000 });
    await at(100);
    await checkpoint();
    expect((await today())?.activeMs).toBe(10_000);
  });

  it('treats a "no window" that the browser does not confirm as a blip', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(10);
    // headless Chromium sends "no window" after opening a window yet still reports a focused one
    await fakeBrowser.windows.onFocusChanged.trigger(-1);
    await settle();
    await at(10.5);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    await at(40);
    await checkpoint();
    expect((await today())?.activeMs).toBe(40_000);
  });

  it('stops when the tab navigates to a site whose address it may not read', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(12);
    // Chrome drops `url` from the change for such a page; the start of loading is the signal
    screen.active[1] = { id: 11 };
    await fakeBrowser.tabs.onUpdated.trigger(11, { status: 'loading' }, { id: 11 } as never);
    await settle();
    expect(await openSegmentItem().getValue()).toBeNull();
    expect((await today())?.activeMs).toBe(12_000);
  });

  it('counts nothing for a tab on another site', async () => {
    screen.active[1] = { id: 31, url: 'https://example.org/' };
    stubBrowser(screen);
    await startWorker();
    await at(60);
    await checkpoint();
    expect(await today()).toBeUndefined();
    expect(await openSegmentItem().getValue()).toBeNull();
  });

  it('stops while idle and starts again when the user is back', async () => {
    const { idleChanged } = stubBrowser(screen);
    await startWorker();
    await at(15);
    screen.idle = 'idle';
    await idleChanged.trigger('idle');
    await settle();
    await at(200);
    screen.idle = 'active';
    await idleChanged.trigger('active');
    await settle();
    await at(205);
    await checkpoint();
    expect((await today())?.activeMs).toBe(20_000);
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(60);
  });

  it('splits reading and writing on what the content script reports', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(10);
    await messageFromTab('cs-bg:activity', { platform: 'x', writing: true, visible: true }, 11);
    await settle();
    await at(25);
    await checkpoint();
    expect((await today())?.byActivity).toEqual({ reading: 10_000, writing: 15_000 });
  });

  it('applies a new mode for the site from the moment it is saved', async () => {
    stubBrowser(screen);
    await startWorker();
    await at(8);
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, platformModes: { ...settings.platformModes, x: 'personal' } });
    await settle();
    await at(20);
    await checkpoint();
    expect((await today())?.byMode).toEqual({ work: 8_000, personal: 12_000 });
  });

  it('survives malformed storage', async () => {
    await fakeBrowser.storage.local.set({ usage: 'garbage' });
    await fakeBrowser.storage.session.set({ openSegment: { nonsense: true } });
    stubBrowser(screen);
    await startWorker();
    await at(5);
    await checkpoint();
    expect((await today())?.activeMs).toBe(5_000);
  });
});
