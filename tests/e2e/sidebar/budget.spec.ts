import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { budgetAt, budgetRequests, fakeBudgetBackground, pushBudget } from './fake-budget';
import { updateStoredSettings } from './stored-settings';
import { draftText, homeComposer, openXHome, typeDraft } from './x-page';

const coach = (page: Page) => page.locator('social-coach');

test('asks for the budget at start and shows the minutes used, with the gentle note at 80 %', async ({ context, worker }) => {
  await fakeBudgetBackground(worker, budgetAt('near', 24));
  const page = await openXHome(context);
  await homeComposer(page).click();
  await expect(coach(page).getByText('24 of 30 minutes used today')).toBeVisible();
  await expect(coach(page).getByText(/Wrap up calmly/)).toBeVisible();
  expect(await budgetRequests(worker)).toContain('cs-bg:get-budget');
});

test("at 100 % the time's up offers five more minutes once, or close", async ({ context, worker }) => {
  await fakeBudgetBackground(worker, budgetAt('ok', 10));
  const page = await openXHome(context);
  await typeDraft(page, 'Almost done with this');
  await pushBudget(worker, budgetAt('over', 30));
  await expect(coach(page).getByRole('alert')).toContainText('Your social time for today is up');
  await coach(page).getByRole('button', { name: 'Finish this post (5 min)' }).click();
  await expect(coach(page).getByText('Five extra minutes to finish this post.')).toBeVisible();
  expect(await budgetRequests(worker)).toContain('cs-bg:finish-post');
  await pushBudget(worker, budgetAt('over', 35, { canExtend: false }));
  await expect(coach(page).getByRole('button', { name: 'Finish this post (5 min)' })).toHaveCount(0);
  await coach(page).getByRole('button', { name: 'Close' }).click();
  await expect(coach(page).getByRole('alert')).toHaveCount(0);
  await expect(coach(page).getByRole('button', { name: 'Coach' })).toBeVisible();
  expect(await draftText(page)).toBe('Almost done with this');
});

test('the soft block covers the feed but never the draft, and snoozes', async ({ context, worker }) => {
  await fakeBudgetBackground(worker, budgetAt('ok', 10));
  await updateStoredSettings(worker, { budget: { timesUp: 'soft-block' } });
  const page = await openXHome(context);
  await typeDraft(page, 'My unsaved draft');
  await pushBudget(worker, budgetAt('over', 31, { blocked: true }));
  await expect(coach(page).locator('.sc-block__card')).toBeVisible();

  // The feed is covered; the composer is not, and typing still reaches it.
  const covered = await page.evaluate(() => document.elementFromPoint(20, 780)?.tagName);
  expect(covered).toBe('SOCIAL-COACH');
  const box = (await homeComposer(page).boundingBox())!;
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const atComposer = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[contenteditable]')?.getAttribute('data-testid'), center);
  expect(atComposer).toBe('tweetTextarea_0');
  await page.keyboard.type(', still here');
  await expect.poll(() => draftText(page)).toBe('My unsaved draft, still here');

  await coach(page).getByRole('button', { name: '5 more minutes' }).click();
  await expect(coach(page).locator('.sc-block__card')).toHaveCount(0);
  expect(await budgetRequests(worker)).toContain('cs-bg:snooze');
});
