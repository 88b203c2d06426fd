import type { Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, test } from '../harness';
import { openSite } from '../sites/site-page';
import { updateStoredSettings } from '../sidebar/stored-settings';
import { openXHome } from '../sidebar/x-page';

/** The real background: a network's own limit inside the daily budget, and quiet hours, each with the calm screen. */

const card = (page: Page) => page.locator('social-coach').locator('.sc-block__card');

/** Time already used today on X, written ahead as if it had passed. */
async function usedOnX(worker: Worker, ms: number): Promise<void> {
  await worker.evaluate(async (used) => {
    const key = new Date().toLocaleDateString('sv-SE');
    const day = { activeMs: used, byPlatform: { x: used }, byMode: { work: 0, personal: used }, byActivity: { reading: used, writing: 0 }, workWritingMs: 0, snoozes: 0, turnedBack: 0 };
    await chrome.storage.local.set({ usage: { [key]: day } });
  }, ms);
}

/** The browser's local time `minutes` from now, "HH:MM". */
function localTime(worker: Worker, minutes: number): Promise<string> {
  return worker.evaluate((offset) => new Date(Date.now() + offset * 60_000).toTimeString().slice(0, 5), minutes);
}

test('a one-minute limit on X covers X when its minute runs out while the user is there, says why, and leaves LinkedIn open', async ({ context, worker }) => {
  test.setTimeout(90_000);
  // A roomy day (30 minutes, a note only): only X's own minute can bring the screen.
  await updateStoredSettings(worker, { budget: { dailyMinutes: 30, timesUp: 'note', siteMinutes: { x: 1, linkedin: 0, facebook: 0, instagram: 0, threads: 0, bluesky: 0, mastodon: 0 } } });
  await usedOnX(worker, 50_000);
  const x = await openXHome(context);
  await x.bringToFront();
  await expect(card(x)).toHaveCount(0);
  // The last ten seconds are counted while X is in front, and the screen comes without a reload.
  await expect(card(x)).toBeVisible({ timeout: 40_000 });
  await expect(card(x)).toHaveAttribute('data-reason', 'site');
  await expect(card(x)).toContainText('Enough X for today');
  await expect(card(x)).toContainText('Your 1 minute a day on X is used.');
  await expect(card(x)).toContainText('Your time on X starts again at midnight.');

  const linkedin = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await linkedin.bringToFront();
  await linkedin.waitForTimeout(2_000);
  await expect(card(linkedin)).toHaveCount(0);
  // A snooze lifts X's screen, within the day's cap.
  await x.bringToFront();
  await card(x).getByRole('button', { name: '5 more minutes' }).click();
  await expect(card(x)).toHaveCount(0);
});

test('quiet hours cover the feed and say until when; switched off in the options, the screen goes', async ({ context, worker, extensionId }) => {
  const [from, to] = await Promise.all([localTime(worker, -60), localTime(worker, 60)]);
  await updateStoredSettings(worker, { budget: { quietHours: { on: true, from, to } } });
  const x = await openXHome(context);
  await expect(card(x)).toBeVisible({ timeout: 30_000 });
  await expect(card(x)).toHaveAttribute('data-reason', 'quiet');
  await expect(card(x)).toContainText('Quiet hours');
  await expect(card(x)).toContainText(`Quiet hours until ${to}.`);

  const options = await openExtensionPage(context, extensionId, 'options.html');
  const quiet = options.getByLabel('No social media between these times (a calm screen covers the feed)');
  await expect(quiet).toBeChecked();
  await expect(options.getByLabel('Until')).toHaveValue(to);
  await quiet.uncheck();
  await expect(card(x)).toHaveCount(0, { timeout: 15_000 });
});
