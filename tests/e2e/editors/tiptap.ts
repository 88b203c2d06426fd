/**
 * Bluesky's composer: TipTap 2 (ProseMirror) with the starter kit and a placeholder, as bsky.app runs it.
 * `mountTipTap(slot, placeholder)` renders the editor into `slot` and returns its contenteditable.
 */
import { Editor } from '@tiptap/core';
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import type { Node as PmNode } from '@tiptap/pm/model';
import { registerModel } from './model';

const leafText = (leaf: PmNode) => (leaf.type.name === 'hardBreak' ? '\n' : '');

/** Bluesky's serialiser: one line per paragraph, a hard break is "\n" (editorJsonToText). */
function modelText(doc: PmNode): string {
  const lines: string[] = [];
  doc.forEach((block) => lines.push(block.textBetween(0, block.content.size, '\n', leafText)));
  return lines.join('\n');
}

function offsetOf(doc: PmNode, pos: number): number {
  let total = 0;
  let result: number | null = null;
  doc.forEach((block, start) => {
    if (result !== null) return;
    const inner = start + 1;
    if (pos <= inner + block.content.size) result = total + block.textBetween(0, Math.max(0, pos - inner), '\n', leafText).length;
    else total += block.textBetween(0, block.content.size, '\n', leafText).length + 1;
  });
  return result ?? total;
}

function mountTipTap(slot: HTMLElement, placeholder: string): HTMLElement {
  const editor = new Editor({
    element: slot,
    extensions: [StarterKit, Placeholder.configure({ placeholder })],
    editorProps: {
      attributes: {
        translate: 'no',
        tabindex: '0',
        role: 'textbox',
        'aria-label': 'Rich-Text Editor',
        class: 'ProseMirror-light',
        style: 'font-size: 18px; line-height: 23px; min-height: 140px;',
      },
    },
  });
  const root = editor.view.dom as HTMLElement;
  registerModel(root, {
    text: () => modelText(editor.state.doc),
    selection: () => [offsetOf(editor.state.doc, editor.state.selection.from), offsetOf(editor.state.doc, editor.state.selection.to)],
  });
  return root;
}

Object.assign(window, { mountTipTap });
