import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { fingerprintsItem, postsItem, settingsItem, sidebarPlacementItem, usageItem } from '@/lib/storage';
import { emptyDay } from '@/lib/time/usage';
import { messageFromPage, messageFromTab, startWorker, stubBrowser, type Screen } from './worker';

/**
 * The background as a content script in a compromised or unexpected frame sees it: every message that writes
 * time, budget, stats or settings checks who sent it and bounds what it says.
 */
const START = Date.parse('2026-01-10T12:00:00Z');
const TODAY = new Date(START).toLocaleDateString('sv-SE');
const MIN = 60_000;
const xTab = { id: 11, url: 'https://x.com/home' };
const report = { platform: 'x', mode: 'personal', publishedAt: START, openFindings: [], resolvedCount: 1, text: 'Client Jansen relapsed again' };
let screen: Screen;

async function usedToday(ms: number): Promise<void> {
  await usageItem.setValue({ [TODAY]: { ...emptyDay(), activeMs: ms, byPlatform: { x: ms }, byMode: { work: 0, personal: ms }, byActivity: { reading: ms, writing: 0 } } });
}

beforeAll(async () => {
  await import('@/entrypoints/background/index');
}, 60_000);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  screen = { window: { id: 1, focused: true }, active: { 1: xTab }, tabs: [xTab], idle: 'active' };
});
afterEach(() => vi.useRealTimers());

describe('storage access', () => {
  it('closes local and sync storage to content scripts at every worker start', async () => {
    const { accessLevels } = stubBrowser(screen);
    await startWorker();
    expect(accessLevels).toEqual({ local: 'TRUSTED_CONTEXTS', sync: 'TRUSTED_CONTEXTS' });
  });

  it('removes a practice draft an earlier version stored word for word', async () => {
    stubBrowser(screen);
    await fakeBrowser.storage.local.set({ practiceDraft: { platform: 'x', mode: 'work', text: 'client jansen relapsed' }, practiceDraft$: { v: 1 } });
    await startWorker();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('practiceDraft'));
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('practiceDraft$');
  });
});

describe('import and reset: extension pages only', () => {
  it('refuses a reset and an import from a content script, and does both for the options page', async () => {
    stubBrowser(screen);
    await usedToday(45 * MIN);
    await startWorker();
    await expect(messageFromTab('page-bg:reset-data', undefined, 11)).rejects.toThrow('wrong sender');
    await expect(messageFromTab('page-bg:import-data', { usage: {}, posts: {}, fingerprints: [] }, 11)).rejects.toThrow('wrong sender');
    // a content script on a page that merely claims an extension URL in its tab is still a content script
    await expect(messageFromTab('page-bg:reset-data', undefined, 11, { url: 'https://example.org/options.html' })).rejects.toThrow('wrong sender');
    expect((await usageItem.getValue())[TODAY]?.activeMs).toBe(45 * MIN);

    await messageFromPage('page-bg:reset-data', undefined);
    expect(await usageItem.getValue()).toEqual({});
  });
});

describe('published posts: a social top frame, bounded, never from incognito', () => {
  it.each([
    ['an iframe on the social site', { frameId: 3 }],
    ['a page that is not a social site', { url: 'https://example.org/' }],
    ['a plain-http social page', { url: 'http://x.com/home' }],
  ])('refuses a report from %s', async (_name, overrides) => {
    stubBrowser(screen);
    await startWorker();
    await expect(messageFromTab('cs-bg:published', report, 11, overrides)).rejects.toThrow('wrong sender');
    expect(await postsItem.getValue()).toEqual({});
    expect(await fingerprintsItem.getValue()).toEqual([]);
  });

  it('stores nothing derived from the text of a post from an incognito tab', async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:published', report, 11, { incognito: true });
    expect(await postsItem.getValue()).toEqual({});
    expect(await fingerprintsItem.getValue()).toEqual([]);
  });

  it('bounds every field: huge counts are capped, an oversized text is dropped, unknown fields are left out', async () => {
    stubBrowser(screen);
    await startWorker();
    const sent = { ...report, resolvedCount: 1e300, publishedAt: START + 365 * 24 * 60 * MIN, fingerprint: { hash: 'chosen by the page' } };
    await messageFromTab('cs-bg:published', sent, 11);
    expect((await postsItem.getValue())[TODAY]).toMatchObject({ published: 1, withOpenProblems: 0, nudgesResolved: 100, byCategory: {} });
    const [kept] = await fingerprintsItem.getValue();
    // the background's own fingerprint of the text, at its own time; the page's "fingerprint" is ignored
    expect(kept).toMatchObject({ platform: 'x', publishedAt: START, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(await fingerprintsItem.getValue()).toLowerCase()).not.toContain('jansen');

    await messageFromTab('cs-bg:published', { ...report, text: 'a'.repeat(120_000) }, 11);
    expect((await postsItem.getValue())[TODAY]?.published).toBe(1);
    expect(await fingerprintsItem.getValue()).toHaveLength(1);
  });
});

