/** Facebook: Lexical editors in the "Create post" dialog and under feed posts; Messenger boxes look the same. */
import { buttonName, buttonOf, editableRoot, hintMatches, pathOf, sameComposer } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '[data-lexical-editor="true"][contenteditable="true"], [role="textbox"][contenteditable="true"]';
// `[data-lexical-editor][role=textbox]` alone also matches Messenger chat boxes (composers.md §3): rule them out first.
const CHAT = '[data-pagelet^="ChatTab"], [data-pagelet*="Messenger"], [aria-label^="Messenger"], [aria-label^="Chat"], [role="complementary"]';
const CHAT_LABEL = /^(Message|Bericht|Aa)\b/i;
const COMMENT_LABEL =
  /^(Write a (public )?comment|Comment as|Reply to|Write a reply|Schrijf een (openbare )?(opmerking|reactie)|Reageer als|Reageren als|Opmerking plaatsen als|Beantwoord|Antwoord(en)? (aan|op))/i;
const PUBLISH_NAME = /^(Post|Plaatsen|Publiceren|Comment|Reageren|Opmerking plaatsen)$/i;

export const facebook: SiteAdapter = {
  platform: 'facebook',
  matchesHost: (host) => SOCIAL_HOSTS.facebook.includes(host),
  shadowRoots: () => [],
  drawers: '[data-pagelet^="ChatTab"], [data-pagelet*="Messenger"]',
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (editor.closest(CHAT) || hintMatches(editor, CHAT_LABEL) || pathOf(editor).startsWith('/messages')) return null;
    if (hintMatches(editor, COMMENT_LABEL) || editor.closest('[role="article"]')) return 'comment';
    return editor.closest('[role="dialog"]') ? 'post' : null;
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button && PUBLISH_NAME.test(buttonName(button)) && sameComposer(button, editor, '[role="dialog"], form, [role="article"]');
  },
  enterPublishes: (_editor, kind) => kind === 'comment',
};
