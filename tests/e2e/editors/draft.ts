/**
 * X's composer: Draft.js 0.11.7 on React 18, as x.com runs it. `mountDraftEditor(slot, options)` renders one editor
 * into `slot` and returns its contenteditable; `clearDraftEditor(el)` empties it as X does after posting.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { registerModel, seedRandom } from './model';

seedRandom();

interface DraftOptions {
  testid: string;
  label: string;
  placeholder: string;
}

interface Handle {
  get(): EditorStateLike;
  set(state: EditorStateLike): void;
}

// draft-js ships no types; the few calls used here.
interface EditorStateLike {
  getCurrentContent(): { getPlainText(delimiter: string): string; getBlocksAsArray(): { getKey(): string; getLength(): number }[] };
  getSelection(): { getStartKey(): string; getStartOffset(): number; getEndKey(): string; getEndOffset(): number };
}

const handles = new WeakMap<Element, Handle>();

function DraftComposer({ options, expose }: { options: DraftOptions; expose: (handle: Handle) => void }) {
  const [state, setState] = useState(() => EditorState.createEmpty() as EditorStateLike);
  expose({ get: () => state, set: setState });
  return createElement(Editor, {
    editorState: state,
    onChange: setState,
    placeholder: options.placeholder,
    ariaLabel: options.label,
    ariaMultiline: true,
    webDriverTestID: options.testid,
    spellCheck: true,
  });
}

function offsetOf(state: EditorStateLike, key: string, offset: number): number {
  let total = 0;
  for (const block of state.getCurrentContent().getBlocksAsArray()) {
    if (block.getKey() === key) return total + offset;
    total += block.getLength() + 1;
  }
  return total;
}

function mountDraftEditor(slot: HTMLElement, options: DraftOptions): HTMLElement {
  let handle: Handle | null = null;
  const root = createRoot(slot);
  flushSync(() => root.render(createElement(DraftComposer, { options, expose: (h: Handle) => (handle = h) })));
  const editor = slot.querySelector<HTMLElement>('[contenteditable]')!;
  const current = () => handle!;
  handles.set(editor, { get: () => current().get(), set: (state) => current().set(state) });
  registerModel(editor, {
    text: () => current().get().getCurrentContent().getPlainText('\n'),
    selection() {
      const state = current().get();
      const selection = state.getSelection();
      return [offsetOf(state, selection.getStartKey(), selection.getStartOffset()), offsetOf(state, selection.getEndKey(), selection.getEndOffset())];
    },
  });
  return editor;
}

function clearDraftEditor(editor: HTMLElement): void {
  flushSync(() => handles.get(editor)?.set(EditorState.createEmpty()));
}

Object.assign(window, { mountDraftEditor, clearDraftEditor });