describe('budget and time: a social top frame only', () => {
  it('refuses a snooze and "finish this post" from an iframe or another site', async () => {
    stubBrowser(screen);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, timesUp: 'soft-block' } });
    await usedToday(31 * MIN);
    await startWorker();
    await expect(messageFromTab('cs-bg:snooze', undefined, 11, { frameId: 2 })).rejects.toThrow('wrong sender');
    await expect(messageFromTab('cs-bg:finish-post', undefined, 11, { url: 'https://evil.example/' })).rejects.toThrow('wrong sender');
    const today = (await usageItem.getValue())[TODAY];
    expect(today?.snoozes).toBe(0);
    expect(today?.extendedAtMs).toBeUndefined();
  });

  it('refuses an activity report from a page that is not a social site', async () => {
    stubBrowser(screen);
    await startWorker();
    await expect(messageFromTab('cs-bg:activity', { platform: 'x', writing: true, visible: true }, 11, { url: 'https://evil.example/' })).rejects.toThrow('wrong sender');
  });
});

describe('sidebar preferences through the background', () => {
  it('changes the mode of the sending tab’s own platform only, and refuses anything but a mode', async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:set-mode', { mode: 'work', platform: 'linkedin' }, 11);
    const settings = await settingsItem.getValue();
    expect(settings.platformModes.x).toBe('work');
    expect(settings.platformModes.linkedin).toBe(DEFAULT_SETTINGS.platformModes.linkedin);
    await expect(messageFromTab('cs-bg:set-mode', { mode: 'admin' }, 11)).rejects.toThrow('not a mode');
  });

  it('hands the settings to a social frame and nobody else', async () => {
    stubBrowser(screen);
    await startWorker();
    expect(await messageFromTab('cs-bg:get-settings', undefined, 11)).toEqual(DEFAULT_SETTINGS);
    await expect(messageFromTab('cs-bg:get-settings', undefined, 11, { url: 'https://evil.example/' })).rejects.toThrow('wrong sender');
  });

  it('tells a sidebar whether the organisation locked the mode on its own network, and nobody else', async () => {
    await fakeBrowser.storage.managed.set({ platformModes: { x: 'personal' }, locked: ['platformModes'] });
    stubBrowser(screen);
    await startWorker();
    expect(await messageFromTab('cs-bg:get-mode-locked', undefined, 11)).toBe(true);
    // LinkedIn's mode is not named by the policy: the user's own
    expect(await messageFromTab('cs-bg:get-mode-locked', undefined, 12, { url: 'https://www.linkedin.com/feed/' })).toBe(false);
    await expect(messageFromTab('cs-bg:get-mode-locked', undefined, 11, { url: 'https://evil.example/' })).rejects.toThrow('wrong sender');
    // and a switch flipped anyway changes nothing
    await messageFromTab('cs-bg:set-mode', { mode: 'work' }, 11);
    expect((await settingsItem.getValue()).platformModes.x).toBe('personal');
  });

  it('keeps a placement within bounds', async () => {
    stubBrowser(screen);
    await startWorker();
    await messageFromTab('cs-bg:set-placement', { collapsed: true, top: 1e300, note: 'x'.repeat(1000) }, 11);
    expect(await sidebarPlacementItem.getValue()).toEqual({ collapsed: true, top: 96 });
    await messageFromTab('cs-bg:set-placement', { collapsed: false, top: 240 }, 11);
    expect(await messageFromTab('cs-bg:get-placement', undefined, 11)).toEqual({ collapsed: false, top: 240 });
  });
});
