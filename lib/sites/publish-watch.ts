/**
 * Publish detection: a publish gesture (post button, Ctrl/Cmd+Enter) arms the watch with the text read just before it;
 * the composer then emptying or disappearing within the window means the post went out.
 */
import type { PublishedDraft } from './types';

const RECHECK_MS = 200;

export interface PublishWatch {
  /** `posts` in thread order (one unless the composer holds a thread); `focusedText` is the tracked editor's. */
  arm(posts: PublishedDraft[], focusedText: string): void;
  /** The tracked composer's text changed. */
  textChanged(text: string): void;
  /** The tracked composer was removed (dialog closed, editor re-created). */
  composerGone(): void;
  stop(): void;
}

export function createPublishWatch(
  win: Pick<Window, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>,
  windowMs: number,
  onPublish: (post: PublishedDraft) => void,
  recheck: () => void,
): PublishWatch {
  let armed: { posts: PublishedDraft[]; focusedText: string } | null = null;
  let expiry: ReturnType<Window['setTimeout']> | undefined;
  let poll: ReturnType<Window['setInterval']> | undefined;

  const disarm = (): void => {
    armed = null;
    win.clearTimeout(expiry);
    win.clearInterval(poll);
  };
  const fire = (): void => {
    const posts = armed?.posts ?? [];
    disarm();
    for (const post of posts) onPublish(post);
  };

  return {
    arm(posts, focusedText) {
      disarm();
      const written = posts.filter((post) => post.text.trim() !== ''); // sites ignore a click on an empty composer
      if (written.length === 0) return;
      armed = { posts: written, focusedText };
      expiry = win.setTimeout(disarm, windowMs);
      poll = win.setInterval(recheck, RECHECK_MS);
    },
    textChanged(text) {
      if (!armed) return;
      if (text.trim() === '') fire();
      // Typing on means the post did not go out (an error, or another button). A line break added at the end is the
      // publishing Enter itself: Lexical inserts it before the site's own handler sends and empties the box.
      else if (!sameButTrailingSpace(text, armed.focusedText)) disarm();
    },
    composerGone() {
      if (armed) fire();
    },
    stop: disarm,
  };
}

/** Equal but for white space at the end (the new line a publishing Enter may leave before the box empties). */
export function sameButTrailingSpace(a: string, b: string): boolean {
  return a.trimEnd() === b.trimEnd();
}
