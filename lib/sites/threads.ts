/** Threads: Lexical editors, one per thread item, inline atop the feed or in the Create dialog. */
import { buttonName, buttonOf, editableRoot, hintMatches, pathOf, sameComposer, threadOf } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '[data-lexical-editor="true"][contenteditable="true"], [role="textbox"][contenteditable="true"]';
const REPLY_HINT = /^(Reply to|Reageer op|Beantwoord|Antwoord(en)? (aan|op))/i;
const PUBLISH_NAME = /^(Post|Plaatsen|Publiceren|Reply|Reageren|Beantwoorden)$/i;

export const threads: SiteAdapter = {
  platform: 'threads',
  matchesHost: (host) => SOCIAL_HOSTS.threads.includes(host),
  shadowRoots: () => [],
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (pathOf(editor).startsWith('/direct') || editor.closest('[role="search"]')) return null;
    return hintMatches(editor, REPLY_HINT) ? 'comment' : 'post';
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button && PUBLISH_NAME.test(buttonName(button)) && sameComposer(button, editor, '[role="dialog"], form, [data-pressable-container]');
  },
  threadEditors: (editor) => threadOf(editor, '[role="dialog"]', EDITOR),
};
