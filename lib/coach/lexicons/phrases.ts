import type { Token } from '../rule';
import { tokenize } from '../text/tokenize';

/** A phrase as the words it is made of; a word ending in '*' matches any word that starts with it. */
type PhraseWords = readonly string[];

/** Phrases indexed by their first word (or its prefix), so matching costs one lookup per draft word. */
export interface CompiledPhrases {
  exact: ReadonlyMap<string, readonly { phrase: string; words: PhraseWords }[]>;
  prefixed: readonly { phrase: string; words: PhraseWords }[];
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
  /** Index of the phrase's first word in the words it was matched against. */
  wordIndex: number;
}

/** Splits a phrase the way drafts are split, keeping a trailing '*' as the prefix marker. */
function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((part) => {
    const words = tokenize(part).map((token) => token.normalized);
    if (part.endsWith('*') && words.length > 0) words[words.length - 1] += '*';
    return words;
  });
}

/** Compile once at module load: `compilePhrases(['proud to announce', 'bestel*'])`. */
export function compilePhrases(phrases: Iterable<string>): CompiledPhrases {
  const exact = new Map<string, { phrase: string; words: PhraseWords }[]>();
  const prefixed: { phrase: string; words: PhraseWords }[] = [];
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (!first) continue;
    const entry = { phrase, words };
    if (first.endsWith('*')) prefixed.push(entry);
    else exact.set(first, [...(exact.get(first) ?? []), entry]);
  }
  return { exact, prefixed };
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function matchesAt(words: readonly Token[], index: number, pattern: PhraseWords): boolean {
  for (let offset = 0; offset < pattern.length; offset++) {
    const word = words[index + offset];
    if (!word || !wordMatches(pattern[offset] as string, word.normalized)) return false;
  }
  return true;
}

/** Every occurrence of a compiled phrase in the draft's words (hashtags, mentions and URLs are skipped). */
export function findPhrases(compiled: CompiledPhrases, words: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const tryAt = (index: number, candidates: readonly { phrase: string; words: PhraseWords }[]) => {
    for (const { phrase, words: pattern } of candidates) {
      if (!matchesAt(words, index, pattern)) continue;
      const first = words[index] as Token;
      const last = words[index + pattern.length - 1] as Token;
      matches.push({ phrase, start: first.start, end: last.end, wordIndex: index });
    }
  };
  for (let index = 0; index < words.length; index++) {
    const exact = compiled.exact.get((words[index] as Token).normalized);
    if (exact) tryAt(index, exact);
    if (compiled.prefixed.length > 0) tryAt(index, compiled.prefixed);
  }
  return matches;
}
