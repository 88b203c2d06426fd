import type { Worker } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, spyOnBackground } from '../sites/site-page';
import { homeComposer, openXHome } from './x-page';

const messageTypes = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { sitesSeenMessages: { type: string }[] }).sitesSeenMessages.map((message) => message.type));

test('a page nobody writes on never loads the coach; focusing the composer loads it once', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openXHome(context);
  // Reading: scrolling and clicking a post.
  await page.mouse.wheel(0, 400);
  await page.getByTestId('tweetText').click();
  await page.waitForTimeout(500);
  expect(await messageTypes(worker)).toEqual(['cs-bg:get-budget']);
  await expect(coach(page)).toHaveCount(0);

  await homeComposer(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await expect(coach(page).locator('[data-category="accessibility"]')).toBeVisible();
  // Leaving the composer and coming back reuses the loaded coach.
  await page.getByTestId('tweetText').click();
  await homeComposer(page).click();
  await page.keyboard.type(' again');
  await expect.poll(async () => (await messageTypes(worker)).filter((type) => type === 'cs-bg:analyze').length).toBeGreaterThan(1);
  expect((await messageTypes(worker)).filter((type) => type === 'cs-bg:start-coach')).toHaveLength(1);
});
