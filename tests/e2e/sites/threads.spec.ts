import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, finding, openSite, retype, typeAndExpectUntouched } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

const replyBox = (page: Page) => page.locator('.reply-box [contenteditable]');
const threadItem = (page: Page, n: number) => page.locator('[role="dialog"] .item [contenteditable]').nth(n);

test('a reply box is coached as a comment', async ({ context }) => {
  const page = await openSite(context, 'threads.html', 'https://www.threads.net/');
  await typeAndExpectUntouched(page, replyBox(page), 'Walk #coffee #coffee', 'hashtags');
  await expect(finding(page, 'call-to-action')).toHaveCount(0);
  await retype(page, replyBox(page), 'Walk #coffee');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
});

test('each "Add to thread" editor in the dialog is a post of its own', async ({ context }) => {
  const page = await openSite(context, 'threads.html', 'https://www.threads.com/');
  await page.locator('.create').click();
  await expect(threadItem(page, 0)).toBeFocused();
  await typeAndExpectUntouched(page, threadItem(page, 0), 'Walk #coffee #coffee', 'hashtags');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'threads');
  await page.locator('[role="dialog"] .add').click();
  await expect(threadItem(page, 1)).toBeFocused();
  await page.keyboard.type('More to say');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
  await threadItem(page, 0).click();
  await expect(finding(page, 'hashtags')).toBeVisible();
});

test('suggestions go into Lexical through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'threads');
});
