import type { DraftLanguage } from '../types';
import enGenericHashtags from './en/generic-hashtags.json';
import nlGenericHashtags from './nl/generic-hashtags.json';

/**
 * A word list per draft language. The lists are data files (`lexicons/<lang>/<name>.json`), one per
 * language, so a translator or a user can read them without reading code.
 */
export interface Lexicon {
  nl: readonly string[];
  en: readonly string[];
}

export type LexiconLanguage = Exclude<DraftLanguage, 'und'>;

const setCache = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();

/** The entries for the given languages as one lower-case set, built once per language combination. */
export function lexiconSet(lexicon: Lexicon, languages: readonly LexiconLanguage[]): ReadonlySet<string> {
  let byLanguages = setCache.get(lexicon);
  if (!byLanguages) setCache.set(lexicon, (byLanguages = new Map()));
  const key = languages.join('+');
  let set = byLanguages.get(key);
  if (!set) {
    set = new Set(languages.flatMap((language) => lexicon[language].map((entry) => entry.toLowerCase())));
    byLanguages.set(key, set);
  }
  return set;
}

/** Broad tags that reach nobody in particular (seed 004 point 9). Lower case, without '#'. */
export const GENERIC_HASHTAGS: Lexicon = { nl: nlGenericHashtags, en: enGenericHashtags };
