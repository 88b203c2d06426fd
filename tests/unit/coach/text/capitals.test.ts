import { describe, expect, it } from 'vitest';
import { capitalRuns, isCapitalWord } from '@/lib/coach/text/capitals';
import { tokenize } from '@/lib/coach/text/tokenize';

const words = (text: string) => tokenize(text).filter((token) => token.kind === 'word');
const runsOf = (text: string, names: string[] = []) => capitalRuns(words(text), text, new Set(names)).map((run) => run.map((word) => word.text));

describe('capitals', () => {
  it.each([
    ['GRATIS', true], // a capital word
    ['Gratis', false], // a capital letter only at the start
    ['A4', false], // digits make it a code
    ['I', false], // one letter is not shouting
    ["ZZP'er", false], // lower case inside
    ['𝗕𝗢𝗟𝗗', false], // mathematical bold is how LinkedIn posts set headings: the rubric says that is no raised voice
  ])('%s is a capital word: %s', (text, expected) => {
    expect(isCapitalWord(words(text)[0] ?? tokenize(text)[0]!)).toBe(expected);
  });

  it('finds runs of adjacent capital words', () => {
    expect(runsOf('GRATIS WORKSHOP voor ALLE OUDERS')).toEqual([['GRATIS', 'WORKSHOP'], ['ALLE', 'OUDERS']]);
  });

  it('lets names break a run and never counts them', () => {
    expect(runsOf('DE NASA EN ESA', ['nasa', 'esa'])).toEqual([['DE'], ['EN']]);
  });

  it('lets a name that is also an ordinary word go on with a run already shouting, never start one', () => {
    const runs = (text: string) => capitalRuns(words(text), text, new Set(['it']), new Set(['it'])).map((run) => run.map((word) => word.text));
    expect(runs("DON'T MISS IT")).toEqual([["DON'T", 'MISS', 'IT']]);
    expect(runs('our IT TEAM')).toEqual([['TEAM']]);
  });

  it('breaks a run at punctuation, so a list of acronyms is not one shout', () => {
    expect(runsOf('AVG, WMO, UWV')).toEqual([['AVG'], ['WMO'], ['UWV']]);
  });
});
