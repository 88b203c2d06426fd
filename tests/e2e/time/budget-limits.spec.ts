import type { Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, test } from '../harness';
import { updateStoredSettings } from '../sidebar/stored-settings';
import { draftText, homeComposer, openXHome, typeDraft } from '../sidebar/x-page';

/** The real background throughout: capped snoozes, "leave now", the hole that follows the draft, work writing. */

const coach = (page: Page) => page.locator('social-coach');
const card = (page: Page) => coach(page).locator('.sc-block__card');

interface StoredDay {
  activeMs: number;
  snoozes: number;
  snoozedUntilMs?: number;
  workWritingMs: number;
  turnedBack: number;
}

/** Today's stored usage, as the background keeps it. */
function today(worker: Worker): Promise<StoredDay | undefined> {
  return worker.evaluate(async () => {
    const key = new Date().toLocaleDateString('sv-SE');
    return (((await chrome.storage.local.get('usage')).usage ?? {}) as Record<string, StoredDay>)[key];
  });
}

/** Time already used today (personal reading on x.com), keeping whatever else the day holds. */
async function usedSoFar(worker: Worker, ms: number): Promise<void> {
  await worker.evaluate(async (used) => {
    const key = new Date().toLocaleDateString('sv-SE');
    const stored = (((await chrome.storage.local.get('usage')).usage ?? {}) as Record<string, object>)[key] ?? { snoozes: 0 };
    const day = { ...stored, activeMs: used, byPlatform: { x: used }, byMode: { work: 0, personal: used }, byActivity: { reading: used, writing: 0 }, workWritingMs: 0 };
    await chrome.storage.local.set({ usage: { [key]: day } });
  }, ms);
}

/** A one-minute budget with the soft block, `usedMs` of it used: spent, or about to be while the user writes. */
async function softBlockAt(worker: Worker, usedMs: number): Promise<void> {
  await updateStoredSettings(worker, { budget: { dailyMinutes: 1, timesUp: 'soft-block' } });
  await usedSoFar(worker, usedMs);
}
const softBlockSpent = (worker: Worker) => softBlockAt(worker, 61_000);
/** Ten seconds short of the block: time to start a draft before it comes. */
const softBlockSoon = (worker: Worker) => softBlockAt(worker, 50_000);

test('two snoozes a day, the second shorter, then none; the block and the popup count them and say when time starts again', async ({ context, worker, extensionId }) => {
  test.setTimeout(90_000);
  await softBlockSpent(worker);
  const page = await openXHome(context);
  await expect(card(page)).toBeVisible({ timeout: 30_000 });
  await expect(card(page)).toContainText('Your time starts again at midnight.');
  await expect(card(page).getByTestId('snoozes-left')).toHaveText('2 snoozes left today.');
  await card(page).getByRole('button', { name: '5 more minutes' }).click();
  await expect(card(page)).toHaveCount(0);
  expect(await today(worker)).toMatchObject({ snoozes: 1 });

  // The five minutes of use run out (written ahead, as if they had passed): the block is back, with a shorter snooze.
  const first = (await today(worker))?.snoozedUntilMs ?? 0;
  await usedSoFar(worker, first);
  await page.reload();
  await expect(card(page).getByTestId('snoozes-left')).toHaveText('One snooze left today.', { timeout: 30_000 });
  await card(page).getByRole('button', { name: '3 more minutes' }).click();
  await expect(card(page)).toHaveCount(0);
  const second = await today(worker);
  expect(second).toMatchObject({ snoozes: 2 });
  expect((second?.snoozedUntilMs ?? 0) - first).toBeGreaterThanOrEqual(3 * 60_000);
  expect((second?.snoozedUntilMs ?? 0) - first).toBeLessThan(3 * 60_000 + 10_000);

  await usedSoFar(worker, second?.snoozedUntilMs ?? 0);
  await page.reload();
  await expect(card(page).getByTestId('snoozes-left')).toHaveText('No more snoozes today.', { timeout: 30_000 });
  await expect(card(page).getByRole('button', { name: /more minute/ })).toHaveCount(0);
  await expect(card(page).getByRole('button', { name: 'Leave now' })).toBeVisible();

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('snoozes')).toHaveText('Snoozes today: 2 of 2');
  await expect(popup.getByTestId('resets')).toHaveText('Starts again at midnight');
  await expect(popup.getByTestId('today')).toHaveAttribute('data-tone', 'over');
});

