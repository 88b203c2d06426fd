import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { expect, openExtensionPage, test } from '../harness';
import { readStorage, seedStorage, weekOfData } from './seed';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  defaultMode: 'work',
  platformModes: { ...DEFAULT_SETTINGS.platformModes, x: 'work' },
  budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45, timesUp: 'soft-block' },
  coach: { ...DEFAULT_SETTINGS.coach, disabledRules: ['tone'], extraGenericHashtags: ['weekend'] },
};

const STAT_KEYS = ['usage', 'posts', 'fingerprints'] as const;

// The install's secret for fingerprints: never in an export, gone after a reset.
const FINGERPRINT_KEY = '5ec7e75ec7e75ec7e75ec7e75ec7e75e';

test('export, reset, then import restores identical data', async ({ context, extensionId, worker }) => {
  await seedStorage(worker, { ...weekOfData(Date.now()), fingerprintKey: FINGERPRINT_KEY }, { settings: SETTINGS, settings$: { v: SETTINGS_VERSION } });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('45');
  const before = await readStorage(worker);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export to a file' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'social-coach-export', schemaVersion: SETTINGS_VERSION, settings: SETTINGS });
  expect(readFileSync(file, 'utf8')).not.toContain(FINGERPRINT_KEY);

  await options.getByRole('button', { name: 'Reset everything' }).click();
  await options.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(options.getByTestId('data-status')).toHaveText('Everything is back to the start.');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('30');
  const cleared = await readStorage(worker);
  expect(STAT_KEYS.filter((key) => key in cleared.local)).toEqual([]);
  expect(cleared.local.fingerprintKey).toBeUndefined();

  await options.getByTestId('import').setInputFiles(file);
  await expect(options.getByTestId('data-status')).toHaveText('Imported. Your settings and stats are back.');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('45');
  const after = await readStorage(worker);
  for (const key of STAT_KEYS) expect(after.local[key], key).toEqual(before.local[key]);
  expect(after.sync.settings).toEqual(before.sync.settings);
  expect(after.sync.settings$).toEqual({ v: SETTINGS_VERSION });
});

test('a foreign file is refused and changes nothing', async ({ context, extensionId, worker }) => {
  await seedStorage(worker, weekOfData(Date.now()), { settings: SETTINGS, settings$: { v: SETTINGS_VERSION } });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('45');
  const before = await readStorage(worker);

  await options.getByTestId('import').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"bookmarks":[]}') });
  await expect(options.getByTestId('data-status')).toHaveText('This file is not a Social Coach export. Nothing was changed.');
  const after = await readStorage(worker);
  for (const key of STAT_KEYS) expect(after.local[key], key).toEqual(before.local[key]);
  expect(after.sync).toEqual(before.sync);
});
