import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test, until } from './harness';
import { clickWhenSettled, clickWhenThere, coachShows, readSiteFixture } from './pages';

const DRAFT = 'Walk #coffee #coffee';

/** Puppeteer needs `>>>` where Playwright's CSS pierces shadow roots by itself (LinkedIn's #interop-outlet). */
const PIERCING_EDITORS: Record<string, string> = { linkedin: '#interop-outlet >>> .ql-editor' };

// Every site's composer: contenteditable blocks (X), Quill in a shadow root (LinkedIn), Lexical-style paragraphs in
// dialogs (Facebook, Instagram, Threads), ProseMirror (Bluesky), a textarea (Mastodon).
for (const composer of SITE_COMPOSERS) {
  const { site } = composer;

  test(`${site}: the coach appears on the composer, follows the draft, and applies a suggestion`, async ({ firefox }) => {
    const { page, unexpectedRequests } = await firefox.openSite(composer.url, readSiteFixture(composer.fixture));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      for (const opener of composer.open) await clickWhenThere(page, opener);
      const editor = PIERCING_EDITORS[site] ?? composer.editor;
      const draft = () => page.$eval(editor, (el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.trim()));
      const draftBecomes = (expected: string, what: string) =>
        until(async () => (await draft()) === expected, `${what}: ${JSON.stringify(expected)}`, 5_000).catch(async (error) => {
          throw new Error(`${(error as Error).message}; the draft is ${JSON.stringify(await draft())}`);
        });
      await clickWhenThere(page, editor);
      await page.keyboard.type(DRAFT);

      const shown = await coachShows(page, 'hashtags');
      expect(shown.platform).toBe(site);
      // Reading the draft leaves the user's text as typed.
      expect(await draft()).toBe(DRAFT);

      // Removing the repeated tag takes the nudge away: the coach follows the typing.
      for (let i = 0; i < ' #coffee'.length; i++) await page.keyboard.press('Backspace');
      expect((await coachShows(page, 'hashtags', false)).platform).toBe(site);

      // A suggestion replaces a word inside the line through Firefox's editing, and typing goes on right after it.
      await page.keyboard.type(' #morningwalk today');
      await coachShows(page, 'accessibility');
      await clickWhenSettled(page, 'social-coach >>> ::-p-text(Use #MorningWalk)');
      await draftBecomes('Walk #coffee #MorningWalk today', 'the suggestion in the draft');
      await coachShows(page, 'accessibility', false);
      await page.keyboard.type('!');
      await draftBecomes('Walk #coffee #MorningWalk! today', 'typing to go on right after the suggestion');

      expect(errors).toEqual([]);
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
}
