import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, finding, openSite, publishedReports, retype, spyOnBackground, typeAndExpectUntouched } from './site-page';
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
  // Two nudges: the repeated tag, and two tags where Threads' norm is one (every tag written counts).
  await expect(finding(page, 'hashtags')).toHaveCount(2);
});

test('a thread posted with its Post button reports each item; a reply sent with Ctrl+Enter is reported too', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'threads.html', 'https://www.threads.net/');
  await page.locator('.create').click();
  await expect(threadItem(page, 0)).toBeFocused();
  await page.keyboard.type('First part');
  await page.locator('[role="dialog"] .add').click();
  await expect(threadItem(page, 1)).toBeFocused();
  await page.keyboard.type('Second part');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'threads');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await publishedReports(worker)).toHaveLength(0); // a plain Enter is a new line
  await page.locator('[role="dialog"] .post').click();
  await expect(threadItem(page, 0)).toHaveCount(0);
  await expect.poll(() => publishedReports(worker)).toHaveLength(2);
  expect((await publishedReports(worker)).map((report) => report.text).sort()).toEqual(['First part', 'Second part\n']);

  await replyBox(page).click();
  await page.keyboard.type('Deep Work, twice');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => publishedReports(worker)).toHaveLength(3);
  expect((await publishedReports(worker)).find((report) => report.text.startsWith('Deep'))).toMatchObject({ platform: 'threads', text: 'Deep Work, twice' });
});

test('suggestions go into Lexical through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'threads');
});
