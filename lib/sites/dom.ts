/** Small DOM helpers the site adapters share. */

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The editing host (outermost contenteditable) or textarea around `target`; Quill's hidden clipboard never counts. */
export function editableRoot(target: Element): HTMLElement | null {
  if (target.tagName === 'TEXTAREA') return target as HTMLTextAreaElement;
  let host = target.closest<HTMLElement>(EDITABLE);
  while (host?.parentElement?.closest(EDITABLE)) host = host.parentElement.closest<HTMLElement>(EDITABLE);
  if (!host || host.classList.contains('ql-clipboard')) return null;
  return host;
}

const HINT_ATTRIBUTES = ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder'];

/** Whether one of the box's hints (label, placeholder, its empty paragraph's placeholder) matches `pattern`. */
export function hintMatches(editor: Element, pattern: RegExp): boolean {
  const own = HINT_ATTRIBUTES.map((a) => editor.getAttribute(a));
  const para = editor.querySelector('[data-placeholder]')?.getAttribute('data-placeholder');
  return [...own, para].some((hint) => !!hint && pattern.test(hint));
}

/** The button (native or ARIA) `clicked` sits in. */
export function buttonOf(clicked: Element): Element | null {
  return clicked.closest('button, [role="button"], input[type="submit"]');
}

/** A button's visible name: aria-label first, else its trimmed text. */
export function buttonName(button: Element): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
}

/** Whether `button` lies in the same composer as `editor`: the nearest `scope` ancestor, else the editor's root. */
export function sameComposer(button: Element, editor: Element, scope: string): boolean {
  const container: Node = editor.closest(scope) ?? editor.getRootNode();
  return container.contains(button);
}

/** The page path the editor lives on (X status pages, Instagram /direct): sites route by path, not by markup. */
export function pathOf(editor: Element): string {
  return editor.ownerDocument.location?.pathname ?? '/';
}

/** The editors matching `editors` in `editor`'s nearest `scope` (a thread composer), in order; else just `editor`. */
export function threadOf(editor: HTMLElement, scope: string, editors: string): HTMLElement[] {
  const all = Array.from(editor.closest(scope)?.querySelectorAll<HTMLElement>(editors) ?? []);
  return all.includes(editor) ? all : [editor];
}
