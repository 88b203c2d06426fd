import type { Lexicon } from './index';
import enToneProfanity from './en/tone-profanity.json';
import nlToneProfanity from './nl/tone-profanity.json';
import enToneVulgar from './en/tone-vulgar.json';
import nlToneVulgar from './nl/tone-vulgar.json';
import enToneBait from './en/tone-bait.json';
import nlToneBait from './nl/tone-bait.json';
import enTonePrize from './en/tone-prize.json';
import nlTonePrize from './nl/tone-prize.json';
import enToneSlang from './en/tone-slang.json';
import nlToneSlang from './nl/tone-slang.json';
import enToneFormalOpeners from './en/tone-formal-openers.json';
import nlToneFormalOpeners from './nl/tone-formal-openers.json';
import enToneFormalClosers from './en/tone-formal-closers.json';
import nlToneFormalClosers from './nl/tone-formal-closers.json';
import enToneAcronyms from './en/tone-acronyms.json';
import nlToneAcronyms from './nl/tone-acronyms.json';

/** Platform tone (seed 004 point 7): words that sound wrong for the platform or the mode. */

/** Swear words that mean the same in both languages' drafts ("fuck", "kut"). */
export const PROFANITY: Lexicon = { nl: nlToneProfanity, en: enToneProfanity };
/** Vulgar words and slurs, matched in the draft's own language only: "hoe" is a slur in English and "how" in Dutch. */
export const VULGAR: Lexicon = { nl: nlToneVulgar, en: enToneVulgar };
/** Engagement bait: "like & share", "tag a friend", "deel deze post en maak kans". */
export const BAIT: Lexicon = { nl: nlToneBait, en: enToneBait };
/** A prize ("maak kans", "chance to win"): bait only when the post also asks to like, share, tag or follow. */
export const PRIZE: Lexicon = { nl: nlTonePrize, en: enTonePrize };
/** Street and chat slang. */
export const SLANG: Lexicon = { nl: nlToneSlang, en: enToneSlang };
/** Letter and press-release openings, matched at the start of a line. */
export const FORMAL_OPENERS: Lexicon = { nl: nlToneFormalOpeners, en: enToneFormalOpeners };
/** Letter closings. */
export const FORMAL_CLOSERS: Lexicon = { nl: nlToneFormalClosers, en: enToneFormalClosers };
/** Capitals that are names, not shouting: NASA, KPI, GGD. */
export const ACRONYMS: Lexicon = { nl: nlToneAcronyms, en: enToneAcronyms };
