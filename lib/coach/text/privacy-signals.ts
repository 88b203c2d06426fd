import type { Lexicon } from '../lexicons/index';
import {
  BUSINESS_CONTEXT, BUSINESS_CONTEXT_WEAK, BUSINESS_NAME_WORDS, BUSINESS_NOUNS, CLIENT_WORDS, DEBT_WORDS, EXEMPT_CONTEXT, FAMILY_WORDS,
  HEALTH_WORDS, HONORIFICS, OWN_WORDS, PRONOUNS, RELATIVES, ROLE_TITLES, SENTENCE_OPENERS, SERIOUS_HEALTH_NEWS, THEIR_WORDS,
} from '../lexicons/privacy';
import type { Token } from '../rule';
import { placeWords } from './sentences';
import { tokenize } from './tokenize';

/** The privacy lexicons, each a kind of word the privacy rules look for. */
const PRIVACY_LEXICONS = {
  honorific: HONORIFICS,
  title: ROLE_TITLES,
  client: CLIENT_WORDS,
  health: HEALTH_WORDS,
  debts: DEBT_WORDS,
  family: FAMILY_WORDS,
  relative: RELATIVES,
  own: OWN_WORDS,
  their: THEIR_WORDS,
  pronoun: PRONOUNS,
  exempt: EXEMPT_CONTEXT,
  healthNews: SERIOUS_HEALTH_NEWS,
  opener: SENTENCE_OPENERS,
  business: BUSINESS_NOUNS,
  businessName: BUSINESS_NAME_WORDS,
  trade: BUSINESS_CONTEXT,
  tradeWeak: BUSINESS_CONTEXT_WEAK,
} satisfies Record<string, Lexicon>;

export type PrivacyKind = keyof typeof PRIVACY_LEXICONS;
const KINDS = Object.keys(PRIVACY_LEXICONS) as PrivacyKind[];
/** Kinds read only word by word (`is`), never as a list of matches: frequent words ("zijn", "my") cost no objects. */
const WORD_ONLY: ReadonlySet<PrivacyKind> = new Set(['title', 'own', 'their', 'pronoun', 'opener', 'business', 'businessName', 'trade', 'tradeWeak']);
const BIT = Object.fromEntries(KINDS.map((kind, index) => [kind, 1 << index])) as Record<PrivacyKind, number>;

/** A lexicon entry found in the draft: [start, end) in the text, its first and last word. */
export interface PrivacyMatch {
  phrase: string;
  start: number;
  end: number;
  wordIndex: number;
  lastWordIndex: number;
}

/**
 * The draft as the privacy rules read it: each word's sentence, "husband's" read as "husband", and the sentences
 * about a subject rather than a person ("a workshop on dementia", "research into cancer"), which they skip.
 */
export interface PrivacyReading {
  /** The draft's words (a possessive "'s" left off their normalized form). */
  words: readonly Token[];
  sentenceOf: readonly number[];
  opensSentence: readonly boolean[];
  /** Indexes of the words that start with a digit, and of those that start with a capital. */
  numbers: readonly number[];
  capitals: readonly number[];
  /** Matches of a kind's lexicon (Dutch and English) outside the sentences about a subject, in reading order; none for the kinds read word by word. */
  matches(kind: PrivacyKind): readonly PrivacyMatch[];
  /** The word at `index` is, on its own, an entry of the kind's lexicon (wherever it stands). */
  is(index: number, kind: PrivacyKind): boolean;
  isExempt(sentence: number): boolean;
  /**
   * A matched word that is part of a name: written with a capital inside a sentence ("Schuldhulp Zwolle"). A
   * disease named after a person ("Alzheimer") is that only when a capitalised word follows ("Alzheimer Nederland").
   */
  partOfName(match: PrivacyMatch): boolean;
}

const POSSESSIVE = /'s$/u;
const hasPossessive = (word: Token) => word.normalized.endsWith("'s");
/** Diseases named after a person, often written with a capital: "heeft Alzheimer". */
const EPONYMS = new Set(['alzheimer', 'alzheimers', 'parkinson', 'parkinsons', 'huntington', 'crohn']);

/** Starts with a capital (a name, an initial), whatever its place in the sentence. */
export function capitalised(word: Token | undefined): boolean {
  if (!word) return false;
  const unit = word.text.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
  // Only a cased letter changes in lower case: digits and marks do not.
  const first = word.text.charAt(0);
  return first !== first.toLowerCase();
}

