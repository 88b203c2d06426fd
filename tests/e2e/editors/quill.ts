/**
 * LinkedIn's share box: Quill 2, inside `#interop-outlet`'s open shadow root as linkedin.com runs it.
 * `mountQuill(container, attributes)` turns `container` (a `.ql-container`) into an editor and returns its
 * `.ql-editor`, with LinkedIn's attributes on it.
 */
import Quill from 'quill';
import { registerModel } from './model';

/**
 * Quill 2 reads the selection and focus from `document`, which in Chromium stop at a shadow host; LinkedIn runs it in
 * a shadow root all the same, so the page must bridge it as here (typing otherwise lands at the wrong place). Only
 * the page's world sees this: the extension's isolated world keeps the browser's own document.getSelection.
 */
function bridgeShadowSelection(): void {
  const documentSelection = document.getSelection.bind(document);
  document.getSelection = () => {
    const host = document.activeElement as (Element & { shadowRoot: (ShadowRoot & { getSelection?(): Selection | null }) | null }) | null;
    return host?.shadowRoot?.getSelection?.() ?? documentSelection();
  };
}
bridgeShadowSelection();

function mountQuill(container: HTMLElement, attributes: Record<string, string>): HTMLElement {
  const placeholder = attributes['data-placeholder'] ?? '';
  const quill = new Quill(container, { placeholder, formats: ['bold', 'italic', 'link'] });
  const root = quill.root;
  const selectionModule = (quill as unknown as { selection: { hasFocus(): boolean } }).selection;
  selectionModule.hasFocus = () => {
    const active = (root.getRootNode() as ShadowRoot).activeElement;
    return active === root || (active !== null && root.contains(active));
  };
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  const shadow = root.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  registerModel(root, {
    text: () => quill.getText().replace(/\n$/, ''),
    // Quill's own selection does not see into a shadow root; its blots give the model index of the DOM selection.
    selection() {
      const selection = shadow.getSelection?.() ?? getSelection();
      if (!selection?.anchorNode || !root.contains(selection.anchorNode)) return [0, 0];
      const indexOf = (node: Node, offset: number) => {
        const blot = Quill.find(node, true) as { length(): number } | null;
        if (!blot || blot === (quill as unknown as { scroll: unknown }).scroll) return 0;
        const start = quill.getIndex(blot as never);
        return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? blot.length() - 1 : 0);
      };
      const a = indexOf(selection.anchorNode, selection.anchorOffset);
      const b = selection.focusNode ? indexOf(selection.focusNode, selection.focusOffset) : a;
      return [Math.min(a, b), Math.max(a, b)];
    },
  });
  return root;
}

Object.assign(window, { mountQuill });
