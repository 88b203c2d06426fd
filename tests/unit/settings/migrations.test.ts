import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONTENT_PLAN, DEFAULT_QUIET_HOURS, DEFAULT_SETTINGS, NO_SITE_LIMITS, type Settings } from '@/lib/settings/defaults';
import { settingsItem } from '@/lib/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, migrateSettings } from '@/lib/settings/migrations';
import { validateSettings } from '@/lib/settings/settings-schema';
import { SETTINGS_FIXTURES } from './fixtures';

describe('settings migrations', () => {
  it('have a fixture for every version up to the current one', () => {
    expect(SETTINGS_FIXTURES).toHaveLength(SETTINGS_VERSION);
  });

  for (let version = 2; version <= SETTINGS_VERSION; version += 1) {
    it(`step to v${version} turns the v${version - 1} fixture into the v${version} fixture`, () => {
      const step = SETTINGS_MIGRATIONS[version]!;
      expect(step(structuredClone(SETTINGS_FIXTURES[version - 2]!.settingsExample))).toEqual(SETTINGS_FIXTURES[version - 1]!.settingsExample);
    });
  }

  it('walks every older fixture to a value that validates without notes', () => {
    SETTINGS_FIXTURES.forEach((fixture, index) => {
      const migrated = migrateSettings(structuredClone(fixture.settingsExample), index + 1);
      expect(validateSettings(migrated).notes, fixture.description).toEqual([]);
    });
  });

  it.each([
    ['a string', 'broken'], // a damaged sync value passes through for validation to repair
    ['null', null], // nothing stored
    ['a list', [1, 2]], // wrong type altogether
  ])('leaves %s for validation to repair instead of throwing', (_label, stored) => {
    expect(() => validateSettings(migrateSettings(stored, 1))).not.toThrow();
  });

  it('keeps a v2 value that lost its version mark instead of mangling it', () => {
    const v2 = SETTINGS_FIXTURES[1]!.settingsExample;
    expect(SETTINGS_MIGRATIONS[2]!(structuredClone(v2))).toEqual(v2);
  });

  it('keeps an Instagram hashtag limit the user chose', () => {
    const v2 = SETTINGS_FIXTURES[1]!.settingsExample as Settings;
    const chosen = { ...v2, coach: { ...v2.coach, hashtagLimits: { ...v2.coach.hashtagLimits, instagram: 10 } } };
    expect(SETTINGS_MIGRATIONS[3]!(structuredClone(chosen))).toEqual(chosen);
  });

  it('keeps the soft block off when v1 had no soft block', () => {
    const migrated = migrateSettings({ ...SETTINGS_FIXTURES[0]!.settingsExample, softBlock: false }, 1);
    expect(validateSettings(migrated).settings.budget.timesUp).toBe('note');
  });
});

describe('settingsItem in storage', () => {
  it('reads a v1 value stored without a version as the migrated current settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: SETTINGS_FIXTURES[0]!.settingsExample });
    await settingsItem.migrate();
    const latest = SETTINGS_FIXTURES[SETTINGS_VERSION - 1]!.settingsExample as Settings;
    expect(await settingsItem.getValue()).toEqual({
      ...latest,
      budget: { ...latest.budget, siteMinutes: NO_SITE_LIMITS, quietHours: DEFAULT_QUIET_HOURS },
      contentPlan: DEFAULT_CONTENT_PLAN,
    });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('writes only valid settings, always with the version mark', async () => {
    const damaged = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: -3 } };
    await settingsItem.setValue(damaged);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: DEFAULT_SETTINGS, settings$: { v: SETTINGS_VERSION } });
  });

  it('reads settings stored with the old default mode without it, every network keeping its own mode', async () => {
    const personalX = { ...DEFAULT_SETTINGS.platformModes, x: 'personal' as const };
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, defaultMode: 'personal', platformModes: personalX }, settings$: { v: SETTINGS_VERSION } });
    const read = await settingsItem.getValue();
    expect(read).toEqual({ ...DEFAULT_SETTINGS, platformModes: personalX });
    expect(validateSettings({ ...DEFAULT_SETTINGS, defaultMode: 'nonsense' }).notes).toEqual([]);
    await settingsItem.setValue({ ...read, uiLanguage: 'en' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).not.toHaveProperty('defaultMode');
  });

  it('keeps the version mark on reset, so the next write is not taken for v1', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'nl' });
    await settingsItem.removeValue();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings$: { v: SETTINGS_VERSION } });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
