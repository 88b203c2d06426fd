/** Bluesky: TipTap (ProseMirror) editors in the composer overlay, one per thread item. */
import { buttonOf, editableRoot, hintMatches, pathOf, sameComposer, threadOf } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '.ProseMirror[contenteditable="true"], [role="textbox"][aria-label="Rich-Text Editor"]';
// The empty paragraph's placeholder says which composer this is ("Write your reply" vs "What's up?").
const REPLY_HINT = /(reply|antwoord|reactie|reageer)/i;
const PUBLISH = '[data-testid="composerPublishBtn"]';

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  matchesHost: (host) => SOCIAL_HOSTS.bluesky.includes(host),
  shadowRoots: () => [],
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (pathOf(editor).startsWith('/messages')) return null;
    // The placeholder is gone once the user types; the composer's publish button still says "Reply".
    const publish = editor.closest('[data-testid="composePostView"]')?.querySelector(PUBLISH);
    const replyButton = !!publish && REPLY_HINT.test(`${publish.getAttribute('aria-label') ?? ''} ${publish.textContent ?? ''}`);
    return replyButton || hintMatches(editor, REPLY_HINT) ? 'comment' : 'post';
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button?.matches(PUBLISH) && sameComposer(button, editor, '[data-testid="composePostView"], [role="dialog"]');
  },
  threadEditors: (editor) => threadOf(editor, '[data-testid="composePostView"]', '.ProseMirror[contenteditable="true"]'),
};
