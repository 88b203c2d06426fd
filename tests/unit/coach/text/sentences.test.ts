import { describe, expect, it } from 'vitest';
import { asksAQuestion, placeWords, sentencesOf } from '@/lib/coach/text/sentences';
import { tokenize } from '@/lib/coach/text/tokenize';

function place(text: string) {
  return placeWords(tokenize(text), text).map((word) => [word.token.normalized, word.sentence, word.opensSentence, word.afterSeparator]);
}

describe('placeWords', () => {
  it.each([
    ['Deel dit. Lees dat', [['deel', 0, true, false], ['dit', 0, false, false], ['lees', 1, true, false], ['dat', 1, false, false]]], // full stop
    ['Like, share & follow', [['like', 0, true, false], ['share', 0, false, true], ['follow', 0, false, true]]], // list separators
    ['Nieuw 🎬\nKijk nu', [['nieuw', 0, true, false], ['kijk', 1, true, false], ['nu', 1, false, false]]], // emoji and line break end a sentence
    ['Dank @jan voor alles', [['dank', 0, true, false], ['voor', 0, false, false], ['alles', 0, false, false]]], // a mention is syntax and keeps the sentence
    ['Lees https://a.nl/x. en deel', [['lees', 0, true, false], ['en', 1, true, false], ['deel', 1, false, false]]], // a link ends a sentence
  ])('%s', (text, expected) => {
    expect(place(text)).toEqual(expected);
  });

  it('groups words by sentence in reading order', () => {
    const text = 'Een twee. Drie';
    expect(sentencesOf(placeWords(tokenize(text), text)).map((sentence) => sentence.map((word) => word.token.text))).toEqual([['Een', 'twee'], ['Drie']]);
  });
});

describe('asksAQuestion', () => {
  it.each([
    ['Hoe doe jij dit?', true], // a plain question
    ['Kijk: https://youtube.com/watch?v=abc', false], // "?" inside a link asks nothing
    ['https://a.nl/?x=1 en jij？', true], // full-width question mark after a link
    ['Geen vraag hier.', false], // no question mark
  ])('%s', (text, expected) => {
    const urls = tokenize(text).filter((token) => token.kind === 'url');
    expect(asksAQuestion(text, urls)).toBe(expected);
  });
});
