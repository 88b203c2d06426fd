/**
 * Maps character offsets of readDraft's text back to DOM positions. It walks the editor exactly as read-draft.ts
 * does, recording where each text node and each line starts; a unit test checks both agree on the text.
 */
import { endsWithBreak, isBlock } from './read-draft';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A DOM position; `length` > 0 only for text nodes, which cover [offset, offset + length]. */
interface Anchor {
  offset: number;
  node: Node;
  nodeOffset: number;
  length: number;
}

export interface DraftMap {
  text: string;
  anchors: Anchor[];
}

export interface DomPosition {
  node: Node;
  offset: number;
}

export function mapDraft(editor: HTMLElement): DraftMap {
  const anchors: Anchor[] = [];
  let text = '';
  const lineStart = (root: Node): void => {
    if (text.length > 0 || anchors.length > 0) text += '\n';
    anchors.push({ offset: text.length, node: root, nodeOffset: 0, length: 0 });
  };
  const addText = (node: Node): void => {
    const value = node.nodeValue ?? '';
    anchors.push({ offset: text.length, node, nodeOffset: 0, length: value.length });
    text += value;
  };
  const draftBlocks = editor.querySelectorAll('[data-block="true"]');
  if (draftBlocks.length > 0) {
    for (const block of Array.from(draftBlocks)) {
      lineStart(block);
      eachTextNode(block, addText);
    }
    return { text, anchors };
  }
  for (const line of lineRoots(editor)) {
    lineStart(line);
    const trailing = endsWithBreak(line) ? lastDescendant(line) : null;
    walkInline(line, addText, (br) => {
      if (br === trailing || !br.parentNode) return;
      text += '\n';
      const index = Array.prototype.indexOf.call(br.parentNode.childNodes, br) + 1;
      anchors.push({ offset: text.length, node: br.parentNode, nodeOffset: index, length: 0 });
    });
  }
  return { text, anchors };
}

/** The DOM position of `offset`; 'start' prefers the node that follows a boundary, 'end' the one before it. */
export function positionAt(map: DraftMap, offset: number, bias: 'start' | 'end'): DomPosition | null {
  let fallback: Anchor | undefined;
  let touching: Anchor | undefined;
  for (const a of map.anchors) {
    if (a.offset > offset) break;
    if (a.length === 0) {
      fallback = a;
      continue;
    }
    const end = a.offset + a.length;
    if (offset > end) continue;
    const inside = bias === 'start' ? offset < end : offset > a.offset;
    if (inside) return { node: a.node, offset: offset - a.offset };
    touching ??= a;
  }
  const best = touching ?? fallback;
  if (!best) return null;
  return { node: best.node, offset: best.length > 0 ? offset - best.offset : best.nodeOffset };
}

/** The elements read-draft.ts turns into one line each, in order. */
function lineRoots(el: Element): Element[] {
  const kids = Array.from(el.children);
  if (!kids.some(isBlock)) return [el];
  return kids.flatMap((k) => (isBlock(k) ? lineRoots(k) : [k]));
}

function walkInline(n: Node, onText: (t: Node) => void, onBreak: (br: Node) => void): void {
  for (const c of Array.from(n.childNodes)) {
    if (c.nodeType === TEXT_NODE) onText(c);
    else if (c.nodeName === 'BR') onBreak(c);
    else if (c.nodeType === ELEMENT_NODE) walkInline(c, onText, onBreak);
  }
}

function eachTextNode(n: Node, onText: (t: Node) => void): void {
  for (const c of Array.from(n.childNodes)) {
    if (c.nodeType === TEXT_NODE) onText(c);
    else eachTextNode(c, onText);
  }
}

function lastDescendant(n: Node): Node | null {
  let last: Node | null = n.lastChild;
  while (last?.lastChild) last = last.lastChild;
  return last;
}
