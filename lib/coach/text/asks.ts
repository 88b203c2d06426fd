import { ASK_COMMENT, ASK_FOLLOW, ASK_LIKE, ASK_SHARE, ASK_TAG, IMPERATIVE_OPENERS } from '../lexicons/call-to-action';
import type { Lexicon } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import type { LocalizedText, RuleContext } from '../rule';
import type { PlacedWord } from './sentences';

/** Seed 004 point 15: asking works, "Doe het echter wel met mate". This many different asks is begging. */
export const BEGGING_ASKS = 3;
/** "and share", "en deel": after these a verb still asks something. */
const LIST_WORDS = new Set(['and', 'en', 'or', 'of']);

const ASK_KINDS: readonly { lexicon: Lexicon; name: LocalizedText }[] = [
  { lexicon: ASK_LIKE, name: { en: 'like', nl: 'liken' } },
  { lexicon: ASK_SHARE, name: { en: 'share', nl: 'delen' } },
  { lexicon: ASK_COMMENT, name: { en: 'comment', nl: 'reageren' } },
  { lexicon: ASK_TAG, name: { en: 'tag someone', nl: 'taggen' } },
  { lexicon: ASK_FOLLOW, name: { en: 'follow', nl: 'volgen' } },
];

/** A verb asks something at the start of a sentence, after "please"/"gerust" or in a list of verbs ("Deel dit", not "een deel"). */
export function asImperative(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  if (match.phrase.trim().includes(' ')) return true;
  const word = placed[match.wordIndex];
  if (!word) return false;
  if (word.opensSentence || word.afterSeparator) return true;
  const previous = placed[match.wordIndex - 1];
  if (!previous || previous.sentence !== word.sentence) return false;
  const opener = lexiconSet(IMPERATIVE_OPENERS, BOTH_LANGUAGES).has(previous.token.normalized);
  return opener || LIST_WORDS.has(previous.token.normalized);
}

/** The kinds of engagement the draft asks for (like, share, comment, tag, follow) and the words that ask. */
export function asksIn(context: RuleContext, placed: readonly PlacedWord[]): { kinds: LocalizedText[]; ranges: PhraseMatch[] } {
  const kinds: LocalizedText[] = [];
  const ranges: PhraseMatch[] = [];
  for (const { lexicon, name } of ASK_KINDS) {
    const asks = findLexicon(lexicon, BOTH_LANGUAGES, context.words).filter((match) => asImperative(placed, match));
    if (asks.length > 0) kinds.push(name);
    ranges.push(...asks);
  }
  return { kinds, ranges: ranges.sort((a, b) => a.start - b.start) };
}
