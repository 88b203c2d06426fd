import type { Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, test } from '../harness';
import { updateStoredSettings } from '../sidebar/stored-settings';
import { homeComposer, openXHome, typeDraft } from '../sidebar/x-page';

const coach = (page: Page) => page.locator('social-coach');

/** Time already used today, written before the page opens (as if the user had been on social sites earlier). */
async function alreadyUsed(worker: Worker, ms: number): Promise<void> {
  await worker.evaluate(async (used) => {
    const today = new Date().toLocaleDateString('sv-SE');
    const day = { activeMs: used, byPlatform: { x: used }, byMode: { work: 0, personal: used }, byActivity: { reading: used, writing: 0 }, snoozes: 0 };
    await chrome.storage.local.set({ usage: { [today]: day } });
  }, ms);
}

test('with a one-minute budget set in the options the sidebar shows the note at 80 % and time is up at 100 %', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const minutes = options.getByLabel('Minutes per day');
  await minutes.fill('1');
  await minutes.blur();
  await expect.poll(() => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { budget?: { dailyMinutes?: number } } | undefined)?.budget?.dailyMinutes)).toBe(1);
  await options.close();
  const page = await openXHome(context);
  await homeComposer(page).click();
  // 48 s of real counting for the note, 60 s for time's up: driven by the real background, nothing faked.
  await expect(coach(page).getByText(/Wrap up calmly/)).toBeVisible({ timeout: 70_000 });
  await expect(coach(page).getByRole('alert')).toContainText('Your social time for today is up', { timeout: 30_000 });
  await coach(page).getByRole('button', { name: 'Finish this post (5 min)' }).click();
  await expect(coach(page).getByText('Five extra minutes to finish this post.')).toBeVisible();
  const extended = await worker.evaluate(async () => Object.values((await chrome.storage.local.get('usage')).usage ?? {}) as { extendedAtMs?: number }[]);
  expect(extended.some((day) => (day.extendedAtMs ?? 0) >= 60_000)).toBe(true);
});

test('the soft block comes at 100 %, and each snooze is recorded', async ({ context, worker }) => {
  await updateStoredSettings(worker, { budget: { dailyMinutes: 1, timesUp: 'soft-block' } });
  await alreadyUsed(worker, 50_000);
  const page = await openXHome(context);
  await typeDraft(page, 'Still writing this');
  await expect(coach(page).locator('.sc-block__card')).toBeVisible({ timeout: 30_000 });
  await coach(page).getByRole('button', { name: '5 more minutes' }).click();
  await expect(coach(page).locator('.sc-block__card')).toHaveCount(0);
  const snoozes = await worker.evaluate(async () => Object.values((await chrome.storage.local.get('usage')).usage ?? {}).map((day) => (day as { snoozes: number }).snoozes));
  expect(snoozes).toContain(1);
});
