/**
 * Reads a draft the way the sites themselves serialise it (composers.md §0.2): never bare innerText, which doubles
 * paragraph breaks, nor textContent, which loses them.
 */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** By tag name, not instanceof: an element from another realm (frame, isolated world) is still a textarea. */
export function isTextArea(editor: Element): editor is HTMLTextAreaElement {
  return editor.tagName === 'TEXTAREA';
}

export function readDraft(editor: HTMLElement): string {
  if (isTextArea(editor)) return editor.value;
  const draftBlocks = editor.querySelectorAll('[data-block="true"]'); // Draft.js (X)
  if (draftBlocks.length > 0) return Array.from(draftBlocks, (b) => b.textContent ?? '').join('\n');
  return blockLines(editor).join('\n'); // Lexical / ProseMirror / Quill
}

/** Elements that start a line of their own. */
export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName);
}

function blockLines(el: Element): string[] {
  const kids = Array.from(el.children);
  if (!kids.some(isBlock)) return [inlineText(el)]; // leaf block = one line
  return kids.flatMap((k) => (isBlock(k) ? blockLines(k) : [inlineText(k)]));
}

function inlineText(block: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === TEXT_NODE) out += c.nodeValue ?? '';
      else if (c.nodeName === 'BR') out += '\n';
      else if (c.nodeType === ELEMENT_NODE) walk(c);
    }
  };
  walk(block);
  return endsWithBreak(block) ? out.slice(0, -1) : out;
}

/** A <br> that ends a block adds no visible line: covers <p><br></p> and ProseMirror-trailingBreak. */
export function endsWithBreak(block: Node): boolean {
  let last: Node | null = block.lastChild;
  while (last?.lastChild) last = last.lastChild;
  return last?.nodeName === 'BR';
}
