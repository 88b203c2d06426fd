/**
 * Applying a suggestion through each editor's own input path, then checking the editor took it. Editors with a
 * model of their own (Draft.js, Lexical) ignore or undo DOM changes they did not make, and Chromium's
 * execCommand('insertText') with newlines splits paragraphs in the DOM without telling them, so each family gets the
 * route its model accepts. The draft is read back afterwards; an edit the editor did not take exactly is undone.
 */
import { isTextArea, readDraft } from './read-draft';
import { selectRange } from './selection';
import type { TextEdit } from './types';

type Win = Window & typeof globalThis;

export type EditorFamily = 'textarea' | 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'contenteditable';

/** 'applied': the draft now reads as expected; 'stale': the text moved on; 'refused': the editor did not take it. */
export type EditOutcome = 'applied' | 'stale' | 'refused';

export function editorFamily(editor: HTMLElement): EditorFamily {
  if (isTextArea(editor)) return 'textarea';
  if (editor.classList.contains('public-DraftEditor-content') || editor.querySelector('[data-contents="true"]')) return 'draft';
  if (editor.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  if (editor.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

/** Replaces `edit.from` at [start, end) by `edit.to` and checks the editor took it; never leaves a half edit. */
export async function applyEdit(editor: HTMLElement, edit: TextEdit, win: Win): Promise<EditOutcome> {
  const before = readDraft(editor);
  if (before.slice(edit.start, edit.end) !== edit.from) return 'stale';
  // Nothing to change: the editor is left alone (a Backspace over an empty selection would delete a character).
  if (edit.to === edit.from) return 'applied';
  const expected = before.slice(0, edit.start) + edit.to + before.slice(edit.end);
  const family = editorFamily(editor);
  if (!(await replaceRange(family, editor, edit.start, edit.end, edit.to, () => readDraft(editor) === before, win))) return 'stale';
  if (readDraft(editor) === expected) return 'applied';
  await restore(family, editor, expected, before, win);
  return 'refused';
}

/** Puts the text back as it was, by the same route, replacing only what differs. */
async function restore(family: EditorFamily, editor: HTMLElement, expected: string, before: string, win: Win): Promise<void> {
  const now = readDraft(editor);
  if (now === before) return;
  const { start, endBefore, endNow } = differingSpan(before, now);
  await replaceRange(family, editor, start, endNow, before.slice(start, endBefore), () => readDraft(editor) === now, win);
}

/** The span where two texts differ: a common prefix and a common suffix left out. */
export function differingSpan(before: string, now: string): { start: number; endBefore: number; endNow: number } {
  let start = 0;
  const shorter = Math.min(before.length, now.length);
  while (start < shorter && before[start] === now[start]) start += 1;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === now[now.length - 1 - tail]) tail += 1;
  return { start, endBefore: before.length - tail, endNow: now.length - tail };
}

/**
 * Selects [start, end) and replaces it by `text` through the family's route; false when nothing was done because the
 * range could not be selected or `unchanged` failed after waiting for the editor to see the selection (the user
 * typed meanwhile). Resolves once the editor has rendered: in the same task, so no key press can come in between.
 */
async function replaceRange(
  family: EditorFamily,
  editor: HTMLElement,
  start: number,
  end: number,
  text: string,
  unchanged: () => boolean,
  win: Win,
): Promise<boolean> {
  if (!selectRange(editor, start, end, win)) return false;
  const doc = editor.ownerDocument;
  if (family === 'textarea') {
    // execCommand keeps the textarea's own undo history (Ctrl+Z brings the old text back); React sees the input event.
    if (!doc.execCommand(text === '' ? 'delete' : 'insertText', false, text)) setTextAreaValue(editor as HTMLTextAreaElement, start, end, text, win);
  } else if (family === 'draft' || family === 'lexical') {
    // These models follow the DOM selection on selectionchange, a task after it moved; then they take a paste.
    await selectionNoticed(doc, win);
    if (!unchanged()) return false;
    if (text === '') pressKey(editor, BACKSPACE, win);
    else {
      const was = readDraft(editor);
      paste(editor, text, win);
      await rendered();
      // Firefox hands a content script's synthetic paste to the page without its data: the editor did nothing.
      // Then the text goes in as the editor's own input: each line by execCommand (its input event, which these
      // editors read back within a block), and for Lexical each newline as an Enter key, on which it makes the new
      // block itself. Not for Draft.js: Firefox types into the new empty block beside Draft's own text node, so the
      // page would show a letter twice that the model has once; there a new paragraph is refused and offered to copy.
      const typeable = family === 'lexical' || !text.includes('\n');
      if (readDraft(editor) === was && typeable && selectRange(editor, start, end, win)) await typeLines(editor, text, win);
    }
  } else {
    doc.execCommand(text === '' ? 'delete' : 'insertText', false, text);
  }
  await rendered();
  return true;
}

function paste(editor: HTMLElement, text: string, win: Win): void {
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

interface Key {
  key: string;
  keyCode: number;
  inputType: string;
}

const BACKSPACE: Key = { key: 'Backspace', keyCode: 8, inputType: 'deleteContentBackward' };
const ENTER: Key = { key: 'Enter', keyCode: 13, inputType: 'insertParagraph' };

/**
 * A key the editor handles itself, in its own key handling and undo history: Backspace over a selection removes it,
 * Enter splits the block. Editors that leave keydown alone get the beforeinput the browser would send.
 */
function pressKey(editor: HTMLElement, { key, keyCode, inputType }: Key, win: Win): void {
  const init = { key, code: key, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true };
  const down = new win.KeyboardEvent('keydown', init);
  editor.dispatchEvent(down);
  if (!down.defaultPrevented) editor.dispatchEvent(new win.InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }));
  editor.dispatchEvent(new win.KeyboardEvent('keyup', init));
}

/** Replaces the selection by `text`: lines through execCommand, newlines as Enter keys, each rendered before the next. */
async function typeLines(editor: HTMLElement, text: string, win: Win): Promise<void> {
  const doc = editor.ownerDocument;
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) {
      pressKey(editor, ENTER, win);
      await rendered();
    }
    if (line !== '') {
      doc.execCommand('insertText', false, line);
      await rendered();
    }
  }
}

function setTextAreaValue(editor: HTMLTextAreaElement, start: number, end: number, text: string, win: Win): void {
  // The prototype's setter bypasses React's instance-level value tracker, so React sees the input event as real.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(editor), 'value')?.set;
  if (!setter) return;
  setter.call(editor, editor.value.slice(0, start) + text + editor.value.slice(end));
  editor.setSelectionRange(start + text.length, start + text.length);
  editor.dispatchEvent(new win.Event('input', { bubbles: true }));
}

function selectionNoticed(doc: Document, win: Win): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      // Other listeners of the same event (the editor's) run after this one: wait for the next task.
      win.setTimeout(resolve, 0);
    };
    const timer = win.setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Editors render their model at the end of the event (React) or in a microtask queued during it (Lexical, mutation
 * observers), so these microtasks run after them; a task would let the user's next key in before the check.
 */
async function rendered(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
}
