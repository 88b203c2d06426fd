import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importData, resetEverything } from '@/entrypoints/background/data';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { fingerprintsItem, postsItem, settingsItem, usageItem } from '@/lib/storage';
import { storedDataExample } from './fixtures/stored-data';

const { settings, ...stats } = storedDataExample;
const OLD_USAGE = { '2026-01-01': storedDataExample.usage['2026-11-20']! };
const OLD_SETTINGS = { ...DEFAULT_SETTINGS, defaultMode: 'work' as const };

async function seedOld(): Promise<void> {
  await usageItem.setValue(OLD_USAGE);
  await postsItem.setValue({});
  await settingsItem.setValue(OLD_SETTINGS);
}

const everything = async () => ({ local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) });

/** permissions and notifications are not in the fake browser: stand-ins that record what the reset asks for. */
function fakePermissions(granted: { origins: string[]; permissions: string[] }) {
  const remove = vi.fn(async (removed: { origins?: string[]; permissions?: string[] }) => {
    granted.origins = granted.origins.filter((origin) => !removed.origins?.includes(origin));
    granted.permissions = granted.permissions.filter((permission) => !removed.permissions?.includes(permission));
    return true;
  });
  Object.assign(fakeBrowser, { permissions: { getAll: async () => structuredClone(granted), remove } });
  const clear = vi.fn(async () => true);
  Object.assign(fakeBrowser, { notifications: { clear } });
  return { granted, remove, clear };
}

describe('background import', () => {
  it('replaces settings and every stat', async () => {
    await seedOld();
    expect(await importData(storedDataExample)).toEqual({ ok: true });
    expect(await usageItem.getValue()).toEqual(stats.usage);
    expect(await postsItem.getValue()).toEqual(stats.posts);
    expect(await fingerprintsItem.getValue()).toEqual(stats.fingerprints);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings, settings$: { v: SETTINGS_VERSION } });
  });

  it('writes nothing when the data is damaged', async () => {
    await seedOld();
    const before = await everything();
    await expect(importData({ ...storedDataExample, usage: 'lots' as never })).rejects.toThrow('Invalid field: usage');
    expect(await everything()).toEqual(before);
  });

  it('checks the sync item quota before writing anything: settings over 8 kB leave the stats as they were', async () => {
    await seedOld();
    const before = await everything();
    const tags = Array.from({ length: 200 }, (_, i) => `averylonghashtagthatnobodywouldtype${i}`);
    const big = { ...storedDataExample, settings: { ...settings, coach: { ...settings.coach, extraGenericHashtags: tags } } };
    const outcome = await importData(big);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'item-too-large', area: 'sync', key: 'settings', limit: 8192 } });
    expect(await everything()).toEqual(before);
  });

  it('rolls the stats back when the settings write fails, and says so', async () => {
    await seedOld();
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importData(storedDataExample)).toEqual({ ok: false, error: { kind: 'write-failed', rolledBack: true } });
    expect(await everything()).toEqual(before);
  });

  it('says when the rollback itself failed', async () => {
    await seedOld();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('sync down'));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(set).mockRejectedValueOnce(new Error('disk full'));
    expect(await importData(storedDataExample)).toEqual({ ok: false, error: { kind: 'write-failed', rolledBack: false } });
  });
});

describe('background reset', () => {
  it('deletes every stored value, the placement and the key, keeps the version marks, gives back granted hosts and clears the reminder', async () => {
    await importData(storedDataExample);
    await fakeBrowser.storage.local.set({ sidebarPlacement: { side: 'left', top: 40, collapsed: true }, fingerprintKey: '00'.repeat(16) });
    await fakeBrowser.alarms.create('reminder', { when: Date.now() + 60_000 });
    await fakeBrowser.alarms.create('checkpoint', { periodInMinutes: 1 });
    const fake = fakePermissions({
      origins: ['https://x.com/*', 'https://mastodon.nl/*', 'https://fosstodon.org/*'],
      permissions: ['storage', 'alarms', 'notifications'],
    });

    await resetEverything();

    const left = await everything();
    expect(Object.keys(left.local).filter((key) => !key.endsWith('$'))).toEqual([]);
    expect(left.sync).toEqual({ settings$: { v: SETTINGS_VERSION } });
    expect(fake.granted).toEqual({ origins: ['https://x.com/*'], permissions: ['storage', 'alarms'] });
    expect(fake.clear).toHaveBeenCalledWith('reminder');
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual(['checkpoint']);
  });

  it('rejects when a step fails, so the page does not say everything is gone', async () => {
    const fake = fakePermissions({ origins: ['https://mastodon.nl/*'], permissions: [] });
    fake.remove.mockRejectedValueOnce(new Error('no'));
    await expect(resetEverything()).rejects.toThrow('Reset incomplete');
  });
});
