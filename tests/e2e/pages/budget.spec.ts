import { expect, openExtensionPage, test } from '../harness';

test('a budget changed in the options is the budget the popup shows', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('minutes-left')).toHaveText('30 minutes left');

  const options = await openExtensionPage(context, extensionId, 'options.html');
  const minutes = options.getByLabel('Minutes per day');
  await minutes.fill('45');
  await minutes.press('Enter');
  await minutes.blur();

  // The open popup follows storage, and a freshly opened one reads the new value.
  await expect(popup.getByTestId('minutes-left')).toHaveText('45 minutes left');
  const fresh = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(fresh.getByRole('img', { name: '0 of 45 minutes used today' })).toBeVisible();
});
