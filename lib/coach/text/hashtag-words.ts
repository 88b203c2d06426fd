import { lexiconSet } from '../lexicons';
import type { Lexicon } from '../lexicons';
import enWords from '../lexicons/en/hashtag-words.json';
import nlWords from '../lexicons/nl/hashtag-words.json';

/** Words people string together in hashtags (#socialmediatips, #werkenbijdeoverheid). */
export const HASHTAG_WORDS: Lexicon = { nl: nlWords, en: enWords };

/** Dutch words that never open a compound, so a tag holding one is a phrase, not one long Dutch word. */
const DUTCH_PHRASE_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'is', 'mijn', 'jouw', 'onze', 'ons', 'je', 'jij', 'wij', 'we', 'ik', 'hun', 'elkaar']);
/** Short English words that may open a tag ("#amreading", "#mystory") when a long word follows. */
const OPENING_PRONOUNS = new Set(['am', 'my', 'we']);
const MAX_TAG_LENGTH = 40;

/** Fewest-parts split of `tag` into known words of two letters or more, or null. */
function split(tag: string, known: ReadonlySet<string>): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= tag.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 20); start <= end - 2; start++) {
      const before = best[start];
      const part = tag.slice(start, end);
      if (!before || !known.has(part)) continue;
      if (!best[end] || before.length + 1 < (best[end] as string[]).length) best[end] = [...before, part];
    }
  }
  return best[tag.length] ?? null;
}

/**
 * The words of a lower-case multi-word hashtag, or null when it is one word as far as we can tell. Closed
 * compounds are normal words ("teamwork", Dutch "zomervakantie"), and the word lists hold the common ones
 * whole, so a split only counts when it reads as a phrase: with Dutch parts it needs a word like "de" or
 * "elkaar"; English parts need three letters each and seven in all. Two-letter words never open or close the
 * tag ("today", "within" stay whole), except "am", "my" and "we" before a long word.
 */
export function multiWordParts(tag: string): string[] | null {
  if (tag.length < 6 || tag.length > MAX_TAG_LENGTH || !/^\p{Ll}+$/u.test(tag)) return null;
  const english = lexiconSet(HASHTAG_WORDS, ['en']);
  const known = lexiconSet(HASHTAG_WORDS, ['nl', 'en']);
  if (known.has(tag)) return null;
  const parts = split(tag, known);
  if (!parts || parts.length < 2) return null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const opensWithPronoun = OPENING_PRONOUNS.has(first) && (parts[1] as string).length >= 5;
  if ((first.length < 3 && !opensWithPronoun) || last.length < 3) return null;
  if (parts.some((part) => !english.has(part))) return parts.some((part) => DUTCH_PHRASE_WORDS.has(part)) ? parts : null;
  return parts.length >= 3 || opensWithPronoun || tag.length >= 7 ? parts : null;
}

export function camelCase(parts: readonly string[]): string {
  return parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
