import { describe, expect, it } from 'vitest';
import { exclamationRuns, longestEmojiRun, longestParagraph, opensLine } from '@/lib/coach/text/tone-signals';
import { tokenize } from '@/lib/coach/text/tokenize';

describe('tone signals', () => {
  it.each([
    ['Wow!!! Echt!!!!', [[3, 6], [11, 15]]], // two rows of three or more
    ['Wow!! Echt!', []], // two in a row is not a row of three
    ['Zie https://a.nl/!!!/x en!!!', [[25, 28]]], // marks inside a link do not count
  ])('exclamationRuns(%s)', (text, expected) => {
    const urls = tokenize(text).filter((token) => token.kind === 'url');
    expect(exclamationRuns(text, urls, 3).map((range) => [range.start, range.end])).toEqual(expected);
  });

  it.each([
    ['🎉 🎉🎉 tekst 🔥🔥', 3], // spaces between emoji keep the row going, words break it
    ['geen emoji', 0], // nothing to count
    ['👩‍👩‍👧 👍🏽', 2], // a ZWJ family and a skin tone each count once
  ])('longestEmojiRun(%s) = %i', (text, expected) => {
    expect(longestEmojiRun(tokenize(text), text)).toHaveLength(expected);
  });

  it('finds the longest paragraph with its offsets', () => {
    expect(longestParagraph('kort\nveel langer\nmid')).toEqual({ start: 5, end: 16 });
  });

  it.each([
    ['Geachte heer', 0, true], // start of the text
    ['Hallo\n  Geachte heer', 8, true], // after a line break and spaces
    ['Lees het Persbericht', 9, false], // inside a sentence
  ])('opensLine(%s, %i) = %s', (text, offset, expected) => {
    expect(opensLine(text, offset)).toBe(expected);
  });
});
