/**
 * Selecting and replacing draft text on the user's explicit request. Edits go only through the editor's own input
 * path (execCommand, or the native value setter + input event), so the site's editor state stays consistent.
 */
import { mapDraft, positionAt } from './draft-map';
import { isTextArea, readDraft } from './read-draft';
import type { TextEdit } from './types';

type Win = Window & typeof globalThis;

/** Selects [start, end) of readDraft's text in the editor; false when the range is out of bounds. */
export function selectRange(editor: HTMLElement, start: number, end: number, win: Win): boolean {
  if (start < 0 || end < start) return false;
  editor.focus({ preventScroll: true });
  if (isTextArea(editor)) {
    if (end > editor.value.length) return false;
    editor.setSelectionRange(start, end);
    return true;
  }
  const map = mapDraft(editor);
  if (end > map.text.length) return false;
  const from = positionAt(map, start, 'start');
  const to = positionAt(map, end, 'end');
  const selection = selectionFor(editor, win);
  if (!from || !to || !selection) return false;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}

/** Replaces `edit.from` at [start, end) by `edit.to`; false (and no change) when the draft moved on. */
export function applyEdit(editor: HTMLElement, edit: TextEdit, win: Win): boolean {
  const text = readDraft(editor);
  if (text.slice(edit.start, edit.end) !== edit.from) return false;
  if (isTextArea(editor)) return setTextAreaValue(editor, text.slice(0, edit.start) + edit.to + text.slice(edit.end), edit.start + edit.to.length, win);
  if (!selectRange(editor, edit.start, edit.end, win)) return false;
  return editor.ownerDocument.execCommand('insertText', false, edit.to);
}

/** The prototype's setter bypasses React's instance-level value tracker, so React sees the input event as real. */
function setTextAreaValue(editor: HTMLTextAreaElement, value: string, caret: number, win: Win): boolean {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(editor), 'value')?.set;
  if (!setter) return false;
  editor.focus({ preventScroll: true });
  setter.call(editor, value);
  editor.setSelectionRange(caret, caret);
  editor.dispatchEvent(new win.Event('input', { bubbles: true }));
  return true;
}

/** Shadow roots (LinkedIn) have their own selection in Chromium; elsewhere the window's. */
function selectionFor(editor: HTMLElement, win: Win): Selection | null {
  const root = editor.getRootNode() as Partial<{ getSelection(): Selection | null }>;
  return root.getSelection?.() ?? win.getSelection();
}
