import type { Token } from '../rule';
import { tokenize } from '../text/tokenize';
import type { Lexicon } from './index';
import type { PhraseMatch } from './phrases';

type LexiconLanguage = 'nl' | 'en';

/** Both lexicons: for lists that only hold a nudge back, and for words Dutch drafts borrow from English. */
export const BOTH_LANGUAGES: readonly LexiconLanguage[] = ['nl', 'en'];

/** One word of a phrase; `prefix` when the lexicon wrote it with a trailing '*' ("kut*"). */
interface PatternWord {
  text: string;
  prefix: boolean;
}

interface Entry {
  phrase: string;
  words: readonly PatternWord[];
}

/**
 * Entries indexed by their first word; entries whose first word is a prefix ("kut*") by that prefix's first letter,
 * so a draft's word is tried only against the prefixes it could start with.
 */
interface Index {
  byFirstWord: ReadonlyMap<string, readonly Entry[]>;
  prefixFirstByInitial: ReadonlyMap<string, readonly Entry[]>;
}

const indexCache = new WeakMap<Lexicon, Map<string, Index>>();

function entryOf(phrase: string): Entry {
  const words = phrase.split(/\s+/u).flatMap((part) => {
    const split = tokenize(part).map((token): PatternWord => ({ text: token.normalized, prefix: false }));
    const last = split[split.length - 1];
    if (part.endsWith('*') && last) last.prefix = true;
    return split;
  });
  return { phrase, words };
}

function indexFor(lexicon: Lexicon, languages: readonly LexiconLanguage[]): Index {
  let byLanguages = indexCache.get(lexicon);
  if (!byLanguages) indexCache.set(lexicon, (byLanguages = new Map()));
  const key = languages.join('+');
  let index = byLanguages.get(key);
  if (!index) {
    const byFirstWord = new Map<string, Entry[]>();
    const prefixFirstByInitial = new Map<string, Entry[]>();
    for (const phrase of new Set(languages.flatMap((language) => lexicon[language]))) {
      const entry = entryOf(phrase);
      const first = entry.words[0];
      if (first === undefined || first.text === '') continue;
      const byKey = first.prefix ? prefixFirstByInitial : byFirstWord;
      const key = first.prefix ? (first.text[0] as string) : first.text;
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
    index = { byFirstWord, prefixFirstByInitial };
    byLanguages.set(key, index);
  }
  return index;
}

function matchesAt(words: readonly Token[], at: number, pattern: readonly PatternWord[]): boolean {
  for (let offset = 0; offset < pattern.length; offset++) {
    const word = words[at + offset]?.normalized;
    const expected = pattern[offset] as PatternWord;
    if (word === undefined) return false;
    if (expected.prefix ? !word.startsWith(expected.text) : word !== expected.text) return false;
  }
  return true;
}

function pushIfMatching(matches: PhraseMatch[], words: readonly Token[], at: number, entry: Entry): void {
  if (!matchesAt(words, at, entry.words)) return;
  const first = words[at] as Token;
  const last = words[at + entry.words.length - 1] as Token;
  matches.push({ phrase: entry.phrase, start: first.start, end: last.end, wordIndex: at });
}

/** Where each word of a draft stands, built once per analysis (rules share the same `words` array). */
const positionsCache = new WeakMap<readonly Token[], ReadonlyMap<string, readonly number[]>>();

function positionsOf(words: readonly Token[]): ReadonlyMap<string, readonly number[]> {
  let positions = positionsCache.get(words);
  if (!positions) {
    const built = new Map<string, number[]>();
    words.forEach((word, at) => {
      const list = built.get(word.normalized);
      if (list) list.push(at);
      else built.set(word.normalized, [at]);
    });
    positionsCache.set(words, (positions = built));
  }
  return positions;
}

/**
 * Every whole-word occurrence of a lexicon entry (single words and phrases) among the draft's words, in
 * reading order. Hashtags, mentions and URLs are not words, so they never match. Looks entries up in the
 * draft's word index instead of walking the draft once per list: this runs on every keystroke.
 */
export function findLexicon(lexicon: Lexicon, languages: readonly LexiconLanguage[], words: readonly Token[]): PhraseMatch[] {
  const { byFirstWord, prefixFirstByInitial } = indexFor(lexicon, languages);
  const matches: PhraseMatch[] = [];
  const positions = positionsOf(words);
  // Walk whichever side is smaller: a long list against a short draft, or a long draft against a short list.
  if (positions.size < byFirstWord.size) {
    for (const [word, ats] of positions) {
      const entries = byFirstWord.get(word);
      if (entries) for (const at of ats) for (const entry of entries) pushIfMatching(matches, words, at, entry);
    }
  } else {
    for (const [first, entries] of byFirstWord) {
      for (const at of positions.get(first) ?? []) for (const entry of entries) pushIfMatching(matches, words, at, entry);
    }
  }
  if (prefixFirstByInitial.size > 0) {
    for (const [word, ats] of positions) {
      const entries = prefixFirstByInitial.get(word[0] ?? '');
      if (entries) for (const entry of entries) for (const at of ats) pushIfMatching(matches, words, at, entry);
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
