/**
 * Random edit sequences through the product's edit path (lib/sites/apply-edit.ts) against each real editor
 * fixture: after every edit the editor's model holds exactly the expected text with the caret right after the
 * inserted text (or, if the edit was refused, the text as it was), the model equals what the page shows
 * (readDraft of the DOM), and the editor's own undo (Ctrl+Z) takes an applied edit back to the model as it was.
 *
 * The pages are served at an origin the extension does not run on, with the edit path bundled in (editors/apply.ts),
 * so only the edits under test touch the editors. Date.now steps 5 s per call in the page: a user pauses between
 * actions, and editors that merge changes close in time into one undo step (Quill, ProseMirror, Lexical) do not.
 */
import type { Locator, Page } from '@playwright/test';
import fc from 'fast-check';
import { expect, readFixture, serveHtml, test } from '../harness';
import { SITE_COMPOSERS } from '../sites/composers';
import { editorBundle } from './bundle';

interface Edit {
  start: number;
  end: number;
  from: string;
  to: string;
}

/** Where an edit lands, as fractions of the text it meets, what it puts there, and whether the user then undoes it. */
interface Step {
  at: number;
  span: number;
  to: string;
  undo: boolean;
}

const EDITORS = [
  { site: 'x', family: 'Draft.js' },
  { site: 'linkedin', family: 'Quill 2 (shadow root)' },
  { site: 'facebook', family: 'Lexical' },
  { site: 'bluesky', family: 'TipTap 2 / ProseMirror' },
  { site: 'mastodon', family: 'React textarea' },
] as const;

// 5 editors × 50 runs × (a reset and up to 8 edits): about 250 edits per editor.
const RUNS = 50;

const piece = fc.constantFrom('Love', ' ', 'today', '#SocialMedia', 'é', '👍', '?', 'a', '\n', '\n\n');
const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
const fraction = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);
const step: fc.Arbitrary<Step> = fc.record({
  at: fraction(100),
  span: fraction(50),
  to: text(4),
  undo: fc.boolean(),
});

/** The UTF-16 offsets between code points (an edit never splits an emoji's surrogate pair). */
function boundaries(value: string): number[] {
  const offsets = [0];
  for (const char of value) offsets.push(offsets[offsets.length - 1]! + char.length);
  return offsets;
}

function editAt(before: string, { at, span, to }: Step): Edit {
  const offsets = boundaries(before);
  const first = Math.min(offsets.length - 1, Math.floor(at * offsets.length));
  const last = Math.min(offsets.length - 1, first + Math.floor(span * offsets.length));
  const start = offsets[first]!;
  const end = offsets[last]!;
  return { start, end, from: before.slice(start, end), to };
}

interface EditorState {
  model: string;
  shown: string;
  selection: [number, number];
}

const stateOf = (editor: Locator): Promise<EditorState> =>
  editor.evaluate((el) => {
    const page = window as unknown as { __model(el: Element): string; __readDraft(el: Element): string; __modelSelection(el: Element): [number, number] };
    return { model: page.__model(el), shown: page.__readDraft(el), selection: page.__modelSelection(el) };
  });

/** Applies the edit through the product's path and reads the editor right after, in one round trip. */
const apply = (editor: Locator, edit: Edit): Promise<{ outcome: string; after: EditorState }> =>
  editor.evaluate(async (el, value) => {
    const page = window as unknown as {
      __applyEdit(el: Element, edit: Edit): Promise<string>;
      __model(el: Element): string;
      __readDraft(el: Element): string;
      __modelSelection(el: Element): [number, number];
    };
    const outcome = await page.__applyEdit(el, value);
    return { outcome, after: { model: page.__model(el), shown: page.__readDraft(el), selection: page.__modelSelection(el) } };
  }, edit);

/** The editor's state once the model reads `model` (editors render undo in a later task), or as it is after 2 s. */
async function settled(editor: Locator, model: string): Promise<EditorState> {
  let state = await stateOf(editor);
  for (let tries = 0; state.model !== model && tries < 40; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await stateOf(editor);
  }
  return state;
}

async function openEditor(page: Page, site: string): Promise<Locator> {
  const composer = SITE_COMPOSERS.find((candidate) => candidate.site === site)!;
  const path = new URL(composer.url).pathname;
  await serveHtml(page.context(), /^https:\/\/uncoached\.example\//, readFixture(`sites/${composer.fixture}`));
  await page.addInitScript(() => {
    let now = Date.now();
    Date.now = () => (now += 5000);
  });
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
    const tally: Record<string, number> = { applied: 0, refused: 0, undone: 0 };
    const refused: string[] = [];
    let state = await stateOf(editor);
    await fc.assert(
      fc.asyncProperty(text(12), fc.array(step, { maxLength: 8 }), async (initial, steps) => {
        if (state.model !== initial) {
          const reset = await apply(editor, { start: 0, end: state.model.length, from: state.model, to: initial });
          expect(reset.outcome, `reset to ${JSON.stringify(initial)}`).toBe('applied');
          state = reset.after;
        }
        for (const next of steps) {
          const before = state;
          expect(before.shown, 'the page shows the model').toBe(before.model);
          const edit = editAt(before.model, next);
          // A suggestion always changes something (apply-edit leaves the editor alone otherwise).
          if (edit.from === edit.to) continue;
          const { outcome, after } = await apply(editor, edit);
          state = after;
          const label = `${JSON.stringify(edit)} on ${JSON.stringify(before.model)}: ${outcome}`;
          expect(['applied', 'refused'], label).toContain(outcome);
          tally[outcome]! += 1;
          if (outcome === 'refused') refused.push(label);
          const expected = outcome === 'applied' ? before.model.slice(0, edit.start) + edit.to + before.model.slice(edit.end) : before.model;
          expect(after.model, label).toBe(expected);
          expect(after.shown, `${label}: the page shows the model`).toBe(after.model);
          if (outcome !== 'applied') continue;
          const caret = edit.start + edit.to.length;
          expect(after.selection, `${label}: the caret right after the inserted text`).toEqual([caret, caret]);
          if (!next.undo) continue;
          await page.keyboard.press('ControlOrMeta+z');
          state = await settled(editor, before.model);
          expect(state.model, `${label}, then undo`).toBe(before.model);
          expect(state.shown, `${label}, then undo: the page shows the model`).toBe(state.model);
          tally.undone! += 1;
        }
      }),
      { seed: 20261206, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`${family} (${site}): ${tally.applied} applied, ${tally.refused} refused, ${tally.undone} undone\n${refused.join('\n')}`);
    expect(tally.applied).toBeGreaterThan(RUNS);
  });
}
