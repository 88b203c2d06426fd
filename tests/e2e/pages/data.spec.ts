import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { normalizeHistory } from '../../../lib/time/usage';
import { expect, openExtensionPage, test } from '../harness';
import { readStorage, seedStorage, weekOfData } from './seed';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
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
  // The background's clock may write the history back in its current form (fields added since, as zero).
  expect(normalizeHistory(after.local.usage), 'usage').toEqual(normalizeHistory(before.local.usage));
  for (const key of ['posts', 'fingerprints'] as const) expect(after.local[key], key).toEqual(before.local[key]);
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

/** An export whose settings fill more than one sync item (8 kB): 200 long extra hashtags. */
function fileWithHugeSettings(): Buffer {
  const tags = Array.from({ length: 200 }, (_, i) => `averylonghashtagthatnobodywouldevertypeinapost${i}`);
  const settings = { ...SETTINGS, coach: { ...SETTINGS.coach, extraGenericHashtags: tags } };
  const data = weekOfData(Date.now() - 30 * 86_400_000);
  const file = { format: 'social-coach-export', schemaVersion: SETTINGS_VERSION, exportedAt: new Date().toISOString(), settings, usage: data.usage, posts: data.posts, fingerprints: [] };
  return Buffer.from(JSON.stringify(file));
}

test('an import over the sync quota is refused before anything is written, and says so truthfully', async ({ context, extensionId, worker }) => {
  await seedStorage(worker, weekOfData(Date.now()), { settings: SETTINGS, settings$: { v: SETTINGS_VERSION } });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('45');
  const before = await readStorage(worker);
  const buffer = fileWithHugeSettings();
  expect(buffer.length).toBeGreaterThan(8_192);

  await options.getByTestId('import').setInputFiles({ name: 'big-settings.json', mimeType: 'application/json', buffer });
  await expect(options.getByTestId('data-status')).toHaveText(/^These settings are too large for the browser's synced storage \(\d+ kB of at most 8 kB\)\. Nothing was changed\.$/);
  const after = await readStorage(worker);
  // Nothing was changed indeed: not the usage (the old import replaced it before the settings failed), not the settings.
  for (const key of STAT_KEYS) expect(after.local[key], key).toEqual(before.local[key]);
  expect(after.sync).toEqual(before.sync);
});

test('a file over the size cap is refused without being read', async ({ context, extensionId, worker }) => {
  await seedStorage(worker, weekOfData(Date.now()));
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const before = await readStorage(worker);
  const buffer = Buffer.alloc(7 * 1024 * 1024, 0x20);
  await options.getByTestId('import').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer });
  await expect(options.getByTestId('data-status')).toHaveText('This file is 7 MB; an export is never more than 6 MB. It was not read. Nothing was changed.');
  const after = await readStorage(worker);
  for (const key of STAT_KEYS) expect(after.local[key], key).toEqual(before.local[key]);
});

test('a hashtag list over the sync item quota is not saved, and the options say why instead of throwing', async ({ context, extensionId, worker }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const pageErrors: string[] = [];
  options.on('pageerror', (error) => pageErrors.push(error.message));
  const list = Array.from({ length: 200 }, (_, i) => `#averylonghashtagthatnobodywouldevertypeinapost${i}`).join(' ');
  await options.getByLabel('Your own generic hashtags').fill(list);
  await options.getByLabel('Your own generic hashtags').press('Tab');
  await expect(options.getByRole('alert')).toHaveText(/^Not saved: your settings would be \d+ kB, and the browser syncs at most 8 kB of them\./);
  expect(pageErrors).toEqual([]);
  expect((await readStorage(worker)).sync.settings).toBeUndefined();
  // A list that fits saves, and the message goes.
  await options.getByLabel('Your own generic hashtags').fill('#weekend');
  await options.getByLabel('Your own generic hashtags').press('Tab');
  await expect(options.getByRole('alert')).toHaveText('');
  await expect.poll(async () => ((await readStorage(worker)).sync.settings as Settings | undefined)?.coach.extraGenericHashtags).toEqual(['weekend']);
});

test('reset deletes everything: stats, settings, placement, key, granted Mastodon hosts, the registered watcher, the reminder', async ({ context, extensionId, worker }) => {
  await seedStorage(
    worker,
    { ...weekOfData(Date.now()), fingerprintKey: FINGERPRINT_KEY, sidebarPlacement: { side: 'left', top: 120, collapsed: true } },
    { settings: SETTINGS, settings$: { v: SETTINGS_VERSION } },
  );
  // A runtime host grant, as "Site access → Add a site" in chrome://extensions makes it (tests can't answer a prompt).
  const extensions = await context.newPage();
  await extensions.goto(`chrome://extensions/?id=${extensionId}`);
  await extensions.evaluate(
    ({ id, origin }) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id, origin),
    { id: extensionId, origin: 'https://mastodon.nl/*' },
  );
  await extensions.close();
  await worker.evaluate(() => chrome.alarms.create('reminder', { when: Date.now() + 3_600_000 }));
  const granted = () => worker.evaluate(() => chrome.permissions.contains({ origins: ['https://mastodon.nl/*'] }));
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByLabel('Minutes per day')).toHaveValue('45');
  await options.getByLabel('Instance address').fill('mastodon.nl');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.locator('#op-instance-status')).toHaveText('mastodon.nl added. Reload its tab to see the coach there.');
  await expect.poll(granted).toBe(true);
  await expect.poll(registered).toEqual(['mastodon-instances']);
  await options.getByRole('button', { name: 'Reset everything' }).click();
  await options.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(options.getByTestId('data-status')).toHaveText('Everything is back to the start.');

  const after = await readStorage(worker);
  expect(Object.keys(after.local).filter((key) => !key.endsWith('$'))).toEqual([]);
  expect(after.sync).toEqual({ settings$: { v: SETTINGS_VERSION } });
  expect(await granted()).toBe(false);
  await expect.poll(registered).toEqual([]);
  expect(await worker.evaluate(() => chrome.alarms.get('reminder'))).toBeUndefined();
});
