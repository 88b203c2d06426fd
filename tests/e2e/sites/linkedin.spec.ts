import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, editorHtmlWithoutExtension, editorText, finding, openSite, publishedReports, retype, selectedText, spyOnBackground, typeAndExpectUntouched, settled } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

// Playwright's CSS engine pierces the open #interop-outlet shadow root.
const shareBox = (page: Page) => page.locator('#interop-outlet .ql-editor');
const commentBox = (page: Page) => page.locator('[data-view-name="comment-box"] .ProseMirror');

test('the share box in the #interop-outlet shadow root is found and coached', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await page.locator('#start-post').click();
  await expect(shareBox(page)).toBeFocused();
  await typeAndExpectUntouched(page, shareBox(page), 'Walk #coffee #coffee', 'hashtags');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'linkedin');
  await retype(page, shareBox(page), 'Walk #coffee');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
});

test('a finding selects its text inside the shadow root; a suggestion edits it through the editor', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await page.locator('#start-post').click();
  await expect(shareBox(page)).toBeFocused();
  await page.keyboard.type('Hello');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Love #socialmedia today');
  await coach(page).locator('[data-category="accessibility"]').getByRole('button', { name: 'Show in draft' }).click();
  await expect.poll(() => selectedText(page)).toBe('#socialmedia');
  expect(await editorText(shareBox(page))).toBe('Hello\nLove #socialmedia today');
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect.poll(() => editorText(shareBox(page))).toBe('Hello\nLove #SocialMedia today');
  await expect(finding(page, 'accessibility')).toHaveCount(0);
});

test('the feed comment box is coached as a comment', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await typeAndExpectUntouched(page, commentBox(page), 'Love #socialmedia too', 'accessibility');
  await expect(finding(page, 'call-to-action')).toHaveCount(0);
});

test('the messaging overlay is never coached', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type('Walk #coffee #coffee');
  await page.waitForTimeout(500);
  await expect(coach(page).locator('[data-category]')).toHaveCount(0);
  await commentBox(page).click();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
});

test('posting from the share box is reported once the dialog closes', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  await page.locator('#start-post').click();
  await expect(shareBox(page)).toBeFocused();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
  await page.locator('#interop-outlet .share-actions__primary-action').click();
  await expect(shareBox(page)).toHaveCount(0);
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
  expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'linkedin' });
});

test('the coached share box ends up byte for byte as the page alone makes it', async ({ context }) => {
  const steps = async (page: Page) => {
    await page.locator('#start-post').click();
    await expect(shareBox(page)).toBeFocused();
    await page.keyboard.type('Hello #socialmedia');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Walk #coffee #coffee');
    return shareBox(page);
  };
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  const editor = await steps(page);
  await expect(finding(page, 'hashtags')).toBeVisible();
  const coached = await editor.evaluate((el) => el.innerHTML);
  expect(coached).toBe(await editorHtmlWithoutExtension(context, 'linkedin.html', '/feed/', steps));
});

// Quill merges every change within 1 s of a step's first into one undo step (its history `delay`): the spec pauses
// that long before the suggestions it undoes (composers.ts), or undo would take the user's last keys back too.
test('suggestions go into Quill through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'linkedin');
});
