import type { Page, Worker } from '@playwright/test';
import { readStorage } from '../pages/seed';
import { expect, test } from '../harness';
import { settled } from '../sites/site-page';
import { updateStoredSettings } from './stored-settings';
import { draftText, focusedInSidebar, homeComposer, openXHome, replaceDraft, typeDraft } from './x-page';

const coach = (page: Page) => page.locator('social-coach');

/** Records every message the background receives (the time helper's handlers may not exist yet). */
async function spyOnMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(globalThis, { seenMessages: seen });
    chrome.runtime.onMessage.addListener((message) => {
      seen.push(message);
    });
  });
}

const publishedReports = (worker: Worker) =>
  worker.evaluate(() =>
    (globalThis as unknown as { seenMessages: { type: string; data: unknown }[] }).seenMessages
      .filter((message) => message.type === 'cs-bg:published')
      .map((message) => message.data),
  );

test('mounts nothing until a composer is focused, then <social-coach>', async ({ context }) => {
  const page = await openXHome(context);
  await expect(homeComposer(page)).toBeVisible();
  await expect(coach(page)).toHaveCount(0);
  await homeComposer(page).click();
  await expect(coach(page)).toBeAttached();
  // Open here only through the tests' own hook (tests/e2e/sidebar-shadow.ts): security/page-attacker.spec.ts checks
  // that the production root is closed to the page.
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'x');
  // Every network starts in work mode until the user says otherwise (the welcome page asks).
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-mode', 'work');
});

test('the DM box is left alone', async ({ context }) => {
  const page = await openXHome(context);
  await page.locator('[data-testid="dmComposerTextInput"]').click();
  await page.keyboard.type('hey #socialmedia');
  await page.waitForTimeout(300);
  await expect(coach(page)).toHaveCount(0);
});

test('findings appear as you type and go when the text is fixed', async ({ context }) => {
  const page = await openXHome(context);
  // Ends on a question, so the only thing to say is about the hashtag.
  await typeDraft(page, 'Love #socialmedia today. What do you think?');
  const finding = coach(page).locator('[data-rule="accessibility"][data-category="accessibility"]');
  await expect(finding).toBeVisible();
  await replaceDraft(page, 'Love #SocialMedia today. What do you think?');
  await expect(finding).toHaveCount(0);
  await expect(coach(page).getByText('Ready to post.')).toBeVisible();
  await replaceDraft(page, 'Hello #marketing #business #success #motivation #love');
  await expect(coach(page).locator('[data-category="hashtags"]')).toBeVisible();
});

test('clicking a finding selects the text it is about, without changing it', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today');
  await coach(page).locator('[data-category="accessibility"]').getByRole('button', { name: 'Show in draft' }).click();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('#socialmedia');
  expect(await draftText(page)).toBe('Love #socialmedia today');
});

test('applying a suggestion changes the draft as the editor sees it', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today');
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect.poll(() => draftText(page)).toBe('Love #SocialMedia today');
  await expect(coach(page).locator('[data-rule="accessibility"]')).toHaveCount(0);
});

test('folding to a tab is remembered across a reload, and so is unfolding', async ({ context }) => {
  const page = await openXHome(context);
  await homeComposer(page).click();
  await coach(page).getByRole('button', { name: 'Fold away' }).click();
  await expect(coach(page).getByRole('button', { name: 'Coach' })).toBeVisible();
  await page.reload();
  await homeComposer(page).click();
  await expect(coach(page).getByRole('button', { name: 'Coach' })).toBeVisible();
  await expect(coach(page).locator('.sc-coach')).toHaveCount(0);
  await coach(page).getByRole('button', { name: 'Coach' }).click();
  await expect(coach(page).locator('.sc-coach')).toBeVisible();
  await page.reload();
  await homeComposer(page).click();
  await expect(coach(page).locator('.sc-coach')).toBeVisible();
});

