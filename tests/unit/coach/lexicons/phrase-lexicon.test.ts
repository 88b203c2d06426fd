import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '@/lib/coach/lexicons';
import { BOTH_LANGUAGES, findLexicon } from '@/lib/coach/lexicons/phrase-lexicon';
import { tokenize } from '@/lib/coach/text/tokenize';

const words = (text: string) => tokenize(text).filter((token) => token.kind === 'word');
const LEXICON: Lexicon = { nl: ['deel dit', 'kut*', 'laat weten'], en: ['proud to announce', 'share'] };
const found = (text: string, languages = BOTH_LANGUAGES) => findLexicon(LEXICON, languages, words(text)).map((match) => match.phrase);

describe('findLexicon', () => {
  it.each([
    ['Deel dit met je buren', ['deel dit']], // a phrase, case-insensitive
    ['Een deel van dit plan', []], // the words, but not next to each other
    ['Wat een kutdag', ['kut*']], // a stem with '*'
    ['Proud to announce: share it', ['proud to announce', 'share']], // reading order
    ['Sharepoint is down', []], // whole words only
    ['#share @share https://share.com', []], // hashtags, mentions and URLs are not words
    ["Laat 't weten", []], // an extra word breaks the phrase
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('uses only the languages asked for', () => {
    expect(found('Deel dit en share', ['en'])).toEqual(['share']);
  });

  it('gives offsets into the text', () => {
    const text = 'Wij zijn proud to announce dit';
    const [match] = findLexicon(LEXICON, BOTH_LANGUAGES, words(text));
    expect(match && text.slice(match.start, match.end)).toBe('proud to announce');
  });
});

describe('rule lexicon files', () => {
  const lexiconDir = new URL('../../../../lib/coach/lexicons/', import.meta.url);
  const names = readdirSync(new URL('nl/', lexiconDir)).filter((name) => /^(promo|cta|tone|boundaries|conflict)-/.test(name) && !name.endsWith('-suggestions.json'));

  it.each(names)('%s exists in both languages as lower-case, unique entries', (name) => {
    for (const language of ['nl', 'en']) {
      const entries = JSON.parse(readFileSync(new URL(`${language}/${name}`, lexiconDir), 'utf8')) as string[];
      for (const entry of entries) expect(entry).toBe(entry.toLowerCase().trim());
      expect(new Set(entries).size).toBe(entries.length);
    }
  });
});
