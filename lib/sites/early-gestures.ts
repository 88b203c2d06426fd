/**
 * Publish gestures made while the coach is still loading. The watcher asks for the coach when a composer gets focus,
 * but the coach tracks composers only once it runs and has its settings: seconds on a busy machine or a browser that
 * just started (managed storage can stall the first settings read). A short comment typed and sent with Enter in that
 * time was never counted. The watcher therefore notes each trusted Enter and click from the moment it asks until the
 * coach takes the notes, with the draft read at that instant (capture phase, before the site's own handlers can clear
 * it); the coach's tracker then judges them with its site adapter. Kept in memory of the extension's isolated world
 * only (which both content scripts share and the page cannot read), never stored or sent.
 */
import { editableRoot } from './dom';
import { deepActiveElement } from './editor-watch';
import { readDraft } from './read-draft';
import { mayBeComposer } from './writing-target';

export interface EarlyGesture {
  type: 'enter' | 'click';
  /** What was pressed or clicked: the composer for Enter, the button (or what is in it) for a click. */
  target: Element;
  /** The composer written in: the one holding the key, or the last one focused before the click. */
  composer: HTMLElement;
  /** The composer's draft just before the gesture. */
  text: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** `Date.now()` at the gesture. */
  at: number;
}

interface Notebook {
  gestures: EarlyGesture[];
  /** The coach took over: notes no longer needed. */
  taken: boolean;
  recording: boolean;
}

const KEY = '__socialCoachEarlyGestures';
/** Older notes say nothing about a post that may still be going out (the tracker's publish window). */
export const EARLY_GESTURE_MAX_AGE_MS = 10_000;

const notebookOf = (scope: object): Notebook => {
  const holder = scope as Record<string, Notebook | undefined>;
  return (holder[KEY] ??= { gestures: [], taken: false, recording: false });
};

const ELEMENT_NODE = 1;

/**
 * Starts noting gestures on `doc` until the coach takes them (or the returned function is called). `scope` is the
 * isolated world's global object, shared with the coach's script.
 */
export function recordEarlyGestures(
  doc: Document,
  scope: object,
  { now = Date.now, isTrusted = (event: Event) => event.isTrusted }: { now?: () => number; isTrusted?: (event: Event) => boolean } = {},
): () => void {
  const notebook = notebookOf(scope);
  if (notebook.taken || notebook.recording) return () => undefined;
  notebook.recording = true;
  let lastComposer: HTMLElement | null = null;

  const composerOf = (target: EventTarget | undefined): HTMLElement | null => {
    if (!target || (target as Node).nodeType !== ELEMENT_NODE || !mayBeComposer(target)) return null;
    return editableRoot(target as Element);
  };
  const note = (event: KeyboardEvent | MouseEvent, type: EarlyGesture['type'], composer: HTMLElement): void => {
    const at = now();
    notebook.gestures = notebook.gestures.filter((g) => at - g.at <= EARLY_GESTURE_MAX_AGE_MS);
    const target = event.composedPath()[0] as Element;
    const { ctrlKey, metaKey, shiftKey, altKey } = event;
    notebook.gestures.push({ type, target, composer, text: readDraft(composer), ctrlKey, metaKey, shiftKey, altKey, at });
  };

  const onFocus = (event: FocusEvent): void => {
    lastComposer = composerOf(event.composedPath()[0]) ?? lastComposer;
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (stopIfTaken() || event.key !== 'Enter' || event.isComposing || !isTrusted(event)) return;
    const composer = composerOf(event.composedPath()[0]);
    if (composer) note(event, 'enter', composer);
  };
  const onClick = (event: MouseEvent): void => {
    if (stopIfTaken() || !isTrusted(event) || !lastComposer) return;
    const target = event.composedPath()[0];
    if (target && (target as Node).nodeType === ELEMENT_NODE) note(event, 'click', lastComposer);
  };
  const stop = (): void => {
    notebook.recording = false;
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('click', onClick, true);
  };
  const stopIfTaken = (): boolean => {
    if (notebook.taken) stop();
    return notebook.taken;
  };

  lastComposer = composerOf(deepActiveElement(doc) ?? undefined);
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('click', onClick, true);
  return () => {
    stop();
    notebook.gestures = [];
  };
}

/** The coach takes over: returns the notes (oldest first) and ends the noting. */
export function takeEarlyGestures(scope: object): EarlyGesture[] {
  const notebook = notebookOf(scope);
  const { gestures } = notebook;
  notebook.gestures = [];
  notebook.taken = true;
  return gestures;
}
