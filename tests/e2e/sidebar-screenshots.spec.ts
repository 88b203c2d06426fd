import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';
import { SITE_COMPOSERS } from './sites/composers';
import { settledChips } from './screenshot-kit';
import { coach, openSite } from './sites/site-page';

/** `npm run screenshots`: the sidebar beside the composer on every site, light and dark, English and Dutch. */

const OUT_DIR = path.resolve('screenshots');
mkdirSync(OUT_DIR, { recursive: true });

const DRAFTS = {
  en: 'PROUD to announce our new workshop!!! We are the best team in town. Book now #love #instagood #business #marketing',
  nl: 'TROTS op onze nieuwe workshop!!! Wij zijn het beste team van de stad. Boek nu #love #instagood #ondernemen #marketing',
};

// The sites' own dark themes: the sidebar follows what the page paints.
const DARK_PAGE =
  'html, body { background: #15202b !important; color: #e7e9ea !important; } body *:not(social-coach) { background-color: #15202b !important; color: inherit !important; border-color: #38444d !important; }';
// The page's open shadow roots (LinkedIn's #interop-outlet holds the share box) are dark too: no page style reaches in.
const DARK_SHADOW = '* { background-color: #15202b !important; color: #e7e9ea !important; border-color: #38444d !important; }';

async function paintDark(page: Page): Promise<void> {
  await page.addStyleTag({ content: DARK_PAGE });
  await page.evaluate((css) => {
    for (const host of document.querySelectorAll('*')) {
      if (!host.shadowRoot || host.localName === 'social-coach') continue;
      const style = document.createElement('style');
      style.textContent = css;
      host.shadowRoot.append(style);
    }
  }, DARK_SHADOW);
}

for (const locale of ['en', 'nl'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ extensionLaunch: { locale, colorScheme: scheme } });

      for (const site of SITE_COMPOSERS) {
        test(`sidebar on ${site.site}`, async ({ context }) => {
          const page = await openSite(context, site.fixture, site.url);
          if (scheme === 'dark') await paintDark(page);
          for (const selector of site.open) await page.locator(selector).first().click();
          await page.locator(site.editor).first().click();
          await page.keyboard.type(DRAFTS[locale]);
          await expect(coach(page).locator('[data-category]').first()).toBeVisible();
          await coach(page).locator('.sc-finding__why-toggle').first().click();
          await settledChips(page);
          await page.screenshot({ path: path.join(OUT_DIR, `sidebar-${site.site}-${locale}-${scheme}.png`) });
        });
      }

      // A half-screen window: where there is no room beside the composer the coach folds to a tab that counts its
      // nudges ("3 adviezen"), or sits clear of the draft.
      for (const site of SITE_COMPOSERS.filter((composer) => ['x', 'linkedin'].includes(composer.site))) {
        test(`sidebar on ${site.site} at 1024 px`, async ({ context }) => {
          const page = await openSite(context, site.fixture, site.url);
          await page.setViewportSize({ width: 1024, height: 768 });
          if (scheme === 'dark') await paintDark(page);
          for (const selector of site.open) await page.locator(selector).first().click();
          await page.locator(site.editor).first().click();
          await page.keyboard.type(DRAFTS[locale]);
          await expect(coach(page).locator('[data-placement="panel"] [data-category], [data-placement="tab"] .sc-tab__count').first()).toBeVisible();
          await settledChips(page);
          await page.screenshot({ path: path.join(OUT_DIR, `sidebar-narrow-${site.site}-${locale}-${scheme}.png`) });
        });
      }

      // The marks in the draft: every nudge's words underlined, the one under the pointer tinted as well. Cropped to
      // the composer so the marks can be judged; the textarea (Mastodon) has none.
      for (const site of SITE_COMPOSERS.filter((composer) => ['x', 'linkedin', 'facebook', 'bluesky'].includes(composer.site))) {
        test(`marks on ${site.site}`, async ({ context }) => {
          const page = await openSite(context, site.fixture, site.url);
          if (scheme === 'dark') await paintDark(page);
          for (const selector of site.open) await page.locator(selector).first().click();
          const editor = page.locator(site.editor).first();
          await editor.click();
          await page.keyboard.type(DRAFTS[locale]);
          const pointed = coach(page).locator('[data-category="hashtags"]').first();
          await expect(pointed).toBeVisible();
          await pointed.hover();
          await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('social-coach-nudge-pointed')?.size ?? 0)).toBeGreaterThan(0);
          const box = (await editor.boundingBox())!;
          const clip = { x: Math.max(0, box.x - 16), y: Math.max(0, box.y - 16), width: box.width + 32, height: Math.min(box.height, 240) + 32 };
          await page.screenshot({ path: path.join(OUT_DIR, `marks-${site.site}-${locale}-${scheme}.png`), clip });
        });
      }
    });
  }
}
