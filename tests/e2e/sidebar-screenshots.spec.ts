import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';
import { coach, openSite } from './sites/site-page';

/** `npm run screenshots`: the sidebar beside the composer on every site, light and dark, English and Dutch. */

const OUT_DIR = path.resolve('screenshots');
mkdirSync(OUT_DIR, { recursive: true });

interface SiteShot {
  site: string;
  file: string;
  url: string;
  open: string[];
  editor: string;
}

const SITES: SiteShot[] = [
  { site: 'x', file: 'x.html', url: 'https://x.com/home', open: [], editor: '#primary [data-testid="tweetTextarea_0"]' },
  { site: 'linkedin', file: 'linkedin.html', url: 'https://www.linkedin.com/feed/', open: ['#start-post'], editor: '#interop-outlet .ql-editor' },
  { site: 'facebook', file: 'facebook.html', url: 'https://www.facebook.com/', open: ['#open-composer'], editor: '[role="dialog"][aria-modal] [contenteditable]' },
  { site: 'instagram', file: 'instagram.html', url: 'https://www.instagram.com/', open: ['#new-post', '[role="dialog"] .next'], editor: '[role="dialog"] [contenteditable]' },
  { site: 'threads', file: 'threads.html', url: 'https://www.threads.com/', open: ['.create'], editor: '[role="dialog"] .item [contenteditable]' },
  { site: 'bluesky', file: 'bluesky.html', url: 'https://bsky.app/', open: ['.compose'], editor: '[data-testid="composePostView"] .ProseMirror' },
  { site: 'mastodon', file: 'mastodon.html', url: 'https://mastodon.social/home', open: [], editor: '#mastodon form.compose-form textarea' },
];

const DRAFTS = {
  en: 'PROUD to announce our new workshop!!! We are the best team in town. Book now #love #instagood #business #marketing',
  nl: 'TROTS op onze nieuwe workshop!!! Wij zijn het beste team van de stad. Boek nu #love #instagood #ondernemen #marketing',
};

// The sites' own dark themes: the sidebar follows what the page paints.
const DARK_PAGE = 'html, body { background: #15202b !important; color: #e7e9ea !important; }';

for (const locale of ['en', 'nl'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ extensionLaunch: { locale, colorScheme: scheme } });

      for (const site of SITES) {
        test(`sidebar on ${site.site}`, async ({ context }) => {
          const page = await openSite(context, site.file, site.url);
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
