/**
 * Random edit sequences for the property tests (Chromium: edit-property.spec.ts; Firefox:
 * tests/e2e-firefox/edit-property.spec.ts), driven through the product's edit path (lib/sites/apply-edit.ts, bundled
 * into the page by editors/apply.ts) against a real editor fixture. After every edit the editor's model holds exactly
 * the expected text with the caret right after the inserted text (or, if the edit was refused, the text as it was),
 * the model equals what the page shows (readDraft of the DOM), and the editor's own undo (Ctrl+Z) takes an applied
 * edit back to the model as it was.
 */
import { expect } from '@playwright/test';
import fc from 'fast-check';

export interface Edit {
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface EditorState {
  model: string;
  shown: string;
  selection: [number, number];
}

/** What a browser driver does in the page; `undo` presses Ctrl+Z. */
export interface EditDriver {
  state(): Promise<EditorState>;
  apply(edit: Edit): Promise<{ outcome: string; after: EditorState }>;
  undo(): Promise<void>;
}

export interface Tally {
  applied: number;
  refused: number;
  undone: number;
  refusedEdits: string[];
}

/** Where an edit lands, as fractions of the text it meets, what it puts there, and whether the user then undoes it. */
interface Step {
  at: number;
  span: number;
  to: string;
  undo: boolean;
}

const piece = fc.constantFrom('Love', ' ', 'today', '#SocialMedia', 'é', '👍', '?', 'a', '\n', '\n\n');
const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
const fraction = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);
const step: fc.Arbitrary<Step> = fc.record({ at: fraction(100), span: fraction(50), to: text(4), undo: fc.boolean() });

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

/** In the page: the edit path's result and the editor read right after, in one round trip. */
export async function applyInPage(el: Element, edit: Edit): Promise<{ outcome: string; after: EditorState }> {
  const page = window as unknown as {
    __applyEdit(el: Element, edit: Edit): Promise<string>;
    __model(el: Element): string;
    __readDraft(el: Element): string;
    __modelSelection(el: Element): [number, number];
  };
  const outcome = await page.__applyEdit(el, edit);
  return { outcome, after: { model: page.__model(el), shown: page.__readDraft(el), selection: page.__modelSelection(el) } };
}

/** In the page: the editor's model, what the page shows, and the model's selection. */
export function stateInPage(el: Element): EditorState {
  const page = window as unknown as { __model(el: Element): string; __readDraft(el: Element): string; __modelSelection(el: Element): [number, number] };
  return { model: page.__model(el), shown: page.__readDraft(el), selection: page.__modelSelection(el) };
}

/** Steps Date.now 5 s per call: a user pauses between actions, so editors that merge close changes into one undo step do not. */
export const PAUSING_CLOCK = 'let __now = Date.now(); Date.now = () => (__now += 5000);';

/** The editor's state once the model reads `model` (editors render undo in a later task), or as it is after 2 s. */
async function settled(driver: EditDriver, model: string): Promise<EditorState> {
  let state = await driver.state();
  for (let tries = 0; state.model !== model && tries < 40; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await driver.state();
  }
  return state;
}

/**
 * `runs` random sequences (fixed seed), each from a reset to a random text, then up to 8 edits, some undone.
 * `undoSteps`: how many Ctrl+Z an applied edit may take to be undone (each intermediate state must still be one the
 * page shows exactly); one where the edit went in as one input.
 */
export async function checkEditSequences(driver: EditDriver, runs: number, undoSteps: (edit: Edit) => number = () => 1, seed = 20261206): Promise<Tally> {
  const tally: Tally = { applied: 0, refused: 0, undone: 0, refusedEdits: [] };
  let state = await driver.state();
  await fc.assert(
    fc.asyncProperty(text(12), fc.array(step, { maxLength: 8 }), async (initial, steps) => {
      if (state.model !== initial) {
        const reset = await driver.apply({ start: 0, end: state.model.length, from: state.model, to: initial });
        const label = `reset ${JSON.stringify(state.model)} to ${JSON.stringify(initial)}: ${reset.outcome}`;
        expect(reset.after.model, label).toBe(reset.outcome === 'applied' ? initial : state.model);
        expect(reset.after.shown, `${label}: the page shows the model`).toBe(reset.after.model);
        if (reset.outcome === 'refused') tally.refusedEdits.push(label);
        state = reset.after;
      }
      for (const next of steps) {
        const before = state;
        expect(before.shown, 'the page shows the model').toBe(before.model);
        const edit = editAt(before.model, next);
        // A suggestion always changes something (apply-edit leaves the editor alone otherwise).
        if (edit.from === edit.to) continue;
        const { outcome, after } = await driver.apply(edit);
        state = after;
        const label = `${JSON.stringify(edit)} on ${JSON.stringify(before.model)}: ${outcome}`;
        expect(['applied', 'refused'], label).toContain(outcome);
        if (outcome === 'refused') tally.refusedEdits.push(label);
        tally[outcome as 'applied' | 'refused'] += 1;
        const expected = outcome === 'applied' ? before.model.slice(0, edit.start) + edit.to + before.model.slice(edit.end) : before.model;
        expect(after.model, label).toBe(expected);
        expect(after.shown, `${label}: the page shows the model`).toBe(after.model);
        if (outcome !== 'applied') continue;
        const caret = edit.start + edit.to.length;
        expect(after.selection, `${label}: the caret right after the inserted text`).toEqual([caret, caret]);
        if (!next.undo) continue;
        const steps = undoSteps(edit);
        for (let undone = 1; undone <= steps; undone += 1) {
          await driver.undo();
          state = await settled(driver, before.model);
          expect(state.shown, `${label}, then undo ×${undone}: the page shows the model`).toBe(state.model);
          if (state.model === before.model) break;
        }
        expect(state.model, `${label}, then undo (at most ×${steps})`).toBe(before.model);
        tally.undone += 1;
      }
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return tally;
}
