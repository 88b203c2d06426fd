import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, finding, openSite, publishedReports, retype, spyOnBackground, typeAndExpectUntouched, settled } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

const comment = (page: Page) => page.locator('.comment-form textarea');
const caption = (page: Page) => page.locator('[role="dialog"] [contenteditable]');

test('the caption box, mounted on the caption step, is coached', async ({ context }) => {
  const page = await openSite(context, 'instagram.html', 'https://www.instagram.com/');
  await page.locator('#new-post').click();
  await page.locator('[role="dialog"] .next').click();
  await typeAndExpectUntouched(page, caption(page), 'Walk #coffee #coffee', 'hashtags');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'instagram');
  await retype(page, caption(page), 'Walk #coffee');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
});

test('a caption shared with the Share button is reported as published', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'instagram.html', 'https://www.instagram.com/');
  await page.locator('#new-post').click();
  await page.locator('[role="dialog"] .next').click();
  await caption(page).click();
  await page.keyboard.type('Sunday walk');
  await page.keyboard.press('Enter');
  await page.keyboard.type('#coffee');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'instagram');
  await page.locator('[role="dialog"] .share').click();
  await expect(caption(page)).toHaveCount(0);
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
  expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'instagram', text: 'Sunday walk\n#coffee' });
});

test('a suggestion edits the comment textarea the way the site sees typing', async ({ context }) => {
  const page = await openSite(context, 'instagram.html', 'https://www.instagram.com/');
  await typeAndExpectUntouched(page, comment(page), 'Love #socialmedia too', 'accessibility');
  await coach(page).locator('[data-category="accessibility"]').getByRole('button', { name: 'Show in draft' }).click();
  await expect.poll(() => comment(page).evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd))).toBe('#socialmedia');
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect(comment(page)).toHaveValue('Love #SocialMedia too');
  await expect(finding(page, 'accessibility')).toHaveCount(0);
  await retype(page, comment(page), 'Love it');
  await expect(coach(page).locator('[data-category]')).toHaveCount(0);
});

test('suggestions go into Lexical through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'instagram');
});
