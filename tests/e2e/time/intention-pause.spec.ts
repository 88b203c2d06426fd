import type { Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, serveHtml, test } from '../harness';
import { updateStoredSettings } from '../sidebar/stored-settings';
import { draftText, homeComposer, openXHome, typeDraft } from '../sidebar/x-page';
import { OTHER_HTML } from './tracker-helpers';

/** The intention pause with the real background: it greets an arrival after a while away, never a draft. */

const pause = (page: Page) => page.locator('social-coach').getByRole('dialog', { name: 'What did you come to do?' });

interface PauseMemory {
  lastSocialAt: number | null;
  pendingTabId: number | null;
}
/**
 * Turns the pause on and waits until the background has stepped with it: a budget of 29 minutes reaches the badge
 * only from a step that read the new settings (a step begun at the worker's start may still hold the old ones).
 */
async function turnPauseOn(worker: Worker): Promise<void> {
  await updateStoredSettings(worker, { budget: { intentionPause: true, dailyMinutes: 29 } });
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 30_000 }).toBe('29');
}

const pauseMemory = (worker: Worker) =>
  worker.evaluate(async () => ((await chrome.storage.session.get('pauseMemory')).pauseMemory ?? null) as PauseMemory | null);

test('off until chosen; once on, it greets the visit, and "go on" comes after a few seconds', async ({ context, worker }) => {
  const first = await openXHome(context);
  await homeComposer(first).waitFor();
  await first.waitForTimeout(1500);
  await expect(pause(first)).toHaveCount(0);
  await first.close();

  await turnPauseOn(worker);
  // As if the last social visit was 31 minutes ago: the next one is an arrival.
  await worker.evaluate(() => chrome.storage.session.set({ pauseMemory: { lastSocialAt: Date.now() - 31 * 60_000, pendingTabId: null } }));
  const page = await openXHome(context);
  await expect(pause(page)).toBeVisible({ timeout: 30_000 });
  const goOn = pause(page).getByRole('button', { name: /^Go on/ });
  await expect(goOn).toBeDisabled();
  await pause(page).getByRole('radio', { name: 'Post something' }).click();
  await expect(pause(page).getByRole('button', { name: 'Go on' })).toBeEnabled({ timeout: 10_000 });
  await pause(page).getByRole('button', { name: 'Go on' }).click();
  await expect(pause(page)).toHaveCount(0);
  await typeDraft(page, 'Came here to post');
  await expect.poll(() => draftText(page)).toBe('Came here to post');
  expect((await pauseMemory(worker))?.pendingTabId).toBeNull();
});

test('"leave" turns the visit back: the page closes and the popup counts it for the week', async ({ context, worker, extensionId }) => {
  await turnPauseOn(worker);
  const page = await openXHome(context);
  await expect(pause(page)).toBeVisible({ timeout: 30_000 });
  const closed = page.waitForEvent('close');
  await pause(page).getByRole('button', { name: 'Leave' }).click();
  await closed;
  await expect
    .poll(() => worker.evaluate(async () => Object.values((await chrome.storage.local.get('usage')).usage ?? {}).map((day) => (day as { turnedBack?: number }).turnedBack ?? 0)))
    .toContain(1);
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('turned-back')).toHaveText('The pause turned back one visit this week.');
});

test('never over a draft in progress: back after a while with an unsent draft, the page stays as it was', async ({ context, worker }) => {
  await serveHtml(context, 'https://example.org/', OTHER_HTML);
  await turnPauseOn(worker);
  const page = await openXHome(context);
  await expect(pause(page)).toBeVisible({ timeout: 30_000 });
  await pause(page).getByRole('button', { name: 'Go on' }).click({ timeout: 10_000 });
  await typeDraft(page, 'Unsent words');

  // Away to another site for "31 minutes", then back to the tab with the draft.
  const elsewhere = await context.newPage();
  await elsewhere.goto('https://example.org/');
  await elsewhere.bringToFront();
  await expect.poll(async () => (await worker.evaluate(async () => (await chrome.storage.session.get('openSegment')).openSegment ?? null)) === null).toBe(true);
  await worker.evaluate(() => chrome.storage.session.set({ pauseMemory: { lastSocialAt: Date.now() - 31 * 60_000, pendingTabId: null } }));
  const backAt = Date.now();
  await page.bringToFront();
  // The background saw the arrival (the clock runs on x.com again) and the sidebar declined the pause for the draft.
  await expect.poll(async () => (await pauseMemory(worker))?.lastSocialAt ?? 0).toBeGreaterThanOrEqual(backAt);
  await expect.poll(async () => (await pauseMemory(worker))?.pendingTabId ?? null).toBeNull();
  await page.waitForTimeout(1000);
  await expect(pause(page)).toHaveCount(0);
  expect(await draftText(page)).toBe('Unsent words');
});
