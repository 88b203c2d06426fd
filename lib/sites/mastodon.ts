/** Mastodon (stock web UI, any instance): one React textarea in `form.compose-form` inside `div#mastodon`. */
import { buttonOf, sameComposer } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '#mastodon form.compose-form textarea, #mastodon textarea[aria-autocomplete="list"][dir="auto"]';

/**
 * The compose form's visibility button when it is set to a direct message ("Specific people", "Private mention",
 * "Direct"): Mastodon 4.x draws the '@' icon (`icon-at`) in `button.dropdown-button`, 3.x the envelope (`fa-envelope`)
 * or '@' (`fa-at`) in `.privacy-dropdown__value`.
 */
const DIRECT_VISIBILITY = [
  'button.dropdown-button .icon-at',
  '.privacy-dropdown__value .fa-envelope',
  '.privacy-dropdown__value .fa-at',
  '.privacy-dropdown__value .icon-at',
].join(', ');

/** A direct message: mention-only visibility, written to people, not published. */
export function isDirectMessage(editor: HTMLElement): boolean {
  return !!editor.closest('form')?.querySelector(DIRECT_VISIBILITY);
}

export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  // Other instances come from the user's list (see index.ts): they need a runtime host permission.
  matchesHost: (host) => SOCIAL_HOSTS.mastodon.includes(host),
  shadowRoots: () => [],
  columns: '.columns-area__panels__main, .column:not(.compose-panel)',
  findEditor(target) {
    return target.tagName === 'TEXTAREA' && target.matches(EDITOR) ? (target as HTMLTextAreaElement) : null;
  },
  isPrivate: isDirectMessage,
  classify(editor) {
    if (isDirectMessage(editor)) return null;
    // The compose form shows what it answers in a reply indicator.
    return editor.closest('form')?.querySelector('.reply-indicator') ? 'comment' : 'post';
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button?.matches('button[type="submit"], .compose-form__submit button') && sameComposer(button, editor, 'form');
  },
};
