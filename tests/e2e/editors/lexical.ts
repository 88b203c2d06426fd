/**
 * Facebook's, Instagram's and Threads' composers: Lexical with rich text and history, as Meta runs it. Every
 * `[data-lexical-editor="true"]` box the fixture page puts in the document becomes a Lexical editor (its first
 * paragraph's class is kept as the theme's); `clearLexicalEditor(el)` empties one as the sites do after posting.
 */
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  createEditor,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { registerModel } from './model';

const editors = new WeakMap<Element, LexicalEditor>();

/** One line per top-level block, "\n" between them (Lexical's own getTextContent puts two). */
function modelText(): string {
  return $getRoot()
    .getChildren()
    .map((block) => block.getTextContent())
    .join('\n');
}

/** A point's offset into modelText(). */
function offsetOf(point: PointType): number {
  let total = 0;
  const blocks = $getRoot().getChildren();
  if (point.key === 'root') return blocks.slice(0, point.offset).reduce((sum, block) => sum + block.getTextContentSize() + 1, 0);
  for (const block of blocks) {
    const found = offsetIn(block, point);
    if (found !== null) return total + found;
    total += block.getTextContentSize() + 1;
  }
  return total;
}

function offsetIn(node: LexicalNode, point: PointType): number | null {
  if (node.getKey() === point.key) {
    if (point.type === 'text' || !$isElementNode(node)) return point.offset;
    return node
      .getChildren()
      .slice(0, point.offset)
      .reduce((sum, child) => sum + child.getTextContentSize(), 0);
  }
  if (!$isElementNode(node)) return null;
  let inside = 0;
  for (const child of node.getChildren()) {
    const found = offsetIn(child, point);
    if (found !== null) return inside + found;
    inside += child.getTextContentSize();
  }
  return null;
}

function mountLexical(root: HTMLElement): void {
  if (editors.has(root)) return;
  const paragraph = root.querySelector('p')?.className ?? '';
  const editor = createEditor({
    namespace: 'fixture',
    theme: { paragraph },
    onError: (error) => {
      throw error;
    },
  });
  editors.set(root, editor);
  root.innerHTML = '';
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  clear(editor);
  registerModel(root, {
    text: () => editor.getEditorState().read(modelText),
    selection: () =>
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return [0, 0];
        const [a, b] = [offsetOf(selection.anchor), offsetOf(selection.focus)];
        return [Math.min(a, b), Math.max(a, b)];
      }),
  });
}

function clear(editor: LexicalEditor): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    },
    { discrete: true },
  );
}

function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-lexical-editor="true"]').forEach(mountLexical);
}

new MutationObserver(mountAll).observe(document, { childList: true, subtree: true });
document.addEventListener('DOMContentLoaded', mountAll);

Object.assign(window, {
  clearLexicalEditor(root: HTMLElement) {
    const editor = editors.get(root);
    if (editor) clear(editor);
  },
});
