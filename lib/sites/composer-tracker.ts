/**
 * Follows the composer the user writes in: the last focused one wins. Does nothing until a composer is focused; then
 * re-reads only that editor on its own input events and subtree mutations, and watches the page only for its removal.
 */
import { deepActiveElement, watchEditor } from './editor-watch';
import type { EarlyGesture } from './early-gestures';
import { createPublishWatch, sameButTrailingSpace } from './publish-watch';
import { readDraft } from './read-draft';
import type { PublishedDraft, SiteAdapter, TrackedDraft } from './types';
import type { DraftKind } from '../coach/types';

export interface TrackerOptions {
  doc: Document;
  win: Window & typeof globalThis;
  adapter: SiteAdapter;
  /** A composer was focused or its text changed; null when it went away. */
  onChange: (draft: TrackedDraft | null) => void;
  onPublish: (post: PublishedDraft) => void;
  /** Calls `reevaluate` on SPA navigation; defaults to the window's popstate. */
  subscribeNavigation?: (reevaluate: () => void) => () => void;
  /** How long after a publish gesture the composer may take to empty or close. */
  publishWindowMs?: number;
  /**
   * Whether a publish gesture came from the user. Default: the browser's own `isTrusted`, false for a page script's
   * `click()` or `dispatchEvent`, so a page can't make posts (and their counts and fingerprints) up. Tests of the
   * tracker in a DOM without real input replace it.
   */
  isTrusted?: (event: Event) => boolean;
  /** Publish gestures noted (trusted only) while the coach was loading, oldest first (early-gestures.ts). */
  earlyGestures?: EarlyGesture[];
  now?: () => number;
}

interface Tracked {
  editor: HTMLElement;
  kind: DraftKind;
  text: string;
  detach: () => void;
}

const ELEMENT_NODE = 1;