/** A word written with a capital inside a sentence, not in capitals throughout: part of a name ("Alzheimer Nederland"). */
function writtenAsName(word: Token, opensSentence: boolean): boolean {
  return !opensSentence && capitalised(word) && word.text !== word.text.toUpperCase();
}

interface Entry {
  kind: PrivacyKind;
  phrase: string;
  words: readonly string[];
}

let index: ReadonlyMap<string, readonly Entry[]> | undefined;

/** Every privacy lexicon in one index by first word, built once: the draft is walked once for all of them. */
function entriesByFirstWord(): ReadonlyMap<string, readonly Entry[]> {
  if (index) return index;
  const built = new Map<string, Entry[]>();
  for (const kind of KINDS) {
    const lexicon = PRIVACY_LEXICONS[kind];
    for (const phrase of new Set([...lexicon.nl, ...lexicon.en].map((entry) => entry.toLowerCase()))) {
      const words = tokenize(phrase).map((token) => token.normalized);
      const first = words[0];
      if (first !== undefined) built.set(first, [...(built.get(first) ?? []), { kind, phrase, words }]);
    }
  }
  return (index = built);
}

function matchesAt(words: readonly Token[], at: number, pattern: readonly string[]): boolean {
  for (let offset = 1; offset < pattern.length; offset++) if (words[at + offset]?.normalized !== pattern[offset]) return false;
  return true;
}

/** What the privacy rules need of a draft; the engine's rule context has it. */
interface DraftWords {
  text: string;
  tokens: readonly Token[];
  /** The word tokens of `tokens`, in order. */
  words: readonly Token[];
}

/**
 * Both privacy rules read the same draft, one after the other: the last reading is kept for the same tokens (the
 * engine hands every rule the same array). One slot, not a WeakMap: a map of every draft typed costs the
 * garbage collector more than the reading.
 */
let last: { tokens: readonly Token[]; reading: PrivacyReading } | undefined;

export function readForPrivacy(draft: DraftWords): PrivacyReading {
  if (last?.tokens !== draft.tokens) last = { tokens: draft.tokens, reading: read(draft) };
  return last.reading;
}

function read({ text, tokens, words: draftWords }: DraftWords): PrivacyReading {
  const placed = placeWords(tokens, text);
  const words = draftWords.some(hasPossessive)
    ? draftWords.map((token) => (hasPossessive(token) ? { ...token, normalized: token.normalized.replace(POSSESSIVE, '') } : token))
    : draftWords;
  const sentenceOf = placed.map((word) => word.sentence);
  const opensSentence = placed.map((word) => word.opensSentence);
  const entries = entriesByFirstWord();
  const found = new Map<PrivacyKind, PrivacyMatch[]>();
  const masks = new Uint32Array(words.length);
  const exempt = new Set<number>();
  const numbers: number[] = [];
  const capitals: number[] = [];
  words.forEach((word, at) => {
    const first = word.text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) numbers.push(at);
    else if (capitalised(word)) capitals.push(at);
    const candidates = entries.get(word.normalized);
    if (candidates === undefined) return;
    for (const entry of candidates) {
      if (!matchesAt(words, at, entry.words)) continue;
      const last = at + entry.words.length - 1;
      if (entry.words.length === 1) masks[at] = (masks[at] as number) | BIT[entry.kind];
      if (entry.kind === 'exempt') exempt.add(sentenceOf[at] as number);
      if (WORD_ONLY.has(entry.kind)) continue;
      const list = found.get(entry.kind) ?? [];
      list.push({ phrase: entry.phrase, start: word.start, end: (words[last] as Token).end, wordIndex: at, lastWordIndex: last });
      found.set(entry.kind, list);
    }
  });
  const filtered = new Map<PrivacyKind, readonly PrivacyMatch[]>();
  return {
    words,
    sentenceOf,
    opensSentence,
    numbers,
    capitals,
    matches(kind) {
      let list = filtered.get(kind);
      if (!list) filtered.set(kind, (list = (found.get(kind) ?? []).filter((match) => !exempt.has(sentenceOf[match.wordIndex] as number))));
      return list;
    },
    is: (at, kind) => ((masks[at] ?? 0) & BIT[kind]) !== 0,
    isExempt: (sentence) => exempt.has(sentence),
    partOfName(match) {
      const word = words[match.wordIndex] as Token;
      if (!writtenAsName(word, opensSentence[match.wordIndex] === true)) return false;
      if (!EPONYMS.has(match.phrase)) return true;
      const next = words[match.wordIndex + 1];
      return next !== undefined && sentenceOf[match.wordIndex + 1] === sentenceOf[match.wordIndex] && capitalised(next);
    },
  };
}
