import { describe, expect, it } from 'vitest';
import { emojiShortcodes, exclamationMarks, exclamationRuns, longestEmojiRun, maskedWords, opensLine } from '@/lib/coach/text/tone-signals';
import { tokenize } from '@/lib/coach/text/tokenize';

describe('tone signals', () => {
  it.each([
    ['Wow!!! Echt!!!!', [[3, 6], [11, 15]]], // two rows of three or more
    ['Wow!! Echt!', []], // two in a row is not a row of three
    ['Zie https://a.nl/!!!/x en!!!', [[25, 28]]], // marks inside a link do not count
    ['Wow ‼️‼️ en ❗❗❗', [[4, 8], [12, 15]]], // exclamation marks as emoji, "‼" counting two, with or without their variation selector
    ['Wat? ⁉️ Echt!', []], // one of each is no row
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
  });

  it.each([
    ['Geachte heer', 0, true], // start of the text
    ['Hallo\n  Geachte heer', 8, true], // after a line break and spaces
    ['Lees het Persbericht', 9, false], // inside a sentence
  ])('opensLine(%s, %i) = %s', (text, offset, expected) => {
    expect(opensLine(text, offset)).toBe(expected);
  });
});

describe('maskedWords', () => {
  const lexicon = ['fuck', 'fucking', 'shit', 'kut*', 'ass'];
  it.each<[string, string[]]>([
    ["I'm gonna f*ck this up", ['f*ck']], // one asterisk for one letter
    ['f***ing hell', ['f***ing']], // three asterisks for three letters
    ['what a sh*t show', ['sh*t']], // a masked vowel
    ['die k*tkeeper weer', ['k*tkeeper']], // a masked prefix entry ("kut*") in a compound
    ['Got an A* in maths', []], // a grade: one asterisk and nothing after it
    ['*bold* and 5*3', []], // markdown emphasis and arithmetic
    ['b*nk holiday', []], // nothing in the list starts with b
    ['what a load of sh!t', ['sh!t']], // "!" inside a word masks a letter as an asterisk does
    ['f@ck this', ['f@ck']], // so does "@"
    ['Wow!! Mail jan@bureau.nl', []], // marks that end a word, and an address, hide nothing
  ])('%s', (text, expected) => {
    expect(maskedWords(text, lexicon).map((range) => text.slice(range.start, range.end))).toEqual(expected);
  });
});

describe('emojiShortcodes', () => {
  it.each<[string, string[]]>([
    ["you're actually iren :clown_face::loudly_crying_face:", [':clown_face:', ':loudly_crying_face:']], // two codes back to back
    ['So good :fire: really', [':fire:']], // a code of one word
    ['Meet at 10:30: room 4', []], // a time and a colon name no emoji
    ['Note:idiot: yes', []], // glued to a word, it is no code
  ])('%s', (text, expected) => {
    expect(emojiShortcodes(text).map((range) => text.slice(range.start, range.end))).toEqual(expected);
  });
});

describe('exclamationMarks', () => {
  it.each<[string, number]>([
    ['!!!', 3], // typed marks
    ['‼️‼️', 4], // a double mark is two, its variation selector none
    ['❗❕⁉️', 3], // one each
  ])('%s has %i', (row, expected) => {
    expect(exclamationMarks(row)).toBe(expected);
  });
});
