import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';
import { SITE_COMPOSERS } from './sites/composers';
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

for (const locale of ['en', 'nl'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ extensionLaunch: { locale, colorScheme: scheme } });

      for (const site of SITE_COMPOSERS) {
        test(`sidebar on ${site.site}`, async ({ context }) => {
          const page = await openSite(context, site.fixture, site.url);
          if (scheme === 'dark') await page.addStyleTag({ content: DARK_PAGE });
          for (const selector of site.open) await page.locator(selector).first().click();
          await page.locator(site.editor).first().click();
          await page.keyboard.type(DRAFTS[locale]);
          await expect(coach(page).locator('[data-category]').first()).toBeVisible();
          await coach(page).locator('.sc-finding__why-toggle').first().click();
          await page.screenshot({ path: path.join(OUT_DIR, `sidebar-${site.site}-${locale}-${scheme}.png`) });
        });
      }
    });
  }
}
