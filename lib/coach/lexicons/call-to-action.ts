import type { Platform } from '../types';
import type { Lexicon } from './index';
import enCtaSuggestions from './en/cta-suggestions.json';
import nlCtaSuggestions from './nl/cta-suggestions.json';
import enCtaInvitationPhrases from './en/cta-invitation-phrases.json';
import nlCtaInvitationPhrases from './nl/cta-invitation-phrases.json';
import enCtaImperatives from './en/cta-imperatives.json';
import nlCtaImperatives from './nl/cta-imperatives.json';
import enCtaImperativeOpeners from './en/cta-imperative-openers.json';
import nlCtaImperativeOpeners from './nl/cta-imperative-openers.json';
import enCtaAdviceVerbs from './en/cta-advice-verbs.json';
import nlCtaAdviceVerbs from './nl/cta-advice-verbs.json';
import enCtaDirected from './en/cta-directed.json';
import nlCtaDirected from './nl/cta-directed.json';
import enCtaAskLike from './en/cta-ask-like.json';
import nlCtaAskLike from './nl/cta-ask-like.json';
import enCtaAskShare from './en/cta-ask-share.json';
import nlCtaAskShare from './nl/cta-ask-share.json';
import enCtaAskComment from './en/cta-ask-comment.json';
import nlCtaAskComment from './nl/cta-ask-comment.json';
import enCtaAskTag from './en/cta-ask-tag.json';
import nlCtaAskTag from './nl/cta-ask-tag.json';
import enCtaAskFollow from './en/cta-ask-follow.json';
import nlCtaAskFollow from './nl/cta-ask-follow.json';

/** Call to action (seed 000 knelpunt 5, seed 004 point 15): invitations, imperatives and the five kinds of ask. */

/** Invitations that count wherever they stand. */
export const INVITATION_PHRASES: Lexicon = { nl: nlCtaInvitationPhrases, en: enCtaInvitationPhrases };
/** Verbs that invite only as an imperative: at the start of a sentence or after 'please'. */
export const IMPERATIVES: Lexicon = { nl: nlCtaImperatives, en: enCtaImperatives };
/**
 * Imperatives that give advice as often as they invite ("Stop trying to…", "Use time to gain experience", "Save
 * yourself the trouble"): the rubric's invitations are to reply, click, read, visit or attend, so these count only
 * when the next word points at the writer or the post ("Try our…", "Ask us", "Check it out").
 */
export const ADVICE_VERBS: Lexicon = { nl: nlCtaAdviceVerbs, en: enCtaAdviceVerbs };
/** The words after an advice verb that make it an invitation: us, our, this, it, out, more, by; ons, mee, langs. */
export const DIRECTED: Lexicon = { nl: nlCtaDirected, en: enCtaDirected };
/** Words after which a verb is still an imperative: please, gerust. */
export const IMPERATIVE_OPENERS: Lexicon = { nl: nlCtaImperativeOpeners, en: enCtaImperativeOpeners };
/** Asks to like. */
export const ASK_LIKE: Lexicon = { nl: nlCtaAskLike, en: enCtaAskLike };
/** Asks to share, retweet or boost. */
export const ASK_SHARE: Lexicon = { nl: nlCtaAskShare, en: enCtaAskShare };
/** Asks to comment or reply. */
export const ASK_COMMENT: Lexicon = { nl: nlCtaAskComment, en: enCtaAskComment };
/** Asks to tag someone. */
export const ASK_TAG: Lexicon = { nl: nlCtaAskTag, en: enCtaAskTag };
/** Asks to follow or subscribe. */
export const ASK_FOLLOW: Lexicon = { nl: nlCtaAskFollow, en: enCtaAskFollow };

/** Two or three invitations per platform, in the draft's language (voice.md: LinkedIn asks for experience, X for a quick reply). */
export const SUGGESTIONS: Record<'nl' | 'en', Record<Platform, readonly string[]>> = { nl: nlCtaSuggestions, en: enCtaSuggestions };
