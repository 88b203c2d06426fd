/** The listeners and observers on one tracked editor: everything the tracker needs to notice, nothing more. */
import { isTextArea } from './read-draft';
import type { SiteAdapter } from './types';

export interface EditorWatchOptions {
  doc: Document;
  win: Window & typeof globalThis;
  adapter: SiteAdapter;
  /** The text may have changed, or the editor may be gone: re-read it. */
  onDirty: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * Starts watching `editor`; returns the function that stops it. Every call into the extension costs the page
 * tens of microseconds, so each keystroke wakes exactly one watcher: a contenteditable's text is its DOM (the
 * observer sees typing, paste and the site's own edits alike), a textarea's value is not (its input event does).
 */
export function watchEditor(editor: HTMLElement, { doc, win, adapter, onDirty, onKeyDown }: EditorWatchOptions): () => void {
  const isTextField = isTextArea(editor);
  if (isTextField) editor.addEventListener('input', onDirty);
  // Capture phase on the editor's document or shadow root: ahead of the editor's own keydown handlers, which may
  // send and clear the draft before a listener on the editor itself gets to read it.
  const root = editor.getRootNode();
  const onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Enter' && event.composedPath().includes(editor)) onKeyDown(event as KeyboardEvent);
  };
  root.addEventListener('keydown', onKey, true);
  const textObserver = new win.MutationObserver(onDirty);
  if (!isTextField) textObserver.observe(editor, { childList: true, subtree: true, characterData: true });
  // Removal shows only on an ancestor: the page and the shadow roots composers live in. O(1) per batch.
  const removalObserver = new win.MutationObserver(() => {
    if (!editor.isConnected) onDirty();
  });
  const scopes = new Set<Node>([doc.body, ...adapter.shadowRoots(doc), ...(root === doc ? [] : [root])]);
  for (const scope of scopes) removalObserver.observe(scope, { childList: true, subtree: true });
  return () => {
    editor.removeEventListener('input', onDirty);
    root.removeEventListener('keydown', onKey, true);
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
