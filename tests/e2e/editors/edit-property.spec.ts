/**
 * Random edit sequences through the product's edit path against each real editor fixture in Chromium
 * (edit-sequences.ts says what is checked after every edit and undo).
 *
 * The pages are served at an origin the extension does not run on, with the edit path bundled in (editors/apply.ts),
 * so only the edits under test touch the editors.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, readFixture, serveHtml, test } from '../harness';
import { SITE_COMPOSERS } from '../sites/composers';
import { editorBundle } from './bundle';
import { applyInPage, checkEditSequences, PAUSING_CLOCK, stateInPage, type EditDriver } from './edit-sequences';

const EDITORS = [
  { site: 'x', family: 'Draft.js' },
  { site: 'linkedin', family: 'Quill 2 (shadow root)' },
  { site: 'facebook', family: 'Lexical' },
  { site: 'bluesky', family: 'TipTap 2 / ProseMirror' },
  { site: 'mastodon', family: 'React textarea' },
] as const;

// 5 editors × 50 runs × (a reset and up to 8 edits): about 200 edits per editor.
const RUNS = 50;

async function openEditor(page: Page, site: string): Promise<Locator> {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;
  const path = new URL(composer.url).pathname;
  await serveHtml(page.context(), /^https:\/\/uncoached\.example\//, readFixture(`sites/${composer.fixture}`));
  await page.addInitScript(PAUSING_CLOCK);
  await page.goto(`https://uncoached.example${path}`);
  await page.addScriptTag({ content: editorBundle('apply') });
  for (const click of composer.open) await page.locator(click).click();
  const editor = page.locator(composer.editor);
  await editor.click();
  return editor;
}

for (const { site, family } of EDITORS) {
  test(`${family} (${site}): random edits are taken exactly or refused untouched, and undo restores the model`, async ({ context }) => {
    test.setTimeout(120_000);
    const page = await context.newPage();
    const editor = await openEditor(page, site);
    const driver: EditDriver = {
      state: () => editor.evaluate(stateInPage),
      apply: (edit) => editor.evaluate(applyInPage, edit),
      undo: () => page.keyboard.press('ControlOrMeta+z'),
    };
    const tally = await checkEditSequences(driver, RUNS);
    console.log(`${family} (${site}): ${tally.applied} applied, ${tally.refused} refused, ${tally.undone} undone\n${tally.refusedEdits.join('\n')}`);
    expect(tally.applied).toBeGreaterThan(RUNS);
  });
}
