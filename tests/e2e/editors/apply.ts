/** The product's edit path (lib/sites/apply-edit.ts) in the page, for the property test to drive directly. */
import { applyEdit } from '../../../lib/sites/apply-edit';
import { readDraft } from '../../../lib/sites/read-draft';
import type { TextEdit } from '../../../lib/sites/types';

Object.assign(window, {
  __applyEdit: (editor: HTMLElement, edit: TextEdit) => applyEdit(editor, edit, window),
  __readDraft: (editor: HTMLElement) => readDraft(editor),
});
