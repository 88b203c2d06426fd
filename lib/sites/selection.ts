/** Selecting draft text on the user's explicit request (apply-edit.ts replaces it through the editor's input path). */
import { mapDraft, positionAt } from './draft-map';
import { isTextArea } from './read-draft';

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

/** Shadow roots (LinkedIn) have their own selection in Chromium; elsewhere the window's. */
function selectionFor(editor: HTMLElement, win: Win): Selection | null {
  const root = editor.getRootNode() as Partial<{ getSelection(): Selection | null }>;
  return root.getSelection?.() ?? win.getSelection();
}
