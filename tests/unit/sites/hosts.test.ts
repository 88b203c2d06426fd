import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { adapterFor } from '@/lib/sites';
import { OPTIONAL_HOST_PATTERNS, SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { platformForUrl } from '@/lib/time/platform-for-url';

type ManifestOf = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
const manifestFor = (browser: string) =>
  (config.manifest as unknown as ManifestOf)({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });

describe('where the coach runs and the clock counts', () => {
  it('is https only, on exact hosts', () => {
    for (const pattern of [...SOCIAL_HOST_PATTERNS]) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    for (const pattern of OPTIONAL_HOST_PATTERNS) expect(pattern.startsWith('https://')).toBe(true);
  });

  it('counts every host the manifest asks for as its site', () => {
    for (const pattern of SOCIAL_HOST_PATTERNS) {
      const url = pattern.replace('/*', '/home');
      expect(platformForUrl(url, []), url).not.toBeNull();
      expect(adapterFor(new URL(url), []), url).not.toBeNull();
    }
  });

  it.each([
    'https://developers.facebook.com/docs/',
    'https://business.facebook.com/latest/',
    'https://help.linkedin.com/',
    'https://developer.linkedin.com/',
    'https://about.instagram.com/',
    'https://developer.x.com/en/docs',
    'https://status.bsky.app/',
    'http://x.com/home',
    'http://www.linkedin.com/feed/',
  ])('%s is not social time and gets no coach', (url) => {
    expect(platformForUrl(url, [])).toBeNull();
    expect(SOCIAL_HOST_PATTERNS).not.toContain(`${new URL(url).origin}/*`);
  });
});

describe('manifest', () => {
  it('asks for the social hosts exactly, and the Chrome version whose CSS the coach uses (light-dark: 123)', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.host_permissions).toEqual([...SOCIAL_HOST_PATTERNS]);
    expect(chrome.minimum_chrome_version).toBe('123');
  });

  it('asks Firefox for the version that reads data_collection_permissions', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: { strict_min_version: string; data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toBeDefined();
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });
});
