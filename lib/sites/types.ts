/** Contracts of the site adapters and the composer tracker. Pure types: the DOM is always passed in. */
import type { DraftKind, Platform } from '../coach/types';

/** One social site: where it runs and how its composers look. */
export interface SiteAdapter {
  readonly platform: Platform;
  /** True when this adapter serves pages on `host` (lower case, no port). */
  matchesHost(host: string): boolean;
  /** Open shadow roots that hold composers outside the light DOM (LinkedIn's `#interop-outlet`). */
  shadowRoots(doc: Document): ShadowRoot[];
  /** The composer's editor (contenteditable root or textarea) `target` sits in, or null when it is none. */
  findEditor(target: Element): HTMLElement | null;
  /** 'post' or 'comment'; null for boxes the coach leaves alone (DMs, chat, search). */
  classify(editor: HTMLElement): DraftKind | null;
  /**
   * A private message written in a post composer (Mastodon's direct visibility): left alone, not coached, counted or
   * fingerprinted. Checked when the composer gets focus, at every change of its text and at the publish gesture,
   * because the user can switch the visibility at any time.
   */
  isPrivate?(editor: HTMLElement): boolean;
  /** Whether `clicked` (or an ancestor) is the button that publishes `editor`'s draft. */
  isPublishButton(clicked: Element, editor: HTMLElement): boolean;
  /** Every editor of the thread `editor` belongs to, in order (X, Threads, Bluesky thread composers); else just it. */
  threadEditors?(editor: HTMLElement): HTMLElement[];
  /** The site's own floating drawers and chat windows, which the sidebar must never cover. */
  readonly drawers?: string;
  /** The site's main column (the home timeline), which the sidebar covers only when nothing else has room. */
  readonly columns?: string;
  /** Whether a plain Enter sends this box (Facebook and Instagram comments); Ctrl/Cmd+Enter always counts. */
  enterPublishes?(editor: HTMLElement, kind: DraftKind): boolean;
}

/** The composer being written in, as the sidebar sees it. */
export interface TrackedDraft {
  editor: HTMLElement;
  platform: Platform;
  kind: DraftKind;
  /** The draft as the platform reads it (see read-draft.ts). */
  text: string;
}

/** A post that left the composer: the text as it was just before the publish click. */
export interface PublishedDraft {
  text: string;
  kind: DraftKind;
  platform: Platform;
}

/** A replacement the user asked for: [start, end) must still hold `from`. */
export interface TextEdit {
  start: number;
  end: number;
  from: string;
  to: string;
}
