import type { Page } from 'puppeteer-core';
import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test, until } from './harness';
import { clickWhenSettled, clickWhenThere, coachShows, readSiteFixture } from './pages';

/** The editor's model (tests/e2e/editors/model.ts) and what the page shows, read in the page's own world. */
function editorState(page: Page, editor: string): Promise<{ model: string; shown: string; caret: [number, number] }> {
  return page.$eval(editor, (el) => {
    const view = window as unknown as { __model(el: Element): string; __modelSelection(el: Element): [number, number] };
    const blocks = el.querySelectorAll('[data-block="true"]');
    const lines = blocks.length > 0 ? [...blocks] : [...el.querySelectorAll('p')];
    return { model: view.__model(el), shown: lines.map((line) => line.textContent).join('\n'), caret: view.__modelSelection(el) };
  });
}

const refusedNote = (page: Page) =>
  page.evaluate(() => {
    const note = document.querySelector('social-coach')?.shadowRoot?.querySelector('[data-testid="edit-refused"]');
    return note ? [...note.querySelectorAll('button')].map((button) => button.textContent) : null;
  });

// Firefox hands a synthetic paste to the page without its data. Lexical (Facebook, Instagram, Threads) then gets the
// suggestion in one beforeinput carrying it (insertReplacementText, made in the page's realm), Draft.js (X) as its own
// input: each newline an Enter key, text into the new empty block a textInput event. The model holds exactly the
// suggestion with the caret after it; were it refused, the draft would be untouched and the copy offered. Never a
// model that differs from the page.
for (const [site, expected] of [
  ['x', 'applied'],
  ['facebook', 'applied'],
  ['instagram', 'applied'],
  ['threads', 'applied'],
] as const) {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;

  test(`${site}: a question in a new paragraph is ${expected === 'applied' ? 'taken exactly as the editor\'s own input' : 'refused with the draft untouched and the copy offered'}, a repeated tag is removed, and typing goes on`, async ({ firefox }) => {
    const { page, unexpectedRequests } = await firefox.openSite(composer.url, readSiteFixture(composer.fixture));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      for (const opener of composer.open) await clickWhenThere(page, opener);
      const state = () => editorState(page, composer.editor);
      const modelBecomes = (expected: string, what: string) =>
        until(async () => (await state()).model === expected, `${what}: ${JSON.stringify(expected)}`, 5_000).catch(async (error) => {
          throw new Error(`${(error as Error).message}; the model is ${JSON.stringify((await state()).model)}`);
        });
      await clickWhenThere(page, composer.editor);
      const typed = 'Love #socialmedia today';
      await page.keyboard.type(typed);
      await coachShows(page, 'call-to-action');
      await modelBecomes(typed, 'the typing in the model');

      await clickWhenSettled(page, 'social-coach >>> [data-rule="call-to-action"] button.sc-suggestion');
      const outcome = await until(async () => {
        const { model } = await state();
        if (model.startsWith(`${typed}\n\n`)) return 'applied';
        return (await refusedNote(page)) ? 'refused' : null;
      }, 'the question applied or refused', 5_000);
      const after = await state();
      expect(after.shown).toBe(after.model);
      expect(outcome).toBe(expected);
      if (outcome === 'refused') expect({ model: after.model, note: await refusedNote(page) }).toEqual({ model: typed, note: ['Copy the suggestion', 'OK'] });
      else expect(after.model).toMatch(/^Love #socialmedia today\n\n\S.*\?$/);
      expect(after.caret).toEqual([after.model.length, after.model.length]);
      if (site !== 'x') {
        // Lexical took the question in one update: one Ctrl+Z takes all of it back, and redo brings it again.
        await page.keyboard.down('Control');
        await page.keyboard.press('z');
        await modelBecomes(typed, 'one undo to take the whole question back');
        await page.keyboard.down('Shift');
        await page.keyboard.press('z');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Control');
        await modelBecomes(after.model, 'redo to bring it again');
        const redone = await state();
        expect(redone.shown).toBe(redone.model);
        expect(redone.caret).toEqual([after.model.length, after.model.length]);
      }

      // Typing goes on at the end: right after the question, or where the user was.
      // The closing block tags twice: the sentence's own #socialmedia is a word, which no closing tag repeats.
      await page.keyboard.type(' #SocialMedia #SocialMedia');
      const tagged = `${after.model} #SocialMedia`;
      const repeated = `${tagged} #SocialMedia`;
      await modelBecomes(repeated, 'typing right after the question');

      // Removing a tag: a Backspace over the selection, which both editors take in Firefox.
      await clickWhenSettled(page, 'social-coach >>> ::-p-text(Remove the repeated #SocialMedia)');
      await modelBecomes(tagged, 'the repeated tag removed');
      const removed = await state();
      expect(removed.shown).toBe(removed.model);
      expect(removed.caret).toEqual([tagged.length, tagged.length]);
      await page.keyboard.type('!');
      await modelBecomes(`${tagged}!`, 'typing to go on where the tag was');

      expect(errors).toEqual([]);
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
}
