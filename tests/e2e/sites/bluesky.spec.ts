import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { coach, editorText, finding, openSite, retype, selectedText, typeAndExpectUntouched, settled } from './site-page';
import { expectSuggestionsTakenOn } from './suggestion-edits';

const editor = (page: Page) => page.locator('[data-testid="composePostView"] .ProseMirror');

test('the composer overlay is coached, and a fixed draft clears the nudge', async ({ context }) => {
  const page = await openSite(context, 'bluesky.html', 'https://bsky.app/');
  await page.locator('.compose').click();
  await expect(editor(page)).toBeFocused();
  await typeAndExpectUntouched(page, editor(page), 'Walk #coffee #coffee', 'hashtags');
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'bluesky');
  await retype(page, editor(page), 'Walk #coffee');
  await expect(finding(page, 'hashtags')).toHaveCount(0);
});

test('a reply is coached as a comment; selecting and applying work on TipTap', async ({ context }) => {
  const page = await openSite(context, 'bluesky.html', 'https://bsky.app/');
  await page.locator('[data-testid="replyBtn"]').click();
  await expect(editor(page)).toBeFocused();
  await typeAndExpectUntouched(page, editor(page), 'Love #socialmedia too', 'accessibility');
  await expect(finding(page, 'call-to-action')).toHaveCount(0);
  await coach(page).locator('[data-category="accessibility"]').getByRole('button', { name: 'Show in draft' }).click();
  await expect.poll(() => selectedText(page)).toBe('#socialmedia');
  await settled(coach(page).getByRole('button', { name: 'Use #SocialMedia' })).click();
  await expect.poll(() => editorText(editor(page))).toBe('Love #SocialMedia too');
});

test('suggestions go into TipTap/ProseMirror through its own input path: its model takes each one exactly, and undo', async ({ context }) => {
  await expectSuggestionsTakenOn(context, 'bluesky');
});
