import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test } from './harness';
import { clickWhenThere, coachShows, readSiteFixture } from './pages';

const DRAFT = 'Walk #coffee #coffee';

/** Puppeteer needs `>>>` where Playwright's CSS pierces shadow roots by itself (LinkedIn's #interop-outlet). */
const PIERCING_EDITORS: Record<string, string> = { linkedin: '#interop-outlet >>> .ql-editor' };

// One site per editor kind: contenteditable blocks (X), Quill in a shadow root (LinkedIn), ProseMirror (Bluesky),
// a textarea (Mastodon).
for (const site of ['x', 'linkedin', 'bluesky', 'mastodon']) {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site);
  if (!composer) throw new Error(`No composer for ${site} in tests/e2e/sites/composers.ts`);

  test(`${site}: the coach appears on the composer and follows the draft`, async ({ firefox }) => {
    const { page, unexpectedRequests } = await firefox.openSite(composer.url, readSiteFixture(composer.fixture));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      for (const opener of composer.open) await clickWhenThere(page, opener);
      const editor = PIERCING_EDITORS[site] ?? composer.editor;
      await clickWhenThere(page, editor);
      await page.keyboard.type(DRAFT);

      const shown = await coachShows(page, 'hashtags');
      expect(shown.platform).toBe(site);
      // Reading the draft leaves the user's text as typed.
      const typed = await page.$eval(editor, (el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
      expect(typed).toBe(DRAFT);

      // Removing the repeated tag takes the nudge away: the coach follows the typing.
      for (let i = 0; i < ' #coffee'.length; i++) await page.keyboard.press('Backspace');
      const fixed = await coachShows(page, 'hashtags', false);
      expect(fixed.platform).toBe(site);
      expect(errors).toEqual([]);
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
}
