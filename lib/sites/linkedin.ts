/** LinkedIn: Quill share box (2026: in `#interop-outlet`'s open shadow root), Quill or TipTap comment boxes. */
import { buttonOf, editableRoot, sameComposer } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '.ql-editor[contenteditable="true"], .ProseMirror[contenteditable="true"], [role="textbox"][contenteditable="true"]';
const SHARE_BOX = '[data-test-modal-id="sharebox"], .share-box-v2__modal, .share-creation-state, div[data-test-modal]';
// Structure first; the aria-label is English-only and sits on the textbox or an ancestor.
const COMMENT_BOX = [
  '[data-view-name="comment-box"]',
  '.comments-comment-box',
  '.comments-comment-box__form',
  '.comments-comment-texteditor',
  '[componentkey^="commentBox"]',
  '[aria-label^="Text editor for creating comment"]',
].join(', ');
const MESSAGING = '.msg-form, .msg-overlay-conversation-bubble, .msg-overlay-list-bubble, [data-view-name^="messaging"]';
const PUBLISH = [
  'button.share-actions__primary-action',
  'button.comments-comment-box__submit-button',
  'button.comments-comment-box__submit-button--cr',
  '[data-view-name="comment-post"]',
  'button[type="submit"]',
].join(', ');

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  matchesHost: (host) => SOCIAL_HOSTS.linkedin.includes(host),
  shadowRoots(doc) {
    const root = doc.getElementById('interop-outlet')?.shadowRoot;
    return root ? [root] : [];
  },
  drawers: '.msg-overlay-conversation-bubble, .msg-overlay-list-bubble',
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (editor.closest(MESSAGING)) return null;
    if (editor.closest(COMMENT_BOX)) return 'comment';
    return editor.closest(SHARE_BOX) ? 'post' : null;
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button?.matches(PUBLISH) && sameComposer(button, editor, '[role="dialog"], form, [role="listitem"], article');
  },
};
