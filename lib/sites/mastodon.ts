/** Mastodon (stock web UI, any instance): one React textarea in `form.compose-form` inside `div#mastodon`. */
import { buttonOf, sameComposer } from './dom';
import type { SiteAdapter } from './types';

const EDITOR = '#mastodon form.compose-form textarea, #mastodon textarea[aria-autocomplete="list"][dir="auto"]';

export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  // Other instances come from the user's list (see index.ts): they need a runtime host permission.
  matchesHost: (host) => host === 'mastodon.social',
  shadowRoots: () => [],
  columns: '.columns-area__panels__main, .column:not(.compose-panel)',
  findEditor(target) {
    return target.tagName === 'TEXTAREA' && target.matches(EDITOR) ? (target as HTMLTextAreaElement) : null;
  },
  classify(editor) {
    // The compose form shows what it answers in a reply indicator.
    return editor.closest('form')?.querySelector('.reply-indicator') ? 'comment' : 'post';
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button?.matches('button[type="submit"], .compose-form__submit button') && sameComposer(button, editor, 'form');
  },
};
