/** Instagram: a Lexical caption box in the "Create new post" dialog, textareas for comments. */
import { buttonName, buttonOf, editableRoot, hintMatches, pathOf, sameComposer } from './dom';
import { SOCIAL_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const EDITOR = '[role="textbox"][contenteditable="true"], [data-lexical-editor="true"][contenteditable="true"], textarea';
// Both ellipsis spellings ("..." and U+2026) occur; Dutch and English labels.
const CAPTION_LABEL = /^(Write a caption|Schrijf een bijschrift|Bijschrift (schrijven|toevoegen))/i;
const COMMENT_LABEL = /(comment|opmerking|reactie|reageer)/i;
const PUBLISH_NAME = /^(Share|Delen|Post|Plaatsen)$/i;

export const instagram: SiteAdapter = {
  platform: 'instagram',
  matchesHost: (host) => SOCIAL_HOSTS.instagram.includes(host),
  shadowRoots: () => [],
  findEditor(target) {
    const editor = editableRoot(target);
    return editor?.matches(EDITOR) ? editor : null;
  },
  classify(editor) {
    if (pathOf(editor).startsWith('/direct')) return null; // DMs
    if (hintMatches(editor, CAPTION_LABEL)) return 'post';
    if (hintMatches(editor, COMMENT_LABEL) || editor.closest('form')) return 'comment';
    return editor.closest('[role="dialog"]') && editor.matches('[data-lexical-editor="true"]') ? 'post' : null;
  },
  isPublishButton(clicked, editor) {
    const button = buttonOf(clicked);
    return !!button && PUBLISH_NAME.test(buttonName(button)) && sameComposer(button, editor, '[role="dialog"], form, section');
  },
  enterPublishes: (_editor, kind) => kind === 'comment',
};
