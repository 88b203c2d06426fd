import { describe, expect, it } from 'vitest';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { normalizeSegment, sightingOf, usageWithOpenSegment, type BrowserView } from '@/lib/time/tracker';

const choices = { platformOf: (url: string | undefined) => platformForUrl(url, ['mastodon.nl']), modeOf: () => 'work' as const };
const view = (overrides: Partial<BrowserView> = {}): BrowserView => ({
  window: { id: 1, focused: true }, tab: { id: 5, url: 'https://x.com/home' }, idle: 'active', writing: false, ...overrides,
});

describe('platformForUrl', () => {
  it.each([
    ['https://x.com/home', 'x'],
    // old domain and subdomains
    ['https://mobile.twitter.com/i', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.threads.com/', 'threads'],
    ['https://bsky.app/profile/a', 'bluesky'],
    // a Mastodon instance the user added, case ignored
    ['https://Mastodon.NL/home', 'mastodon'],
    // a look-alike host is not the site
    ['https://notx.com/', null],
    ['https://x.com.evil.example/', null],
    // extension pages and broken or hidden addresses are not social time
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, expected) => {
    expect(platformForUrl(url, ['mastodon.nl'])).toBe(expected);
  });
});

describe('sightingOf', () => {
  it.each<[string, BrowserView, string]>([
    // the active tab of a focused window is a social site
    ['social', view(), 'social'],
    // idle or locked beats everything
    ['idle', view({ idle: 'idle' }), 'elsewhere'],
    ['locked', view({ idle: 'locked', window: { id: 1, focused: false } }), 'elsewhere'],
    // no window has focus
    ['unfocused', view({ window: { id: 1, focused: false } }), 'unfocused'],
    ['no window', view({ window: null }), 'unfocused'],
    // another site, or a tab whose address the extension may not see
    ['other site', view({ tab: { id: 5, url: 'https://example.org/' } }), 'elsewhere'],
    ['hidden url', view({ tab: { id: 5 } }), 'elsewhere'],
  ])('%s', (_name, browserView, kind) => {
    expect(sightingOf(browserView, choices).kind).toBe(kind);
  });

  it('carries platform, mode and writing', () => {
    expect(sightingOf(view({ writing: true }), choices)).toEqual({ kind: 'social', platform: 'x', mode: 'work', activity: 'writing', tabId: 5, windowId: 1 });
  });
});

describe('usageWithOpenSegment', () => {
  const segment = { platform: 'x' as const, mode: 'personal' as const, activity: 'reading' as const, tabId: 1, windowId: 1, startedAt: 0, lastCheckpoint: 1000 };
  it('adds the running clock up to now', () => {
    // 30 s since the last checkpoint, on 1 January 1970 UTC
    expect(usageWithOpenSegment({ segment, usage: {} }, 31_000, () => 0)['1970-01-01']?.activeMs).toBe(30_000);
  });
  it('adds nothing for a paused clock', () => {
    expect(usageWithOpenSegment({ segment: { ...segment, unfocusedSince: 1000 }, usage: {} }, 31_000, () => 0)).toEqual({});
  });
});

describe('normalizeSegment', () => {
  const good = { platform: 'x', mode: 'work', activity: 'reading', tabId: 1, windowId: 2, startedAt: 3, lastCheckpoint: 4 };
  it.each([
    // a well-formed clock is kept as it is
    ['good', good, good],
    // a paused one too
    ['paused', { ...good, unfocusedSince: 4 }, { ...good, unfocusedSince: 4 }],
    // an unknown platform would count time nobody can see
    ['platform', { ...good, platform: 'myspace' }, null],
    // a missing checkpoint would make the next credit NaN
    ['checkpoint', { ...good, lastCheckpoint: 'soon' }, null],
    ['not an object', 'garbage', null],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeSegment(raw)).toEqual(expected);
  });
});
