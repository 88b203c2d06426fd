import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, editorText, finding, openSite, publishedReports, retype, spyOnBackground, typeAndExpectUntouched } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

const commentBox = (page: Page) => page.locator('.comment-form [contenteditable]');
const postBox = (page: Page) => page.locator('[role="dialog"][aria-modal] [contenteditable]');
const chatBox = (page: Page) => page.locator('[data-pagelet="ChatTab"] [contenteditable]');

for (const variant of [
  { file: 'facebook.html', lang: 'English', draft: 'Walk #coffee #coffee', fixed: 'Walk #coffee', post: 'Good morning' },
  { file: 'facebook-nl.html', lang: 'Dutch', draft: 'Wat een mooie dag #koffie #koffie', fixed: 'Wat een mooie dag #koffie', post: 'Goedemorgen allemaal' },
]) {
  test(`${variant.lang}: the comment box and the Create post dialog are told apart`, async ({ context }) => {
    const page = await openSite(context, variant.file, 'https://www.facebook.com/');
    await typeAndExpectUntouched(page, commentBox(page), variant.draft, 'hashtags');
    // A comment is not asked to invite responses.
    await expect(finding(page, 'call-to-action')).toHaveCount(0);
    await retype(page, commentBox(page), variant.fixed);
    await expect(finding(page, 'hashtags')).toHaveCount(0);
    await page.locator('#open-composer').click();
    await expect(postBox(page)).toBeFocused();
    await page.keyboard.type(variant.post);
    await expect(finding(page, 'call-to-action')).toBeVisible();
    await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'facebook');
  });

  test(`${variant.lang}: the Messenger chat box is never coached`, async ({ context }) => {
    const page = await openSite(context, variant.file, 'https://www.facebook.com/');
    await chatBox(page).click();
    await page.keyboard.type(variant.draft);
    await page.waitForTimeout(500);
    await expect(coach(page).locator('[data-category]')).toHaveCount(0);
    await commentBox(page).click();
    await page.keyboard.type(variant.draft);
    await expect(finding(page, 'hashtags')).toBeVisible();
  });

  // Pressed at once after typing: on a cold start the coach is still loading (here 2-3 s: the script injection and
  // the first settings read), and the watcher's note of the key is what counts it.
  test(`${variant.lang}: a comment sent with Enter is reported as published`, async ({ context, worker }) => {
    await spyOnBackground(worker);
    const page = await openSite(context, variant.file, 'https://www.facebook.com/');
    await commentBox(page).click();
    await page.keyboard.type(variant.fixed);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(variant.post);
    await page.waitForTimeout(300);
    expect(await publishedReports(worker)).toHaveLength(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => publishedReports(worker)).toHaveLength(1);
    expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'facebook', text: `${variant.fixed}\n${variant.post}` });
    await page.waitForTimeout(500);
    expect(await publishedReports(worker)).toHaveLength(1);
  });

  test(`${variant.lang}: a comment the site empties inside its own Enter handler is reported once the coach runs`, async ({ context, worker }) => {
    await spyOnBackground(worker);
    const page = await openSite(context, variant.file, 'https://www.facebook.com/');
    await commentBox(page).click();
    await page.keyboard.type(variant.fixed);
    await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'facebook');
    await page.evaluate(() => Object.assign(window, { commentClearsAtOnce: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => publishedReports(worker)).toHaveLength(1);
    expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'facebook', text: variant.fixed });
    expect(await editorText(commentBox(page))).toBe('');
  });
}

test('a post sent with the Create post dialog\'s Post button is reported as published', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'facebook.html', 'https://www.facebook.com/');
  await page.locator('#open-composer').click();
  await expect(postBox(page)).toBeFocused();
  await page.keyboard.type('Good morning');
  await page.keyboard.press('Enter');
  await page.keyboard.type('What are you reading?');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'facebook');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await publishedReports(worker)).toHaveLength(0); // Enter is a new line in a post
  await page.locator('[role="dialog"] .post').click();
  await expect(postBox(page)).toHaveCount(0);
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
  expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'facebook', text: 'Good morning\nWhat are you reading?\n' });
});

test('suggestions go into Lexical through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'facebook');
});