test('"leave now" closes the social page when no draft waits, and keeps the page and the draft when one does', async ({ context, worker }) => {
  await softBlockSpent(worker);
  const page = await openXHome(context);
  await expect(card(page)).toBeVisible({ timeout: 30_000 });
  const closed = page.waitForEvent('close');
  await card(page).getByRole('button', { name: 'Leave now' }).click();
  await closed;

  await softBlockSoon(worker);
  const writing = await openXHome(context);
  await typeDraft(writing, 'Half a thought');
  await expect(card(writing)).toBeVisible({ timeout: 30_000 });
  await card(writing).getByRole('button', { name: 'Leave now' }).click();
  await expect(card(writing).getByRole('status')).toContainText("Your draft isn't sent yet");
  await writing.waitForTimeout(500);
  expect(writing.isClosed()).toBe(false);
  expect(await draftText(writing)).toBe('Half a thought');
});

/** The panels of the soft block, as boxes in the page's coordinates. */
function blockPanels(page: Page): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...(document.querySelector('social-coach')?.shadowRoot?.querySelectorAll('.sc-block__panel') ?? [])].map((panel) => {
      const rect = panel.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the soft block keeps the draft and the Post button clear while the draft grows (issue 11)', async ({ context, worker }) => {
  await softBlockSoon(worker);
  const page = await openXHome(context);
  await typeDraft(page, 'First line');
  await expect(card(page)).toBeVisible({ timeout: 30_000 });
  const post = page.locator('#primary [data-testid="tweetButtonInline"]');
  const before = (await homeComposer(page).boundingBox())!;
  for (let line = 2; line <= 8; line++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Line ${line}`);
  }
  const after = (await homeComposer(page).boundingBox())!;
  // The draft really grew: seven more lines.
  expect(after.height).toBeGreaterThan(before.height + 60);
  await expect
    .poll(async () => {
      const targets = [(await homeComposer(page).boundingBox())!, (await post.boundingBox())!];
      const panels = await blockPanels(page);
      return panels.length > 0 && panels.every((panel) => targets.every((target) => !overlap(panel, target)));
    })
    .toBe(true);
  // What the user sees at the Post button is the button itself, not the calm screen.
  const button = (await post.boundingBox())!;
  const atButton = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-testid'), { x: button.x + button.width / 2, y: button.y + button.height / 2 });
  expect(atButton).toBe('tweetButtonInline');
});

test('work writing with its own allowance counts toward the budget only beyond it; sidebar and popup show both', async ({ context, worker, extensionId }) => {
  test.setTimeout(90_000);
  await updateStoredSettings(worker, { platformModes: { x: 'work' }, budget: { dailyMinutes: 1, workWriting: 'own', workMinutes: 5 } });
  await usedSoFar(worker, 40_000);
  const page = await openXHome(context);
  await typeDraft(page, 'Writing this for work');
  await expect(coach(page).getByTestId('work-line')).toContainText('Work writing:', { timeout: 30_000 });
  // 25 s of writing in work mode: with the old rule 40 + 25 s would be past the one-minute budget.
  await expect.poll(async () => (await today(worker))?.workWritingMs ?? 0, { timeout: 60_000, intervals: [2000] }).toBeGreaterThan(25_000);
  await page.keyboard.type('.');
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const stored = (await today(worker))!;
  expect(stored.activeMs).toBeGreaterThan(60_000);
  await expect(popup.getByTestId('today')).toHaveAttribute('data-over', 'false');
  await expect(popup.getByTestId('work-allowance')).toContainText('Work writing');
  await expect(popup.getByTestId('work-allowance')).toContainText('of 5 minutes of its own');
  await expect(coach(page).getByRole('alert')).toHaveCount(0);
});
