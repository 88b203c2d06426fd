import type { Locator, Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, test } from '../harness';
import { coach, openSite } from '../sites/site-page';
import { readStorage } from './seed';

const shareBox = (page: Page) => page.locator('#interop-outlet .ql-editor');

/** Types into an options field and leaves it, as a user does, and waits until the page has saved it. */
async function fillAndLeave(page: Page, worker: Worker, field: Locator, value: string, saved: RegExp): Promise<void> {
  await field.fill(value);
  await field.blur();
  await expect.poll(async () => JSON.stringify((await readStorage(worker)).sync)).toMatch(saved);
}

test('a content matrix and plan filled in the options, two posts on two sites, and the popup shows the columns, the balance and the rhythm', async ({ context, extensionId, worker }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await fillAndLeave(options, worker, options.getByLabel('Local activities', { exact: true }), 'buurthuis, straatfeest', /straatfeest/);
  await fillAndLeave(options, worker, options.getByLabel('Personal interests', { exact: true }), 'wandelen', /wandelen/);
  await fillAndLeave(options, worker, options.locator('#op-rhythm-linkedin'), '2', /"linkedin":2/);

  // LinkedIn: a post from the local column, inviting the reader.
  const linkedin = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await linkedin.locator('#start-post').click();
  await expect(shareBox(linkedin)).toBeFocused();
  // Beside the empty draft: a topic from the matrix (no column touched yet: the first filled one).
  await expect(coach(linkedin).getByTestId('topic')).toContainText('Something from your neighbourhood this week?');
  await linkedin.keyboard.type('Morgen koffie in het buurthuis om tien uur. Wie schuift er aan?');
  await expect(coach(linkedin).getByTestId('topic')).toHaveCount(0);
  await linkedin.locator('#interop-outlet .share-actions__primary-action').click();
  await expect(shareBox(linkedin)).toHaveCount(0);
  await expect.poll(async () => JSON.stringify((await readStorage(worker)).local.posts ?? {})).toMatch(/"local":1/);

  // X: a sales pitch that touches no column; the topic now comes from the column not touched yet.
  const x = await openSite(context, 'x.html', 'https://x.com/home');
  await x.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await expect(coach(x).getByTestId('topic')).toHaveAttribute('data-column', 'personal');
  await x.keyboard.type('Shop our NEW winter collection now, 30% off until Monday! https://shop.example');
  await x.locator('[data-testid="tweetButton"]').click();
  await expect.poll(async () => JSON.stringify((await readStorage(worker)).local.posts ?? {})).toMatch(/"aboutSender":1/);

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const mix = popup.getByTestId('week-mix');
  await expect(mix.locator('[data-column="local"]')).toHaveAttribute('data-touched', 'true');
  await expect(mix.locator('[data-column="personal"]')).toHaveAttribute('data-touched', 'false');
  await expect(mix.getByTestId('week-balance')).toContainText('1 of your 2 posts was only about you.');
  await expect(mix.locator('[data-platform="linkedin"]')).toContainText('1 of 2 planned');
  await expect(mix.locator('[data-platform="x"]')).toContainText('1');

  // Counts only: nothing of either post is kept.
  expect(JSON.stringify((await readStorage(worker)).local)).not.toMatch(/koffie|buurthuis|schuift|winter collection/i);
});