test('Tab moves through the sidebar, Escape folds it, Enter unfolds it', async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today');
  await coach(page).getByRole('button', { name: 'Move the coach up or down' }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedInSidebar(page)).toBe('Fold away');
  await page.keyboard.press('Tab');
  expect(await focusedInSidebar(page)).toBe('Work');
  await page.keyboard.press('Escape');
  await expect(coach(page).getByRole('button', { name: 'Coach' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(coach(page).getByRole('button', { name: 'Fold away' })).toBeFocused();
  expect(await draftText(page)).toBe('Love #socialmedia today');
});

test("the site's shortcuts do not fire while focus is in the sidebar", async ({ context }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'hi');
  // The spy works: keys typed in the page's own composer reach it.
  expect(await page.evaluate(() => (window as unknown as { siteKeys: string[] }).siteKeys)).toEqual(['h', 'i']);
  await coach(page).getByRole('button', { name: 'Work' }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { siteKeys: string[] }).siteKeys)).toEqual(['h', 'i']);
});

test('follows a dark site theme, and a light one', async ({ context }) => {
  const dark = await openXHome(context, { theme: 'dark' });
  await homeComposer(dark).click();
  await expect(coach(dark).locator('.sc-sidebar')).toHaveAttribute('data-scheme', 'dark');
  const shellBackground = await coach(dark).locator('.sc-shell').evaluate((shell) => getComputedStyle(shell).backgroundColor);
  expect(shellBackground).toBe('rgb(28, 33, 40)');
  const light = await openXHome(context, { theme: 'light' });
  await homeComposer(light).click();
  await expect(coach(light).locator('.sc-sidebar')).toHaveAttribute('data-scheme', 'light');
});

test('sits beside the composer, never over it or its Post button', async ({ context }) => {
  const page = await openXHome(context);
  await homeComposer(page).click();
  const shell = await coach(page).locator('.sc-shell').boundingBox();
  const editor = await homeComposer(page).boundingBox();
  const postButton = await page.locator('[data-testid="tweetButtonInline"]').boundingBox();
  for (const box of [editor, postButton]) {
    const clear = shell!.x >= box!.x + box!.width || shell!.x + shell!.width <= box!.x;
    expect(clear).toBe(true);
  }
});

test('the mode switch saves the preference, and a change elsewhere shows at once', async ({ context, worker }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today');
  await coach(page).getByRole('button', { name: 'Personal' }).click();
  await expect(coach(page).locator('.sc-coach')).toHaveAttribute('data-mode', 'personal');
  await expect
    .poll(() => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { platformModes?: { x?: string } })?.platformModes?.x))
    .toBe('personal');
  // The popup writes settings the same way: the open sidebar follows without a reload.
  await updateStoredSettings(worker, { platformModes: { x: 'work' } });
  await expect(coach(page).locator('.sc-coach')).toHaveAttribute('data-mode', 'work');
});

test('a published post is reported to the background: open and fixed findings; nothing of the text is stored', async ({ context, worker }) => {
  await spyOnMessages(worker);
  const page = await openXHome(context);
  await typeDraft(page, 'Love #socialmedia today. What do you think?');
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect(coach(page).getByText('Ready to post.')).toBeVisible();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
  await typeDraft(page, 'Back to #contentmarketing. What do you think?');
  await expect(coach(page).locator('[data-rule="accessibility"]')).toBeVisible();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => publishedReports(worker)).toHaveLength(2);

  const [fixed, open] = await publishedReports(worker);
  expect(fixed).toMatchObject({ platform: 'x', mode: 'work', openFindings: [] });
  // At least the hashtag fix; half-typed drafts may have shown (and lost) other nudges along the way.
  expect((fixed as { resolvedCount: number }).resolvedCount).toBeGreaterThanOrEqual(1);
  expect(open).toMatchObject({ openFindings: [{ ruleId: 'accessibility', category: 'accessibility', severity: 'tip' }] });
  // The text goes to the background only to be fingerprinted with the install's key; none of it is kept.
  await expect.poll(async () => JSON.stringify(await readStorage(worker))).toMatch(/fingerprints/);
  expect(JSON.stringify(await readStorage(worker))).not.toMatch(/today|Back to|contentmarketing|think/i);
});
