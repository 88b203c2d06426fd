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
      // Firefox hands a synthetic paste to the page without its data: the editor did nothing. Then the text goes in
      // as the editor's own input instead (firefoxInput).
      if (readDraft(editor) === was) await firefoxInput(family, editor, start, end, text, win);
    }
  } else {
    doc.execCommand(text === '' ? 'delete' : 'insertText', false, text);
  }
  await rendered();
  return true;
}

/**
 * Firefox's routes into Draft.js and Lexical, where a synthetic paste arrives empty.
 *
 * Lexical: one `beforeinput` of type insertReplacementText carrying the text in a DataTransfer, which Lexical inserts
 * as it inserts a paste (newlines make paragraphs) in one update, so one Ctrl+Z undoes the whole suggestion. The event
 * and its DataTransfer are made in the page's realm (`wrappedJSObject`, Firefox's content-script view of the page):
 * made in the content script's, the page sees no data. If that did nothing, each line by execCommand and each
 * newline as an Enter key (one undo step each).
 *
 * Draft.js: each newline as an Enter key (Draft splits the block in its model and renders it), text into an empty
 * block as a `textInput` event (React's beforeinput in Firefox, which Draft inserts into its model and renders, caret
 * after it), text into a block that has some by execCommand (its input event, which Draft reads back within a
 * block). execCommand into an empty block is what failed before: Firefox types beside Draft's own text node, so the
 * page showed a letter twice that the model had once, and the model's caret stayed at 0.
 */
async function firefoxInput(family: EditorFamily, editor: HTMLElement, start: number, end: number, text: string, win: Win): Promise<void> {
  if (!selectRange(editor, start, end, win)) return;
  if (family === 'lexical') {
    const was = readDraft(editor);
    insertReplacement(editor, text, win);
    await rendered();
    if (readDraft(editor) === was && selectRange(editor, start, end, win)) await typeLines(editor, text, win);
    return;
  }
  const doc = editor.ownerDocument;
  // A range over a block break, or one that would empty a block, goes first by a Backspace, which Draft takes in its
  // model; Firefox's own editing across blocks (or into a block it empties) is what Draft cannot read back.
  const before = readDraft(editor);
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = before.indexOf('\n', end) === -1 ? before.length : before.indexOf('\n', end);
  if (start !== end && (before.slice(start, end).includes('\n') || (start === lineStart && end === lineEnd))) {
    pressKey(editor, BACKSPACE, win);
    await rendered();
    if (readDraft(editor) !== before.slice(0, start) + before.slice(end)) return;
  }
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) {
      pressKey(editor, ENTER, win);
      await rendered();
    }
    if (line === '') continue;
    if (caretBlockIsEmpty(editor)) textInput(editor, line, win);
    else doc.execCommand('insertText', false, line);
    await rendered();
  }
}

/** The page's own realm in a Firefox content script (events and data made there reach the page whole); else `win`. */
function pageRealm(win: Win): Win {
  return (win as Win & { wrappedJSObject?: Win }).wrappedJSObject ?? win;
}

function insertReplacement(editor: HTMLElement, text: string, win: Win): void {
  const page = pageRealm(win);
  const data = new page.DataTransfer();
  data.setData('text/plain', text);
  const init = new page.Object() as InputEventInit & Record<string, unknown>;
  Object.assign(init, { inputType: 'insertReplacementText', bubbles: true, cancelable: true, composed: true });
  init.dataTransfer = data;
  editor.dispatchEvent(new page.InputEvent('beforeinput', init));
}

/** React's beforeinput in Firefox is built from the legacy `textInput` event, which carries the text. */
function textInput(editor: HTMLElement, text: string, win: Win): void {
  let event: Event & { initTextEvent?(type: string, bubbles: boolean, cancelable: boolean, view: Window, data: string): void };
  try {
    event = editor.ownerDocument.createEvent('TextEvent');
  } catch {
    return; // no TextEvent: nothing goes in, and the read-back refuses the edit
  }
  if (!event.initTextEvent) return;
  event.initTextEvent('textInput', true, true, win, text);
  editor.dispatchEvent(event);
}

/** Whether the caret sits in an empty Draft.js block (one that renders only a <br>). */
function caretBlockIsEmpty(editor: HTMLElement): boolean {
  const root = editor.getRootNode() as Document | ShadowRoot;
  const selection = (root as Document).getSelection?.() ?? editor.ownerDocument.getSelection();
  const node = selection?.anchorNode;
  if (!node) return false;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const block = element?.closest('[data-block="true"]');
  return !!block && editor.contains(block) && (block.textContent ?? '') === '';
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
