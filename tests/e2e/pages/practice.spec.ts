import { expect, openExtensionPage, test } from '../harness';

test('the practice draft survives a reload', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'practice.html');
  await page.getByLabel('Platform', { exact: true }).selectOption('bluesky');
  await page.getByTestId('draft').fill('Een concept dat blijft staan #oefenen');
  await expect.poll(() => page.evaluate(() => chrome.storage.local.get('practiceDraft'))).toEqual({
    practiceDraft: { platform: 'bluesky', mode: 'personal', text: 'Een concept dat blijft staan #oefenen' },
  });
  await page.reload();
  await expect(page.getByTestId('draft')).toHaveValue('Een concept dat blijft staan #oefenen');
  await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('bluesky');
});
