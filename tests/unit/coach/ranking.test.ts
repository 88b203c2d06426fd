import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { compareFindings } from '@/lib/coach/ranking';
import type { Category, Finding, Severity } from '@/lib/coach/types';

/** The order nudges come in: what matters most to the reader first (rubric.md, voice.md; issue #13, item 4). */

const finding = (category: Category, messageId: string, severity: Severity = 'warning', start = 0): Finding => ({
  ruleId: category, messageId, category, severity, message: messageId, explanation: '', source: { seed: 's.txt', quote: 'q', translation: 't' }, ranges: [{ start, end: start + 1 }],
});

describe('compareFindings', () => {
  it.each<[string, Finding, Finding]>([
    ['a post with nothing for the reader matters more than a row of exclamation marks', finding('self-promotion', 'onlyAboutSender'), finding('tone', 'exclamations')],
    ['generic hashtags reach the wrong readers; exclamation marks only change how it looks', finding('hashtags', 'allGeneric'), finding('tone', 'exclamations')],
    ['giving the reader something to do comes before how the words look', finding('call-to-action', 'noInvitation'), finding('tone', 'capitals')],
    ['an emoji wall is form: a pure sales pitch comes first', finding('self-promotion', 'readsAsAdvert'), finding('tone', 'emojiWall')],
    ['a block without line breaks is layout: tags that reach nobody come first', finding('hashtags', 'tooMany'), finding('length', 'wallOfText')],
    ['shouting before a block without line breaks: both form, the reader hears the shouting first', finding('tone', 'capitals'), finding('length', 'wallOfText')],
    ['swearing sticks to the writer\'s name: before self-promotion', finding('tone', 'slang'), finding('self-promotion', 'onlyAboutSender')],
    ['engagement bait makes readers feel used: before the hashtags', finding('tone', 'bait'), finding('hashtags', 'generic')],
    ['a client who could be recognised comes before anything else', finding('privacy', 'identifiesClient'), finding('conflict', 'insult')],
    ['a heated reply before private matters on a work account', finding('conflict', 'insult'), finding('boundaries', 'tooPrivate')],
    ['private matters on a work account before self-promotion', finding('boundaries', 'tooPrivate'), finding('self-promotion', 'onlyAboutSender')],
    ['a missing invitation before the length polish', finding('call-to-action', 'noInvitation'), finding('length', 'foldHidesOpening')],
    ['exclamation marks before a hard-to-read hashtag: both polish, the reader sees the shouting first', finding('tone', 'exclamations'), finding('accessibility', 'camelCaseHashtag')],
    ['severity first: a problem outranks any warning, whatever its category', finding('accessibility', 'camelCaseHashtag', 'problem'), finding('privacy', 'identifiesClient', 'warning')],
    ['a warning about form still outranks a tip about self-promotion', finding('tone', 'exclamations', 'warning'), finding('self-promotion', 'onlyAboutSender', 'tip')],
    ['same rank: reading order decides', finding('tone', 'exclamations', 'warning', 2), finding('tone', 'capitals', 'warning', 9)],
  ])('%s', (_reason, first, second) => {
    expect(compareFindings(first, second)).toBeLessThan(0);
    expect(compareFindings(second, first)).toBeGreaterThan(0);
  });
});

describe('the screenshots\' self-promotional draft', () => {
  it.each([
    { uiLocale: 'en' as const, text: 'PROUD to announce our new workshop!!! We are the best team in town. Book now #love #instagood #business #marketing' },
    { uiLocale: 'nl' as const, text: 'TROTS op onze nieuwe workshop!!! Wij zijn het beste team van de stad. Boek nu #love #instagood #ondernemen #marketing' },
  ])('$uiLocale: self-promotion first, the exclamation marks last', ({ uiLocale, text }) => {
    for (const platform of ['linkedin', 'x', 'facebook'] as const) {
      const order = analyze({ text, platform }, { mode: 'work', uiLocale }).findings.map((f) => f.messageId);
      expect(order[0], platform).toBe('onlyAboutSender');
      expect(order.indexOf('exclamations'), platform).toBe(order.length - 1);
      expect(order.indexOf('exclamations'), platform).toBeGreaterThan(order.findIndex((id) => id === 'generic' || id === 'allGeneric'));
    }
  });
});
