import { ASK_COMMENT, ASK_FOLLOW, ASK_LIKE, ASK_SHARE, ASK_TAG, DIRECTED, IMPERATIVE_OPENERS, IMPERATIVES } from '../lexicons/call-to-action';
import type { Lexicon, LexiconLanguage } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import type { LocalizedText, RuleContext } from '../rule';
import type { PlacedWord } from './sentences';

/** Seed 004 point 15: asking works, "Doe het echter wel met mate". This many different asks is begging. */
export const BEGGING_ASKS = 3;
/** "and share", "en deel": after these a verb still asks something. */
const LIST_WORDS = new Set(['and', 'en', 'or', 'of']);
const ENGLISH: readonly LexiconLanguage[] = ['en'];

const ASK_KINDS: readonly { lexicon: Lexicon; name: LocalizedText }[] = [
  { lexicon: ASK_LIKE, name: { en: 'like', nl: 'liken' } },
  { lexicon: ASK_SHARE, name: { en: 'share', nl: 'delen' } },
  { lexicon: ASK_COMMENT, name: { en: 'comment', nl: 'reageren' } },
  { lexicon: ASK_TAG, name: { en: 'tag someone', nl: 'taggen' } },
  { lexicon: ASK_FOLLOW, name: { en: 'follow', nl: 'volgen' } },
];

/**
 * A verb asks something at the start of a sentence, after "please"/"gerust" or an opening "do", or in a list of verbs that a sentence
 * opens with one ("Like, share & follow", "Lees en deel"; not "een deel", nor "ideas and bring teams closer").
 * The openers are those of the draft's language: Dutch "even" ("Kijk even") is English "even" ("can even come").
 */
export function asImperative(placed: readonly PlacedWord[], match: PhraseMatch, languages: readonly LexiconLanguage[] = BOTH_LANGUAGES): boolean {
  if (match.phrase.trim().includes(' ')) return true;
  const word = placed[match.wordIndex];
  if (!word) return false;
  if (word.opensSentence) return true;
  const previous = placed[match.wordIndex - 1];
  if (!previous || previous.sentence !== word.sentence) return false;
  if (lexiconSet(IMPERATIVE_OPENERS, languages).has(previous.token.normalized)) return true;
  // "Do visit the store", "Do check it out": an emphatic "do" opening the sentence.
  if (previous.opensSentence && previous.token.normalized === 'do' && languages.includes('en')) return true;
  if (languages.includes('en') && goesBefore(placed, match.wordIndex - 1)) return true;
  return (word.afterSeparator || LIST_WORDS.has(previous.token.normalized)) && sentenceOpensWithAsk(placed, word, languages);
}

/** "So go see it", "just go check": besides the English openers ("please", "now"), what leaves a "go" telling the reader to, not narrating ("we go visit"). */
const GO_LEADS = new Set(['so', 'just']);

/** "Go see it for yourself", "so go check it out": a "go" that opens the sentence, or follows "so", "just" or an opener, asks. */
function goesBefore(placed: readonly PlacedWord[], index: number): boolean {
  const go = placed[index];
  if (go?.token.normalized !== 'go') return false;
  if (go.opensSentence) return true;
  const lead = placed[index - 1];
  return lead?.sentence === go.sentence && (GO_LEADS.has(lead.token.normalized) || lexiconSet(IMPERATIVE_OPENERS, ENGLISH).has(lead.token.normalized));
}

/** The verbs and openers that make a sentence an ask, so a list of verbs after its first one asks too. */
function askOpeners(languages: readonly LexiconLanguage[]): ReadonlySet<string> {
  const key = languages.join('+');
  let set = askOpenerSets.get(key);
  if (!set) {
    const lexicons = [IMPERATIVES, IMPERATIVE_OPENERS, ...ASK_KINDS.map((kind) => kind.lexicon)];
    set = new Set(lexicons.flatMap((lexicon) => [...lexiconSet(lexicon, languages)]).filter((entry) => !entry.includes(' ')));
    askOpenerSets.set(key, set);
  }
  return set;
}
const askOpenerSets = new Map<string, ReadonlySet<string>>();

function sentenceOpensWithAsk(placed: readonly PlacedWord[], word: PlacedWord, languages: readonly LexiconLanguage[]): boolean {
  let first = word.index;
  while (first > 0 && (placed[first - 1] as PlacedWord).sentence === word.sentence) first--;
  return askOpeners(languages).has((placed[first] as PlacedWord).token.normalized);
}

/** "Please help", "Probeer het gerust": a polite word makes any verb a request. */
const POLITE = new Set(['please', 'pls', 'plz', 'gerust', 'graag']);

/**
 * An advice verb ("Try", "Ask", "Join") invites when it points at the writer or the post: the next word does
 * ("Try our app", "Ask us", "Join free"), or a tag, mention or link comes right after it ("Use #NatGeoWomen to
 * share…"), or a polite word stands next to it ("Please help").
 */
export function pointsAtWriter(placed: readonly PlacedWord[], match: PhraseMatch, text: string, languages: readonly LexiconLanguage[] = BOTH_LANGUAGES): boolean {
  const word = placed[match.wordIndex];
  if (!word) return false;
  const previous = placed[match.wordIndex - 1];
  const next = placed[match.wordIndex + 1];
  if (previous?.sentence === word.sentence && POLITE.has(previous.token.normalized)) return true;
  if (next?.sentence !== word.sentence) return false;
  if (POLITE.has(next.token.normalized) || lexiconSet(DIRECTED, languages).has(next.token.normalized)) return true;
  const gap = text.slice(word.token.end, next.token.start);
  return gap.includes('#') || gap.includes('@') || gap.includes('://');
}

/** The kinds of engagement the draft asks for (like, share, comment, tag, follow) and the words that ask. */
export function asksIn(context: RuleContext, placed: readonly PlacedWord[]): { kinds: LocalizedText[]; ranges: PhraseMatch[] } {
  const kinds: LocalizedText[] = [];
  const ranges: PhraseMatch[] = [];
  for (const { lexicon, name } of ASK_KINDS) {
    const asks = findLexicon(lexicon, BOTH_LANGUAGES, context.words).filter((match) => asImperative(placed, match, context.lexiconLanguages));
    if (asks.length > 0) kinds.push(name);
    ranges.push(...asks);
  }
  return { kinds, ranges: ranges.sort((a, b) => a.start - b.start) };
}
