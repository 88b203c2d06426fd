/** X / Twitter: Draft.js editors `tweetTextarea_N` (one per thread item), a textarea on narrow layouts. */
import { buttonOf, editableRoot, pathOf, sameComposer, threadOf } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '[data-testid^="tweetTextarea"] textarea',
  '.public-DraftEditor-content[contenteditable="true"]',
  '[role="textbox"][aria-label="Post text"]',
].join(', ');
const DIRECT_MESSAGES = '[data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]';
const PUBLISH = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const STATUS_PAGE = /^\/[^/]+\/status\/\d+/;

export const x: SiteAdapter = {
  platform: 'x',
  matchesHost: (host) => SOCIAL_HOSTS.x.includes(host),
  shadowRoots: () => [],
  drawers: '[data-testid="DMDrawer"]',
  columns: '[data-testid="primaryColumn"]',
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (editor.closest(DIRECT_MESSAGES) || pathOf(editor).startsWith('/messages')) return null;
    // The reply modal shows the post being answered; the compose and quote modals do not carry it as a tweet.
    const dialog = editor.closest('[role="dialog"]');
    if (dialog) return dialog.querySelector('article[data-testid="tweet"]') ? 'comment' : 'post';
    return STATUS_PAGE.test(pathOf(editor)) ? 'comment' : 'post';
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button?.matches(PUBLISH) && sameComposer(button, editor, '[role="dialog"], [data-testid="primaryColumn"]');
  },
  threadEditors: (editor) => threadOf(editor, '[role="dialog"]', '[data-testid^="tweetTextarea_"][contenteditable="true"]'),
};
