import { expect, openExtensionPage, test } from '../harness';
import { homeComposer, openXHome } from '../sidebar/x-page';

test('switching the mode in the popup over an X tab switches the sidebar there', async ({ context, worker }) => {
  const page = await openXHome(context);
  await homeComposer(page).click();
  const sidebar = page.locator('social-coach .sc-sidebar');
  await expect(sidebar).toHaveAttribute('data-mode', 'work');

  // The popup page in a window of its own that does not take focus: the X tab stays the last focused window's tab.
  await page.bringToFront();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), focused: false, type: 'popup', width: 360, height: 600 })),
  ]);
  const group = popup.getByRole('group', { name: 'Mode on X' });
  await expect(group).toBeVisible();
  await group.getByRole('button', { name: 'Personal' }).click();

  await expect(sidebar).toHaveAttribute('data-mode', 'personal');
  await expect(page.locator('social-coach .sc-coach')).toHaveAttribute('data-mode', 'personal');
});

test('"Set every network to: Personal" in the options switches every network, and the sidebar on X with it', async ({ context, extensionId }) => {
  const page = await openXHome(context);
  await homeComposer(page).click();
  const sidebar = page.locator('social-coach .sc-sidebar');
  await expect(sidebar).toHaveAttribute('data-mode', 'work');

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByText('Default mode')).toHaveCount(0);
  await options.getByRole('group', { name: 'Set every network to' }).getByRole('button', { name: 'Personal' }).click();
  for (const network of ['X', 'LinkedIn', 'Mastodon']) {
    await expect(options.getByRole('group', { name: `Mode on ${network}` }).getByRole('button', { name: 'Personal' })).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(sidebar).toHaveAttribute('data-mode', 'personal');
});
