import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { readStorage } from '../pages/seed';
import { expectSuggestionsTaken } from './suggestion-edits';
import { coach, editorHtmlWithoutExtension, finding, openSite, publishedReports, retype, spyOnBackground, typeAndExpectUntouched } from './site-page';

const home = (page: Page) => page.locator('#primary [data-testid="tweetTextarea_0"]');
const modalItem = (page: Page, n: number) => page.locator(`[role="dialog"] [data-testid="tweetTextarea_${n}"]`);

test('the late inline composer is coached as you type, and the nudge goes when fixed', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await typeAndExpectUntouched(page, home(page), 'Love #socialmedia today', 'accessibility');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'x');
  await retype(page, home(page), 'Love #SocialMedia today');
  await expect(finding(page, 'accessibility')).toHaveCount(0);
});

test('the compose dialog over the inline box wins while focused, and thread items are separate posts', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await home(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await expect(finding(page, 'accessibility')).toBeVisible();
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
  await expect(finding(page, 'accessibility')).toHaveCount(0);
  // A second thread item is its own post: the first item's tags are not counted in it.
  await page.locator('[role="dialog"] [data-testid="addButton"]').click();
  await expect(modalItem(page, 1)).toBeFocused();
  await page.keyboard.type('More to say');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
  await modalItem(page, 0).click();
  await expect(finding(page, 'hashtags')).toBeVisible();
});

test('after SPA navigation to a post, its reply box is coached as a comment', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await page.locator('[data-testid="open-status"]').click();
  await expect(page).toHaveURL(/\/alex\/status\//);
  const reply = page.locator('#primary [data-testid="tweetTextarea_0"]');
  await typeAndExpectUntouched(page, reply, 'Love #socialmedia too', 'accessibility');
  // Replies are not asked to invite responses: that nudge is for posts.
  await expect(finding(page, 'call-to-action')).toHaveCount(0);
});

test('the direct-message box is never coached', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await page.locator('[data-testid="dmComposerTextInput"]').click();
  await page.keyboard.type('Walk #coffee #coffee');
  await page.waitForTimeout(500);
  await expect(coach(page).locator('[data-category]')).toHaveCount(0);
  // The same words in the real composer are coached: the silence above was the DM rule, not a dead extension.
  await home(page).click();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
});

test('closing the dialog mid-draft takes the coach away without errors', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await page.keyboard.type('Walk #coffee #coff');
  await page.locator('[data-testid="app-bar-close"]').click();
  await expect(modalItem(page, 0)).toHaveCount(0);
  await expect(coach(page).locator('[data-category]')).toHaveCount(0);
  // The inline composer still works afterwards.
  await home(page).click();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the coached editor ends up byte for byte as the page alone makes it', async ({ context }) => {
  const steps = async (page: Page) => {
    await home(page).click();
    await page.keyboard.type('Hello #socialmedia 👋');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // The tag again, so two tags (X's norm) bring the repeat nudge and the tip beside it, no third nudge over them.
    await page.keyboard.type('Second #socialmedia');
    return home(page);
  };
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  const editor = await steps(page);
  await expect(finding(page, 'hashtags')).toBeVisible();
  await expect(finding(page, 'accessibility')).toBeVisible();
  const coached = await editor.evaluate((el) => el.innerHTML);
  expect(coached).toBe(await editorHtmlWithoutExtension(context, 'x.html', '/home', steps));
});

test('posting a thread reports each item as a post of its own', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await page.keyboard.type('First part of the story');
  await page.locator('[role="dialog"] [data-testid="addButton"]').click();
  await expect(modalItem(page, 1)).toBeFocused();
  await page.keyboard.type('Second part #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
  await page.locator('[data-testid="tweetButton"]').click();
  await expect(modalItem(page, 0)).toHaveCount(0);
  await expect.poll(() => publishedReports(worker)).toHaveLength(2);
  const reports = await publishedReports(worker);
  expect(reports.map((report) => report.platform)).toEqual(['x', 'x']);
  // Each report hands its own item's text to the background (which fingerprints it with the install's key);
  // nothing of either text is stored.
  await expect.poll(async () => JSON.stringify(await readStorage(worker))).toMatch(/fingerprints/);
  expect(JSON.stringify(await readStorage(worker))).not.toMatch(/story|Second part/);
});

test('suggestions go into Draft.js through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  const page = await openSite(context, 'x.html', 'https://x.com/home');
  await expectSuggestionsTaken(page, home(page));
});
