import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, finding, openSite, publishedReports, retype, spyOnBackground, typeAndExpectUntouched, settled } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

const area = (page: Page) => page.locator('#mastodon form.compose-form textarea');

test('the compose textarea is coached, and the site counts an applied suggestion as typing', async ({ context }) => {
  const page = await openSite(context, 'mastodon.html', 'https://mastodon.social/home');
  await typeAndExpectUntouched(page, area(page), 'Love #socialmedia today', 'accessibility');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'mastodon');
  await page.locator('.character-counter').evaluate((counter) => (counter.textContent = 'stale'));
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect(area(page)).toHaveValue('Love #SocialMedia today');
  // The site's input listener ran: its counter was recomputed from the new value.
  await expect(page.locator('.character-counter')).toHaveText(String(500 - 'Love #SocialMedia today'.length));
  await expect(finding(page, 'accessibility')).toHaveCount(0);
});

test('the same form turned into a reply is coached as a comment; the search field is ignored', async ({ context }) => {
  const page = await openSite(context, 'mastodon.html', 'https://mastodon.social/home');
  await page.locator('.search__input').click();
  await page.keyboard.type('#coffee #coffee');
  await page.waitForTimeout(300);
  await expect(coach(page).locator('[data-category]')).toHaveCount(0);
  await page.locator('.reply-icon').click();
  await expect(area(page)).toBeFocused();
  await page.keyboard.type('Walk #coffee #coffee');
  await expect(finding(page, 'hashtags')).toBeVisible();
  await expect(finding(page, 'call-to-action')).toHaveCount(0);
  await retype(page, area(page), 'Walk #coffee');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
});

test('Ctrl+Enter posts; the textarea emptied by the site script is noticed', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'mastodon.html', 'https://mastodon.social/home');
  await area(page).click();
  await page.keyboard.type('Walk #coffee');
  await expect(finding(page, 'call-to-action')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(area(page)).toHaveValue('');
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
  expect((await publishedReports(worker))[0]).toMatchObject({ platform: 'mastodon' });
});

test('suggestions go into the React textarea through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'mastodon');
});

/** Chooses the visibility as a user does: the click on the visibility button takes the focus out of the textarea. */
async function setVisibility(page: Page, visibility: 'direct' | 'public'): Promise<void> {
  await page.locator('.compose-form .dropdown-button').click();
  await page.evaluate((value) => (window as unknown as { setVisibility(v: string): void }).setVisibility(value), visibility);
}

test('a direct message is left alone: not coached, not counted as a post, nothing of it sent', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'mastodon.html', 'https://mastodon.social/home');
  await setVisibility(page, 'direct');
  await area(page).click();
  await page.keyboard.type('@ana@mastodon.social Love #socialmedia, see you at the clinic on Monday');
  await page.waitForTimeout(600);
  await expect(coach(page)).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(area(page)).toHaveValue('');
  await page.waitForTimeout(600);
  expect(await publishedReports(worker)).toEqual([]);
  const analysed = await worker.evaluate(() =>
    (globalThis as unknown as { sitesSeenMessages: { type: string }[] }).sitesSeenMessages.filter((message) => message.type === 'cs-bg:analyze').length,
  );
  expect(analysed).toBe(0);
});

test('a draft switched to a direct message loses the coach at the next key and is not counted when sent', async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openSite(context, 'mastodon.html', 'https://mastodon.social/home');
  await area(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await expect(finding(page, 'accessibility')).toBeVisible();
  await setVisibility(page, 'direct');
  await area(page).click();
  await expect(coach(page).locator('.sc-sidebar')).toHaveCount(0);
  await page.keyboard.type('!');
  await page.keyboard.press('Control+Enter');
  await expect(area(page)).toHaveValue('');
  await page.waitForTimeout(600);
  expect(await publishedReports(worker)).toEqual([]);
  // Public again: coached and counted as before.
  await setVisibility(page, 'public');
  await area(page).click();
  await page.keyboard.type('Walk #coffee');
  await expect(finding(page, 'call-to-action')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
});
