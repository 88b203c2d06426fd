/**
 * The Chromium suite's suggestion walk (tests/e2e/sites/suggestion-edits.ts) in Firefox, on every site's real editor
 * through the extension: a replacement inside a line, a question in a new paragraph at the end, undo, the question
 * after an empty last line, a repeated tag removed, then undone. After each, the editor's model holds exactly the
 * expected text, the page shows the model, the caret sits right after the inserted text, and typing goes on there.
 */
import type { Page } from 'puppeteer-core';
import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test, until } from './harness';
import { clickWhenSettled, clickWhenThere, coachShows, readSiteFixture } from './pages';

/** Puppeteer needs `>>>` where Playwright's CSS pierces shadow roots by itself (LinkedIn's #interop-outlet). */
const PIERCING_EDITORS: Record<string, string> = { linkedin: '#interop-outlet >>> .ql-editor' };

interface EditorState {
  model: string;
  shown: string;
  caret: [number, number];
}

function editorState(page: Page, editor: string): Promise<EditorState> {
  return page.$eval(editor, (el) => {
    const view = window as unknown as { __model(el: Element): string; __modelSelection(el: Element): [number, number] };
    let shown: string;
    if (el instanceof HTMLTextAreaElement) shown = el.value;
    else {
      const blocks = el.querySelectorAll('[data-block="true"]');
      const lines = blocks.length > 0 ? [...blocks] : [...el.querySelectorAll('p')];
      shown = lines.map((line) => line.textContent).join('\n');
    }
    return { model: view.__model(el), shown, caret: view.__modelSelection(el) };
  });
}

async function chord(page: Page, key: string): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up('Control');
}

/**
 * Known gap in Firefox: on Quill (LinkedIn) and ProseMirror (Bluesky) a suggestion with a new paragraph is refused:
 * `execCommand('insertText')` with newlines is not taken as the editor's own (its read-back differs), so the sidebar
 * puts the draft back and offers the copy. Within a line and removals go in as in Chromium.
 */
const NEW_PARAGRAPH_REFUSED = new Set(['linkedin', 'bluesky']);

