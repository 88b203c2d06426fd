/**
 * The random edit sequences of the Chromium suite (tests/e2e/editors/edit-sequences.ts) in Firefox, against Draft.js
 * (X) and Lexical (Facebook): there a synthetic paste comes without its data, so every edit goes in as the editors' own
 * input (Lexical: one beforeinput carrying the text; Draft.js: Enter keys, textInput into empty blocks, execCommand
 * into others). Each
 * edit is taken exactly, caret after it, or refused untouched; the model always equals the page; undo restores it.
 */
import { editorBundle } from '../e2e/editors/bundle';
import { applyInPage, checkEditSequences, PAUSING_CLOCK, stateInPage, type EditDriver } from '../e2e/editors/edit-sequences';
import { SITE_COMPOSERS } from '../e2e/sites/composers';
import { expect, test } from './harness';
import { clickWhenThere, readSiteFixture } from './pages';

const RUNS = 10;

for (const { site, family } of [
  { site: 'x', family: 'Draft.js' },
  { site: 'facebook', family: 'Lexical' },
]) {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;

  test(`${family} (${site}) in Firefox: random edits are taken exactly or refused untouched, and undo restores the model`, async ({ firefox }) => {
    test.setTimeout(150_000);
    // An origin the extension does not run on: only the edits under test touch the editor.
    const html = readSiteFixture(composer.fixture)
      .replace('<head>', `<head><script>${PAUSING_CLOCK}</script>`)
      .replace('</body>', `<script>${editorBundle('apply')}</script></body>`);
    const { page } = await firefox.openSite(`https://uncoached.example${new URL(composer.url).pathname}`, html);
    try {
      for (const opener of composer.open) await clickWhenThere(page, opener);
      await clickWhenThere(page, composer.editor);
      const driver: EditDriver = {
        state: () => page.$eval(composer.editor, stateInPage),
        apply: (edit) => page.$eval(composer.editor, applyInPage, edit),
        async undo() {
          await page.keyboard.down('Control');
          await page.keyboard.press('z');
          await page.keyboard.up('Control');
        },
      };
      // Lexical takes the whole edit in one beforeinput: one undo step. Draft.js takes each line and each newline as
      // an input of its own, and a range over a block break (or one emptying a block) as a Backspace first: each is
      // its own undo step (at most).
      const undoSteps = (edit: { from: string; to: string }) =>
        site === 'facebook'
          ? 1
          : Math.max(1, edit.to.split('\n').filter(Boolean).length + (edit.to.match(/\n/g)?.length ?? 0) + (edit.from === '' ? 0 : 1));
      const tally = await checkEditSequences(driver, RUNS, undoSteps);
      console.log(`Firefox, ${family} (${site}): ${tally.applied} applied, ${tally.refused} refused, ${tally.undone} undone\n${tally.refusedEdits.join('\n')}`);
      expect(tally.applied).toBeGreaterThan(RUNS);
    } finally {
      await page.close();
    }
  });
}
