import { expect, openExtensionPage, test } from '../harness';
import { readStorage } from './seed';

test('the practice draft is never stored: nothing of it in any storage, and a reload starts afresh', async ({ context, extensionId, worker }) => {
  const page = await openExtensionPage(context, extensionId, 'practice.html');
  await page.getByLabel('Platform', { exact: true }).selectOption('bluesky');
  await page.getByTestId('draft').fill('Cliënt Jansen had weer een terugval #oefenen');
  // longer than the old autosave delay (400 ms)
  await page.waitForTimeout(1000);
  const stored = await readStorage(worker);
  const session = await worker.evaluate(() => chrome.storage.session.get(null));
  expect(JSON.stringify({ ...stored, session })).not.toContain('Jansen');
  expect(stored.local).not.toHaveProperty('practiceDraft');
  await page.reload();
  await expect(page.getByTestId('draft')).toHaveValue('');
});