for (const composer of SITE_COMPOSERS) {
  const { site } = composer;

  const title = NEW_PARAGRAPH_REFUSED.has(site)
    ? `${site}: in Firefox a replacement and a removal are taken exactly, caret after them, and undone; a new paragraph is refused with the draft untouched`
    : `${site}: every kind of suggestion is taken exactly by the real editor in Firefox, caret after it, and undone`;
  test(title, async ({ firefox }) => {
    test.setTimeout(90_000);
    const { page, unexpectedRequests } = await firefox.openSite(composer.url, readSiteFixture(composer.fixture));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      for (const opener of composer.open) await clickWhenThere(page, opener);
      const editor = PIERCING_EDITORS[site] ?? composer.editor;
      const state = () => editorState(page, editor);
      const expectModel = async (text: string, what: string, caret?: number) => {
        await until(async () => (await state()).model === text, `${what}: ${JSON.stringify(text)}`, 5_000).catch(async (error) => {
          throw new Error(`${(error as Error).message}; the model is ${JSON.stringify((await state()).model)}`);
        });
        const now = await state();
        expect(now.shown, `${what}: the page shows the model`).toBe(now.model);
        if (caret !== undefined) expect(now.caret, `${what}: the caret`).toEqual([caret, caret]);
      };
      const pause = () => new Promise((resolve) => setTimeout(resolve, composer.undoGroupMs ?? 0));

      await clickWhenThere(page, editor);
      await page.keyboard.type('Love #socialmedia today');
      await expectModel('Love #socialmedia today', 'the typing');

      // A replacement inside a line.
      await coachShows(page, 'accessibility');
      await clickWhenSettled(page, 'social-coach >>> [data-category="accessibility"] button.sc-suggestion');
      await expectModel('Love #SocialMedia today', 'the tag replaced inside the line', 17);
      await page.keyboard.type('!');
      const typed = 'Love #SocialMedia! today';
      await expectModel(typed, 'typing right after the replacement', 18);

      // A question in a new paragraph at the end, and one undo takes all of it back.
      await coachShows(page, 'call-to-action');
      const ask = 'social-coach >>> [data-rule="call-to-action"] button.sc-suggestion';
      const question = (await page.$eval(ask, (button) => button.textContent)) ?? '';
      await pause();
      await clickWhenSettled(page, ask);
      if (NEW_PARAGRAPH_REFUSED.has(site)) {
        // Known gap: refused, with the draft as it was, the page showing the model, and the copy offered.
        const note = await until(() => page.$('social-coach >>> [data-testid="edit-refused"]'), 'the refused note', 5_000);
        expect(await note.$$eval('button', (buttons) => buttons.map((button) => button.textContent))).toEqual(['Copy the suggestion', 'OK']);
        await expectModel(typed, 'the draft untouched by the refused question');
        await clickWhenThere(page, 'social-coach >>> [data-testid="edit-refused"] ::-p-text(OK)');
        await clickWhenThere(page, editor);
        await chord(page, 'End');
        // The closing block tags twice: the sentence's own #SocialMedia is a word, which no closing tag repeats.
        await page.keyboard.type(' #SocialMedia #SocialMedia');
        const tagged = `${typed} #SocialMedia`;
        const repeated = `${tagged} #SocialMedia`;
        await expectModel(repeated, 'the repeated tag typed', repeated.length);
        await pause();
        await clickWhenSettled(page, 'social-coach >>> ::-p-text(Remove the repeated #SocialMedia)');
        await expectModel(tagged, 'the repeated tag removed', tagged.length);
        await chord(page, 'z');
        await expectModel(repeated, 'one undo bringing the tag back');
        await chord(page, 'End');
        await page.keyboard.type('!');
        await expectModel(`${repeated}!`, 'typing on at the end', repeated.length + 1);
        expect(errors).toEqual([]);
        expect(unexpectedRequests).toEqual([]);
        return;
      }
      const asked = `${typed}\n\n${question}`;
      await expectModel(asked, 'the question in a new paragraph', asked.length);
      // Draft.js took the question as its own Enter keys and text: one undo step each, the page showing the model at each.
      for (let step = 1; step < (site === 'x' ? 3 : 1); step += 1) {
        await chord(page, 'z');
        await until(async () => (await state()).model !== asked, 'an undo step', 5_000);
        const between = await state();
        expect(between.shown, 'between undo steps: the page shows the model').toBe(between.model);
      }
      await chord(page, 'z');
      await expectModel(typed, site === 'x' ? 'the third undo taking the question back' : 'one undo taking the question back');
      await chord(page, 'End');
      await page.keyboard.type(' ok');
      await page.keyboard.press('Enter');
      const openLine = `${typed} ok\n`;
      await expectModel(openLine, 'typing on after the undo', openLine.length);

      // After an empty last line the question goes right below it.
      await clickWhenSettled(page, ask);
      const appended = `${openLine}\n${question}`;
      await expectModel(appended, 'the question appended after the empty last line', appended.length);
      await page.keyboard.type(' Thanks');
      const thanked = `${appended} Thanks`;
      await expectModel(thanked, 'typing right after the appended question', thanked.length);

      // A repeated tag removed with the space before it, caret where it was; one undo brings it back.
      await page.keyboard.type(' #SocialMedia #SocialMedia');
      const tagged = `${thanked} #SocialMedia`;
      const repeated = `${tagged} #SocialMedia`;
      await expectModel(repeated, 'the repeated tag typed', repeated.length);
      await pause();
      await clickWhenSettled(page, 'social-coach >>> ::-p-text(Remove the repeated #SocialMedia)');
      await expectModel(tagged, 'the repeated tag removed', tagged.length);
      await chord(page, 'z');
      await expectModel(repeated, 'one undo bringing the tag back');
      await chord(page, 'End');
      await page.keyboard.type('!');
      await expectModel(`${repeated}!`, 'typing on at the end', repeated.length + 1);
      expect(await page.$('social-coach >>> [data-testid="edit-refused"]')).toBeNull();

      expect(errors).toEqual([]);
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
}
