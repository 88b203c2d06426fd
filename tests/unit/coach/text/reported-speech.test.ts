import { describe, expect, it } from 'vitest';
import { outside, reportedQuotes, unsaid } from '@/lib/coach/text/reported-speech';

describe('reportedQuotes', () => {
  const quoted = (text: string) => reportedQuotes(text).map((range) => text.slice(range.start, range.end));

  it.each<[string, string[]]>([
    ['"It was disgusting," said the mayor.', ['"It was disgusting,"']], // attributed right after the quote
    ['"Criminal and disgusting."\n\nA warrant was issued, according to the police.', ['"Criminal and disgusting."']], // attributed in the next sentence
    ["Lammers baalt: ''Het werd een klote-avond''", ["''Het werd een klote-avond''"]], // a Dutch headline: speaker, colon, quote
    ['„Dit is schandalig”, aldus de voorzitter.', ['„Dit is schandalig”']], // Dutch low-high quotes with "aldus"
    ['Ik vind dit "walgelijk" beleid.', []], // scare quotes: the writer's own word
    ['"Pathetic." That is all I have to say. Really.', []], // no speaker anywhere near
    ['No quotes here, said nobody.', []], // attribution without a quotation
    ['Minister: ‘Dit is walgelijk’', ['‘Dit is walgelijk’']], // single curly quotes, as Dutch and British headlines write them, introduced by the speaker
    ['‘We don’t need those idiots’, said the mayor.', ['‘We don’t need those idiots’']], // an apostrophe inside does not end the quotation
    ['It’s the team’s best year, they’re proud.', []], // apostrophes alone quote nothing
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('outside', () => {
  it('keeps what no quote holds, in reading order, also when a long item overlaps a short one', () => {
    const quotes = [{ start: 11, end: 20 }, { start: 40, end: 60 }];
    const items = [{ start: 45, end: 50 }, { start: 10, end: 50 }, { start: 12, end: 15 }, { start: 0, end: 5 }];
    expect(outside(items, quotes)).toEqual([{ start: 0, end: 5 }, { start: 10, end: 50 }]);
  });
});

describe('unsaid', () => {
  it('gives reported quotes and emoji shortcodes together, in reading order', () => {
    const text = ':clown_face: "It was disgusting," said the mayor. :fire:';
    expect(unsaid(text).map((range) => text.slice(range.start, range.end))).toEqual([':clown_face:', '"It was disgusting,"', ':fire:']);
  });
});
