import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { patchNewerSettings } from '@/lib/settings/newer-settings';
import { SettingsTooLarge, settingsItem } from '@/lib/storage';

const NEWER = SETTINGS_VERSION + 1;
/** What a newer version might sync: a field this one does not know, a nested one, and a value it can't read. */
const fromNewer = {
  ...DEFAULT_SETTINGS,
  budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 40, timesUp: 'hard-block', weekendMinutes: 60 },
  coach: { ...DEFAULT_SETTINGS.coach, toneProfile: 'gentle' },
  focusSessions: [{ start: '09:00', minutes: 25 }],
};

describe('settings synced from a newer version', () => {
  it('are read for what this version understands', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer, settings$: { v: NEWER } });
    const settings = await settingsItem.getValue();
    expect(settings.budget.dailyMinutes).toBe(40);
    expect(settings.budget.timesUp).toBe(DEFAULT_SETTINGS.budget.timesUp);
    expect(settings).not.toHaveProperty('focusSessions');
  });

  it('keep their version, unknown fields and unreadable values when this version changes one setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: fromNewer, settings$: { v: NEWER } });
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, uiLanguage: 'nl', budget: { ...settings.budget, dailyMinutes: 45 } });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: NEWER });
    expect(stored.settings).toEqual({ ...fromNewer, uiLanguage: 'nl', budget: { ...fromNewer.budget, dailyMinutes: 45 } });
  });

  it('patch only the fields that changed, and add fields the stored value lacks', () => {
    const stored = { a: 1, nested: { b: 2, unknown: true }, list: [1], extra: 'x' };
    expect(patchNewerSettings(stored, { a: 1, nested: { b: 2 }, list: [1] }, { a: 1, nested: { b: 3 }, list: [1, 2], added: 'y' })).toEqual({
      a: 1,
      nested: { b: 3, unknown: true },
      list: [1, 2],
      extra: 'x',
      added: 'y',
    });
  });
});

describe('settings over the sync item quota', () => {
  it('are refused before anything is written', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    const tags = Array.from({ length: 200 }, (_, i) => `verylonghashtagnumber${i}forthesyncquotatest`);
    const tooMany = { ...DEFAULT_SETTINGS, coach: { ...DEFAULT_SETTINGS.coach, extraGenericHashtags: tags } };
    await expect(settingsItem.setValue(tooMany)).rejects.toBeInstanceOf(SettingsTooLarge);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