export function trackComposers(options: TrackerOptions): () => void {
  const { doc, win, adapter, onChange } = options;
  const byUser = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const kinds = new WeakMap<HTMLElement, DraftKind | null>();
  // Textareas emptied by the site's script change no DOM and fire no event: re-read while a publish is pending.
  const publish = createPublishWatch(win, options.publishWindowMs ?? 10_000, options.onPublish, () => queueRefresh());
  let current: Tracked | null = null;
  let refreshQueued = false;

  const emit = (c: Tracked): void => onChange({ editor: c.editor, platform: adapter.platform, kind: c.kind, text: c.text });

  // Classified while empty, then kept: some hints (Bluesky's reply placeholder) exist only while the box is empty,
  // and one box can change role between posts (Mastodon's single form becomes a reply).
  const kindOf = (editor: HTMLElement): DraftKind | null => {
    if (!kinds.has(editor) || readDraft(editor) === '') kinds.set(editor, adapter.classify(editor));
    return kinds.get(editor) ?? null;
  };

  const composerAt = (target: EventTarget | null | undefined): { editor: HTMLElement; kind: DraftKind } | null => {
    if (!target || (target as Node).nodeType !== ELEMENT_NODE) return null;
    const editor = adapter.findEditor(target as Element);
    if (editor && adapter.isPrivate?.(editor)) return null;
    const kind = editor && kindOf(editor);
    return editor && kind ? { editor, kind } : null;
  };

  const release = (): void => {
    current?.detach();
    current = null;
  };

  const lose = (): void => {
    if (!current) return;
    release();
    publish.composerGone();
    onChange(null);
  };

  // Turned into a private message: let go of it without counting anything as published.
  const leavePrivate = (): void => {
    publish.stop();
    release();
    onChange(null);
  };

  const refresh = (): void => {
    refreshQueued = false;
    if (!current) return;
    if (!current.editor.isConnected) return lose();
    if (adapter.isPrivate?.(current.editor)) return leavePrivate();
    const text = readDraft(current.editor);
    if (text === current.text) return;
    current.text = text;
    publish.textChanged(text);
    emit(current);
  };

  const queueRefresh = (): void => {
    if (refreshQueued) return;
    refreshQueued = true;
    queueMicrotask(refresh);
  };

  // A thread goes out as a whole: each of its editors is a post of its own.
  const armPublish = (): void => {
    if (!current) return;
    if (adapter.isPrivate?.(current.editor)) return leavePrivate();
    const { editor, kind } = current;
    const editors = adapter.threadEditors?.(editor) ?? [editor];
    const posts = editors.map((e) => ({ text: readDraft(e), kind, platform: adapter.platform }));
    publish.arm(posts, readDraft(editor));
  };

  const enterPublishes = (keys: Pick<KeyboardEvent, 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>, editor: HTMLElement, kind: DraftKind): boolean => {
    const plainEnter = !keys.shiftKey && !keys.altKey && !keys.ctrlKey && !keys.metaKey;
    return keys.ctrlKey || keys.metaKey || (plainEnter && adapter.enterPublishes?.(editor, kind) === true);
  };

  // Called in the capture phase, before the editor's own handlers: a site that sends and clears the box in its Enter
  // handler (Lexical commands run and reconcile the DOM before the next listener) would leave nothing to read after.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || !current || !byUser(event)) return;
    if (enterPublishes(event, current.editor, current.kind)) armPublish();
  };

  const track = (editor: HTMLElement, kind: DraftKind): void => {
    if (current?.editor === editor) {
      if (current.kind !== kind) emit(Object.assign(current, { kind }));
      return;
    }
    // A site may focus a fresh composer as it clears the one just posted from: that still counts as a publish.
    if (current && (!current.editor.isConnected || readDraft(current.editor) === '')) publish.composerGone();
    else publish.stop();
    release();
    const tracked: Tracked = { editor, kind, text: readDraft(editor), detach: watchEditor(editor, { doc, win, adapter, onDirty: queueRefresh, onKeyDown }) };
    current = tracked;
    emit(tracked);
  };

  const onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    // Back from the visibility menu with a direct message chosen.
    if (current && target === current.editor && adapter.isPrivate?.(current.editor)) return leavePrivate();
    const composer = composerAt(target);
    if (composer) track(composer.editor, composer.kind);
  };

  const onClick = (event: MouseEvent): void => {
    if (!current || !byUser(event)) return;
    const target = event.composedPath()[0] as Node | undefined;
    if (target?.nodeType === ELEMENT_NODE && adapter.isPublishButton(target as Element, current.editor)) armPublish();
  };

  /**
   * Gestures made before tracking started: a post whose composer has emptied or gone since counts as published; one
   * still holding the text it had is watched as if the gesture came now. Only each composer's last gesture counts
   * (what happened between two of them is unknown), and only within the publish window.
   */
  const judgeEarlyGestures = (gestures: EarlyGesture[]): void => {
    const now = (options.now ?? Date.now)();
    const lastPerComposer = new Map<HTMLElement, EarlyGesture>();
    for (const gesture of gestures) if (now - gesture.at <= (options.publishWindowMs ?? 10_000)) lastPerComposer.set(gesture.composer, gesture);
    for (const gesture of lastPerComposer.values()) {
      if (gesture.text.trim() === '') continue;
      const composer = composerAt(gesture.composer);
      if (!composer || composer.editor !== gesture.composer) continue;
      const { editor, kind } = composer;
      const published = gesture.type === 'click' ? adapter.isPublishButton(gesture.target, editor) : enterPublishes(gesture, editor, kind);
      if (!published) continue;
      const post = { text: gesture.text, kind, platform: adapter.platform };
      const left = editor.isConnected ? readDraft(editor) : '';
      if (left.trim() === '') {
        options.onPublish(post);
      } else if (sameButTrailingSpace(left, gesture.text)) {
        track(editor, kind);
        publish.arm([post], left);
      }
    }
  };

  // After navigation: the composer may be gone, or another one may hold the focus already.
  const reevaluate = (): void => {
    if (current && !current.editor.isConnected) lose();
    const focused = composerAt(deepActiveElement(doc));
    if (focused) track(focused.editor, focused.kind);
  };

  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('click', onClick, true);
  const subscribe = options.subscribeNavigation ?? ((cb: () => void) => listen(win, 'popstate', cb));
  const unsubscribe = subscribe(reevaluate);
  reevaluate();
  judgeEarlyGestures(options.earlyGestures ?? []);

  return () => {
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('click', onClick, true);
    unsubscribe();
    publish.stop();
    release();
  };
}

function listen(win: Window & typeof globalThis, type: string, cb: () => void): () => void {
  win.addEventListener(type, cb);
  return () => win.removeEventListener(type, cb);
}
