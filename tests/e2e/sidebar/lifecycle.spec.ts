import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../harness';
import { homeComposer, openXHome, typeDraft } from './x-page';

const coach = (page: Page) => page.locator('social-coach');

async function spyOnActivity(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(globalThis, { activityReports: seen });
    chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }) => {
      if (message?.type === 'cs-bg:activity') seen.push(message.data);
    });
  });
}

const activityReports = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { activityReports: unknown[] }).activityReports);

test('tells the background when the user starts writing', async ({ context, worker }) => {
  await spyOnActivity(worker);
  const page = await openXHome(context);
  // Reading is what the background assumes: a page nobody writes on has not even loaded the coach yet.
  await page.waitForTimeout(400);
  expect(await activityReports(worker)).toEqual([]);
  await homeComposer(page).click();
  await expect.poll(() => activityReports(worker)).toContainEqual({ platform: 'x', writing: true, visible: true });
  // Focus in the sidebar still counts as writing; focus elsewhere on the page does not.
  await page.locator('social-coach').getByRole('button', { name: 'Work' }).focus();
  await page.waitForTimeout(400);
  expect((await activityReports(worker)).at(-1)).toEqual({ platform: 'x', writing: true, visible: true });
  await page.getByTestId('tweetText').click();
  await expect.poll(async () => (await activityReports(worker)).at(-1)).toEqual({ platform: 'x', writing: false, visible: true });
});

test('leaves the page when the composer goes away on SPA navigation', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Half a thought');
  await expect(coach(page)).toBeAttached();
  await page.getByTestId('open-status').click();
  await expect(page).toHaveURL(/\/status\//);
  await expect(coach(page)).toHaveCount(0);
  // The reply box of the new page brings it back.
  await page.locator('#primary [data-testid="tweetTextarea_0"]').click();
  await expect(coach(page)).toBeAttached();
});

test.describe('with a dark OS and a page that paints no background', () => {
  test.use({ extensionLaunch: { colorScheme: 'dark' } });
  test('follows prefers-color-scheme', async ({ context }) => {
    const page = await openXHome(context);
    await homeComposer(page).click();
    await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-scheme', 'dark');
  });
});

test.describe('in a Dutch browser', () => {
  test.use({ extensionLaunch: { locale: 'nl' } });
  test('speaks Dutch', async ({ context }) => {
    const page = await openXHome(context);
    await typeDraft(page, 'Hallo allemaal, hoe gaat het met jullie?');
    await expect(coach(page).getByText('Klaar om te plaatsen.')).toBeVisible();
    await expect(coach(page).getByRole('button', { name: 'Inklappen' })).toBeVisible();
    await typeDraft(page, ' #socialmedia');
    await expect(coach(page).getByRole('button', { name: 'Gebruik #SocialMedia' })).toBeVisible();
  });
});
