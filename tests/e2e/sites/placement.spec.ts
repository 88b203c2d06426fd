import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../harness';
import { SITE_COMPOSERS } from './composers';
import { coach, openSite } from './site-page';

/**
 * The coach never covers what the user is working with: the draft, the site's own Post button, its messages and
 * chat drawers. At a half-screen window, a laptop window and a wide screen, on every site fixture.
 */

const POST_BUTTON: Record<string, string> = {
  x: '#primary [data-testid="tweetButtonInline"]',
  linkedin: '#interop-outlet .share-actions__primary-action',
  facebook: '[role="dialog"][aria-modal] .post',
  instagram: '[role="dialog"] .share',
  threads: '[role="dialog"] .post',
  bluesky: '[data-testid="composerPublishBtn"]',
  mastodon: 'form.compose-form button[type="submit"]',
};
const DRAWERS: Record<string, string[]> = {
  x: ['[data-testid="DMDrawer"]'],
  linkedin: ['.msg-overlay-conversation-bubble'],
  facebook: ['[data-pagelet="ChatTab"]'],
};
const WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const DRAFT = 'Proud of our new workshop. We are the best team in town #love #instagood #business #marketing';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

async function rectOf(locator: Locator): Promise<Rect> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${String(locator)}`);
  return box;
}

/** The coach as shown now (panel or tab) must touch none of the named parts of the page. */
async function expectClear(page: Page, parts: Record<string, Locator>): Promise<string> {
  const shown = coach(page).locator('.sc-shell, .sc-tab');
  await expect(shown).toHaveCount(1);
  const coachRect = await rectOf(shown);
  for (const [name, locator] of Object.entries(parts)) {
    const rect = await rectOf(locator);
    expect(overlap(coachRect, rect), `the coach ${JSON.stringify(coachRect)} covers ${name} ${JSON.stringify(rect)}`).toBe(false);
  }
  return (await coach(page).locator('[data-placement]').getAttribute('data-placement')) ?? '';
}

for (const site of SITE_COMPOSERS) {
  for (const size of WINDOWS) {
    test(`${site.site} at ${size.width} px: the coach covers neither the draft, its Post button nor the drawers`, async ({ context }) => {
      const page = await openSite(context, site.fixture, site.url);
      await page.setViewportSize(size);
      for (const selector of site.open) await page.locator(selector).first().click();
      const editor = page.locator(site.editor).first();
      await editor.click();
      await page.keyboard.type(DRAFT);
      await expect(coach(page).locator('.sc-shell, .sc-tab')).toBeVisible();
      await expect(coach(page).locator('[data-placement="panel"] [data-category], [data-placement="tab"] .sc-tab__count').first()).toBeVisible();
      const parts: Record<string, Locator> = { draft: editor, 'Post button': page.locator(POST_BUTTON[site.site]!).first() };
      for (const drawer of DRAWERS[site.site] ?? []) parts[drawer] = page.locator(drawer).first();
      const placement = await expectClear(page, parts);
      // A wide screen always has room beside the composer.
      if (size.width === 1920) expect(placement).toBe('panel');
      // The draft grows: the coach moves or folds, and still covers nothing.
      await page.keyboard.press('Enter');
      await page.keyboard.type('One more line about the workshop.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('And one about the people who came.');
      await page.waitForTimeout(300);
      await expectClear(page, parts);
    });
  }
}

test('folded for lack of room, the tab opens the coach over the page, and it folds back when the user writes again', async ({ context }) => {
  const page = await openSite(context, 'linkedin.html', 'https://www.linkedin.com/feed/');
  // A short half-screen window: no room beside the dialog, too little below it.
  await page.setViewportSize({ width: 1024, height: 500 });
  await page.locator('#start-post').click();
  const editor = page.locator('#interop-outlet .ql-editor');
  await editor.click();
  await page.keyboard.type(DRAFT);
  const tab = coach(page).locator('.sc-tab');
  await expect(tab).toBeVisible();
  await expect(tab.locator('.sc-tab__count')).toHaveText(/\d/);
  await tab.click();
  await expect(coach(page).locator('[data-placement="peek"] [data-category]').first()).toBeVisible();
  await editor.click();
  await expect(tab).toBeVisible();
});
