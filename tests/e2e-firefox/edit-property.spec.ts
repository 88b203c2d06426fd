/**
 * The random edit sequences of the Chromium suite (tests/e2e/editors/edit-sequences.ts) in Firefox, against Draft.js
 * (X) and Lexical (Facebook): there a content script's synthetic paste comes without its data, so every edit goes in
 * as the editors' own input (lines by execCommand; newlines as Enter keys for Lexical, refused on Draft.js). Each
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

  // Known failure (issue #12): in Firefox, text put by execCommand into an empty Draft.js block (an empty draft) leaves
  // the model's caret at 0 instead of after it; and before new paragraphs were refused on Draft.js, typing into the
  // new block showed a letter twice that the model had once. Lexical passes.
  (site === 'x' ? test.fixme : test)(`${family} (${site}) in Firefox: random edits are taken exactly or refused untouched, and undo restores the model`, async ({ firefox }) => {
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
      // Each line and each newline went in as an input of its own, so each is its own undo step.
      const undoSteps = (edit: { to: string }) => Math.max(1, edit.to.split('\n').filter(Boolean).length + (edit.to.match(/\n/g)?.length ?? 0));
      const tally = await checkEditSequences(driver, RUNS, undoSteps);
      console.log(`Firefox, ${family} (${site}): ${tally.applied} applied, ${tally.refused} refused, ${tally.undone} undone\n${tally.refusedEdits.join('\n')}`);
      expect(tally.applied).toBeGreaterThan(RUNS);
    } finally {
      await page.close();
    }
  });
}
