import { describe, expect, it } from 'vitest';
import { GENERIC_HASHTAGS, lexiconSet } from '@/lib/coach/lexicons';
import { compilePhrases, findPhrases } from '@/lib/coach/lexicons/phrases';
import { fillMessage, joinList, placeholdersOf } from '@/lib/coach/messages';
import { tokenize } from '@/lib/coach/text/tokenize';

describe('generic hashtag lexicon', () => {
  it('ships at least 150 broad tags across Dutch and English, lower case without #', () => {
    const all = lexiconSet(GENERIC_HASHTAGS, ['nl', 'en']);
    expect(all.size).toBeGreaterThanOrEqual(150);
    for (const tag of all) expect(tag).toMatch(/^[\p{Ll}\p{N}]+$/u);
  });

  it.each(['love', 'instagood', 'business', 'marketing', 'success', 'motivation', 'ondernemen', 'nieuws'])('includes the issue example #%s', (tag) => {
    expect(lexiconSet(GENERIC_HASHTAGS, ['nl', 'en']).has(tag)).toBe(true);
  });

  it('keeps the languages apart and caches each combination', () => {
    expect(lexiconSet(GENERIC_HASHTAGS, ['nl']).has('ondernemen')).toBe(true);
    expect(lexiconSet(GENERIC_HASHTAGS, ['en']).has('ondernemen')).toBe(false);
    expect(lexiconSet(GENERIC_HASHTAGS, ['en'])).toBe(lexiconSet(GENERIC_HASHTAGS, ['en']));
  });
});

describe('phrases', () => {
  const compiled = compilePhrases(['proud to announce', 'nu verkrijgbaar', 'bestel*', "don't miss", 'call-to-action']);
  const find = (text: string) => findPhrases(compiled, tokenize(text).filter((token) => token.kind === 'word')).map((match) => [match.phrase, match.start, match.end]);

  it.each<[string, (string | number)[][]]>([
    ['We are Proud to announce it', [['proud to announce', 7, 24]]], // case-insensitive, with offsets
    ['Nu verkrijgbaar in de winkel', [['nu verkrijgbaar', 0, 15]]], // Dutch phrase
    ['Bestellen kan vanaf nu', [['bestel*', 0, 9]]], // a prefix word
    ['Don’t miss this', [["don't miss", 0, 10]]], // curly apostrophe matches a straight one
    ['Our call to action', [['call-to-action', 4, 18]]], // hyphens split like the draft
    ['proud #to announce', []], // a hashtag breaks the phrase
    ['proud to', []], // a partial phrase is no match
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('messages', () => {
  it('fills placeholders, picking localized values, and leaves unknown ones visible', () => {
    expect(fillMessage('{a} en {b} en {c}', { a: 1, b: { en: 'two', nl: 'twee' } }, 'nl')).toBe('1 en twee en {c}');
  });

  it('lists placeholders sorted, for comparing translations', () => {
    expect(placeholdersOf('{limit} van {count} op {platform}')).toEqual(['count', 'limit', 'platform']);
  });

  it.each<[string[], 'nl' | 'en', string]>([
    [[], 'en', ''], // nothing
    [['#a'], 'nl', '#a'], // one item
    [['#a', '#b'], 'en', '#a and #b'], // two
    [['#a', '#b', '#c'], 'nl', '#a, #b en #c'], // three, Dutch
  ])('joins %j in %s', (items, locale, expected) => {
    expect(joinList(items, locale)).toBe(expected);
  });
});
