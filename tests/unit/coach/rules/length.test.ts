import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import rule from '@/lib/coach/rules/length';
import { runRuleTests } from '../rule-tester';

const longDutchOpening =
  'In de afgelopen drie jaar hebben we samen met zorgverleners, cliënten, vrijwilligers en gemeenten uit de hele regio gewerkt aan een nieuwe manier van samenwerken die de zorg dichter bij huis brengt en die iedereen meer tijd geeft voor het echte gesprek';
const longEnglishOpening =
  'Over the past three years we have worked with nurses, patients, volunteers and local councils across the whole region on a new way of working together that brings care closer to home and gives everyone more time for the real conversation';
const WALL_EN =
  'Quick reflection after our team day on intake meetings with families who are new to the neighbourhood: most of our forms ask for information we never use, families tell the same story three times to three colleagues, our waiting room is the least welcoming room in the building, and nobody ever asked the families what they expected from the first meeting, which is the one question that matters most. Has anyone changed this?';
const WALL_NL =
  'Na tien jaar buurtwerk weet ik dat de meeste bewoners pas komen als iemand ze persoonlijk uitnodigt, dat een folder in de bus bijna niets doet, dat de koffie belangrijker is dan het programma, dat je de tijden moet kiezen die bewoners passen en niet die van ons rooster, en dat een avond pas geslaagd is als mensen elkaars naam kennen bij het weggaan en zin hebben om terug te komen. Wie herkent dit?';
const sentence = (n: number) => 'Dit is een zin. '.repeat(n);

