/** The listeners and observers on one tracked editor: everything the tracker needs to notice, nothing more. */
import type { SiteAdapter } from './types';

export interface EditorWatchOptions {
  doc: Document;
  win: Window & typeof globalThis;
  adapter: SiteAdapter;
  /** The text may have changed, or the editor may be gone: re-read it. */
  onDirty: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

const REREAD_EVENTS = ['input', 'keyup', 'compositionend'] as const;

/** Starts watching `editor`; returns the function that stops it. */
export function watchEditor(editor: HTMLElement, { doc, win, adapter, onDirty, onKeyDown }: EditorWatchOptions): () => void {
  for (const type of REREAD_EVENTS) editor.addEventListener(type, onDirty);
  editor.addEventListener('keydown', onKeyDown);
  // React editors sometimes change without an input event (paste, autocomplete).
  const textObserver = new win.MutationObserver(onDirty);
  textObserver.observe(editor, { childList: true, subtree: true, characterData: true });
  // Removal shows only on an ancestor: the page and the shadow roots composers live in. O(1) per batch.
  const removalObserver = new win.MutationObserver(() => {
    if (!editor.isConnected) onDirty();
  });
  const root = editor.getRootNode();
  const scopes = new Set<Node>([doc.body, ...adapter.shadowRoots(doc), ...(root === doc ? [] : [root])]);
  for (const scope of scopes) removalObserver.observe(scope, { childList: true, subtree: true });
  return () => {
    for (const type of REREAD_EVENTS) editor.removeEventListener(type, onDirty);
    editor.removeEventListener('keydown', onKeyDown);
    textObserver.disconnect();
    removalObserver.disconnect();
  };
}

/** document.activeElement is a shadow host when focus sits inside its shadow root (LinkedIn): walk in. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