runRuleTests(rule, {
  valid: [
    { text: 'Hoe pak jij dit aan?', platform: 'x' }, // short X post
    { text: 'a'.repeat(280), platform: 'x' }, // exactly at the X limit
    { text: `${'a'.repeat(256)} https://example.com/a/very/long/path/that/counts/as/twentythree`, platform: 'x' }, // a long link weighs 23 on X
    { text: '👍'.repeat(140), platform: 'x' }, // 140 emoji weigh 280 on X
    { text: '👨‍👩‍👧'.repeat(300), platform: 'bluesky' }, // 300 family emoji are 300 graphemes on Bluesky
    { text: `${'b'.repeat(250)}\n${'b'.repeat(249)}`, platform: 'threads' }, // Threads allows 500
    { text: WALL_EN, platform: 'facebook' }, // long paragraphs are normal on Facebook
    { text: WALL_EN, platform: 'mastodon' }, // and on Mastodon
    { text: `${'g'.repeat(399)}\n${'g'.repeat(99)}`, platform: 'threads' }, // a paragraph of 399 characters is no wall yet
    { text: 'c'.repeat(900), platform: 'mastodon', settings: { mastodonLimit: 1000 } }, // an instance with a higher limit
    { text: `Korte, zakelijke inleiding.\n\n${sentence(40)}`, platform: 'linkedin' }, // opening fits before the fold
    { text: `Short hook first.\n${longEnglishOpening}`, platform: 'linkedin' }, // the long part is after the first line
    { text: `Zomer aan zee.\n${sentence(20)}`, platform: 'instagram', mode: 'personal' }, // Instagram caption with a short opening
    { text: longDutchOpening, platform: 'facebook' }, // Facebook has no fold rule
    { text: longDutchOpening, platform: 'x', settings: { disabledRules: ['length'] } }, // the user turned the rule off
    { text: 'Lijn een\nLijn twee\nLijn drie\nLijn vier met meer tekst', platform: 'linkedin' }, // the 3-line fold cuts after a short opening
    { text: `Kort.\n${'e'.repeat(2994)}`, platform: 'linkedin' }, // LinkedIn allows 3,000
    { text: `Zon.\n${'f'.repeat(2195)}`, platform: 'instagram' }, // Instagram allows 2,200
  ],
  invalid: [
    // one over the X limit: suggest a thread
    { text: 'a'.repeat(281), platform: 'x', errors: [{ messageId: 'overLimitThread', severity: 'problem', ranges: [[280, 281]] }] },
    // CJK weighs 2 on X
    { text: '日本語'.repeat(50), platform: 'x', errors: [{ messageId: 'overLimitThread' }] },
    // emoji weigh 2 on X
    { text: '😀'.repeat(141), platform: 'x', errors: [{ messageId: 'overLimitThread', ranges: [[280, 282]] }] },
    // Bluesky over 300 graphemes
    { text: 'd'.repeat(301), platform: 'bluesky', errors: [{ messageId: 'overLimit', severity: 'problem' }] },
    // Threads over 500
    { text: `${'b'.repeat(250)}\n${'b'.repeat(250)}`, platform: 'threads', mode: 'personal', errors: [{ messageId: 'overLimit', severity: 'problem' }] },
    // Mastodon default 500
    { text: 'c'.repeat(501), platform: 'mastodon', errors: [{ messageId: 'overLimit' }] },
    // Mastodon with a lower instance limit
    { text: 'c'.repeat(450), platform: 'mastodon', settings: { mastodonLimit: 400 }, errors: [{ messageId: 'overLimit' }] },
    // LinkedIn over 3,000
    { text: 'e'.repeat(3001), platform: 'linkedin', errors: [{ messageId: 'overLimit' }] },
    // Instagram over 2,200, in Dutch
    { text: 'f'.repeat(2201), platform: 'instagram', uiLocale: 'nl', errors: [{ messageId: 'overLimit' }] },
    // a Dutch opening that runs past LinkedIn's fold
    { text: `${longDutchOpening}. Meer volgt.`, platform: 'linkedin', errors: [{ messageId: 'foldHidesOpening', severity: 'warning', ranges: [[210, longDutchOpening.length + 1]] }] },
    // an English opening past the fold, in personal mode only a tip
    { text: `${longEnglishOpening}.\nMore below.`, platform: 'linkedin', mode: 'personal', errors: [{ messageId: 'foldHidesOpening', severity: 'tip' }] },
    // Instagram's fold is about 125 characters
    { text: `${longEnglishOpening}! Then the rest.`, platform: 'instagram', errors: [{ messageId: 'foldHidesOpening', ranges: [[125, longEnglishOpening.length + 1]] }] },
    // a single paragraph without any sentence end
    { text: longDutchOpening, platform: 'linkedin', uiLocale: 'nl', errors: [{ messageId: 'foldHidesOpening' }] },
    // leading blank lines do not hide the opening from the check
    { text: `\n\n${longEnglishOpening}.`, platform: 'instagram', errors: [{ messageId: 'foldHidesOpening' }] },
    // a wall of text on Threads, read on a phone while scrolling: layout, not tone (rubric.md)
    { text: WALL_EN, platform: 'threads', errors: [{ messageId: 'wallOfText', severity: 'warning', ranges: [[0, WALL_EN.length]] }] },
    // a Dutch wall on Bluesky, past its limit too: in personal mode the wall is a tip
    { text: WALL_NL, platform: 'bluesky', mode: 'personal', uiLocale: 'nl', errors: [{ messageId: 'overLimit' }, { messageId: 'wallOfText', severity: 'tip' }] },
    // the longest paragraph is marked, not the first
    { text: `Kort begin.\n${'h'.repeat(400)}\nEinde.`, platform: 'threads', errors: [{ messageId: 'wallOfText', ranges: [[12, 412]] }] },
    // a wall past X's limit asks for both: shorter, and in lines
    { text: 'i'.repeat(400), platform: 'x', errors: [{ messageId: 'overLimitThread' }, { messageId: 'wallOfText' }] },
    // over the limit wins over the fold: one nudge at a time
    { text: `${longDutchOpening}. ${'x'.repeat(3000)}`, platform: 'linkedin', errors: [{ messageId: 'overLimit' }] },
  ],
});

describe('counts that agree with their noun, numbers as each language writes them (issue #13, item 6)', () => {
  const over = (text: string, platform: 'x' | 'linkedin', uiLocale: 'nl' | 'en') =>
    analyze({ text, platform }, { mode: 'work', uiLocale }).findings.find((finding) => finding.ruleId === 'length');
  it.each([
    { text: 'e'.repeat(3001), platform: 'linkedin' as const, uiLocale: 'nl' as const, message: 'Kort 1 teken in om op LinkedIn te passen', numbers: '3.001 van de 3.000 tekens' },
    { text: 'e'.repeat(3001), platform: 'linkedin' as const, uiLocale: 'en' as const, message: 'Shorten by 1 character to fit LinkedIn', numbers: '3,001 of 3,000 characters' },
    { text: 'e'.repeat(3012), platform: 'linkedin' as const, uiLocale: 'nl' as const, message: 'Kort 12 tekens in om op LinkedIn te passen', numbers: '3.012 van de 3.000 tekens' },
    { text: 'a'.repeat(1281), platform: 'x' as const, uiLocale: 'en' as const, message: 'Shorten by 1,001 characters or start a thread', numbers: '1,281 of 280 characters' },
  ])('$uiLocale: $message', ({ text, platform, uiLocale, message, numbers }) => {
    const finding = over(text, platform, uiLocale);
    expect(finding?.message).toBe(message);
    expect(finding?.explanation).toContain(numbers);
  });
});
