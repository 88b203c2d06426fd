import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import type { Platform } from '@/lib/coach/types';

/** Nudges that agree with each other, and counts that match what their suggestions do (issue #13, item 3). */

const findings = (text: string, platform: Platform, uiLocale: 'en' | 'nl' = 'en') => analyze({ text, platform }, { mode: 'work', uiLocale }).findings;
const apply = (text: string, edit: { start: number; end: number; from: string; to: string }) => {
  expect(text.slice(edit.start, edit.end)).toBe(edit.from);
  return text.slice(0, edit.start) + edit.to + text.slice(edit.end);
};
const tagsOf = (text: string) => text.match(/#\p{L}[\p{L}\p{N}_]*/gu) ?? [];

describe('the hashtag nudge and its suggestion count the same tags', () => {
  it.each([
    // seven tags on LinkedIn (norm five), one broad: "at most 5", and the suggestion keeps exactly five
    { text: 'Mooie dag in de wijk. #wijkteam #mantelzorg #schuldhulp #buurtwerk #jeugdzorg #sociaalwerk #love', platform: 'linkedin' as const, kept: 5, message: /at most 5/ },
    // five tags on X (norm two), three broad: both specific ones, named in the message
    { text: 'New workshop in town #love #keramiekles #business #marketing #pottenbakken', platform: 'x' as const, kept: 2, message: /^Keep only #keramiekles and #pottenbakken$/ },
    // eight on Instagram (cap five), five broad: the three specific ones, named; not "at most 5"
    { text: 'Zondag op de markt #love #instagood #food #happy #life #boerenmarkt #kaasmaker #streekproduct', platform: 'instagram' as const, kept: 3, message: /^Keep only #boerenmarkt, #kaasmaker and #streekproduct$/ },
  ])('$platform: keeps $kept', ({ text, platform, kept, message }) => {
    const finding = findings(text, platform).find((f) => f.ruleId === 'hashtags');
    expect(finding?.message).toMatch(message);
    const suggestion = finding?.suggestions?.[0];
    expect(suggestion?.label.split(' ').filter((word) => word.startsWith('#'))).toHaveLength(kept);
    // the closing block of tags is replaced by the kept ones: one click does what the message says
    const after = apply(text, suggestion!.edit!);
    expect(tagsOf(after)).toHaveLength(kept);
    expect(findings(after, platform).some((f) => f.ruleId === 'hashtags')).toBe(false);
  });

  it('offers no edit for tags spread through the text, only the example of which to keep', () => {
    const finding = findings('Met #wijkteam op pad #love en #mantelzorg #business', 'x').find((f) => f.ruleId === 'hashtags');
    expect(finding?.suggestions?.[0]?.edit).toBeUndefined();
  });
});

describe('no nudge polishes a tag another nudge drops', () => {
  it.each([
    // "#instagood" is broad and one of four on X: no CamelCase tip for it
    { text: 'Launch day at the studio. #instagood #socialmediatips #business #marketing', platform: 'x' as const },
    // a broad pair within the norm on LinkedIn: "swap broad tags" and no "write #smallbusiness as #SmallBusiness"
    { text: 'Nieuwe cursus gestart. #smallbusiness #socialmedia', platform: 'linkedin' as const },
  ])('$text', ({ text, platform }) => {
    const all = findings(text, platform);
    expect(all.some((f) => f.ruleId === 'hashtags')).toBe(true);
    const polished = all.filter((f) => f.messageId === 'camelCaseHashtag').map((f) => f.message);
    expect(polished.filter((message) => /instagood|smallbusiness|socialmedia\b/.test(message))).toEqual([]);
  });

  it('still offers CamelCase for a tag the writer keeps', () => {
    const all = findings('Tips voor je volgende post #socialmediatips', 'linkedin');
    expect(all.some((f) => f.messageId === 'camelCaseHashtag')).toBe(true);
  });
});

describe('no one-click invitation to spread a heated post', () => {
  it.each([
    // an insult (conflict): the calmer post comes first
    { text: 'You are an idiot and everyone knows it', platform: 'x' as const },
    // shouting (tone)
    { text: 'WAT EEN ONZIN!!! Dit slaat echt nergens op', platform: 'facebook' as const },
    // a client who could be recognised (issue #13, item 9): "Pass it on" would spread her story
    { text: 'Vandaag mevrouw Jansen (82) uit de Kerkstraat geholpen met haar schulden.', platform: 'linkedin' as const },
    // a relative's health news
    { text: 'Mijn dochter is net geopereerd en ik slaap slecht.', platform: 'facebook' as const },
  ])('$text', ({ text, platform }) => {
    const all = findings(text, platform);
    const heated = all.findIndex((f) => f.category === 'conflict' || f.category === 'tone' || f.category === 'privacy');
    const invitation = all.findIndex((f) => f.category === 'call-to-action');
    expect(heated).toBeGreaterThanOrEqual(0);
    // still true to the rubric (nothing for the reader to do), but a tip after the heated nudge, with nothing to click
    expect(invitation).toBeGreaterThan(heated);
    expect(all[invitation]?.severity).toBe('tip');
    expect(all[invitation]?.suggestions).toBeUndefined();
  });

  it.each([
    // nothing heated at all
    { text: 'Vandaag een workshop over schulden gegeven.', platform: 'x' as const, layout: undefined },
    // an emoji wall on LinkedIn is off-register layout, not heat: asking readers in stays one click away
    { text: 'Vandaag een workshop over schulden gegeven 🎉🎉🎉🎉🎉🎉🎉🎉', platform: 'linkedin' as const, layout: 'emojiWall' },
  ])('keeps the invitation and its examples on a calm draft: $text', ({ text, platform, layout }) => {
    const all = findings(text, platform);
    if (layout) expect(all.some((f) => f.messageId === layout)).toBe(true);
    const cta = all.find((f) => f.category === 'call-to-action');
    expect(cta?.severity).toBe('warning');
    expect(cta?.suggestions?.length).toBeGreaterThan(0);
  });
});

describe('a chosen question goes before the closing hashtags', () => {
  it.each([
    { text: 'Vandaag een workshop over schulden gegeven. #wijkteam #schuldhulp', to: 'Vandaag een workshop over schulden gegeven.\n\nHoe pak jij dit aan? #wijkteam #schuldhulp' },
    { text: 'Vandaag een workshop over schulden gegeven.\n\n#wijkteam', to: 'Vandaag een workshop over schulden gegeven.\n\nHoe pak jij dit aan?\n\n#wijkteam' },
    { text: 'Vandaag een workshop over schulden gegeven.', to: 'Vandaag een workshop over schulden gegeven.\n\nHoe pak jij dit aan?' },
  ])('$text', ({ text, to }) => {
    const cta = findings(text, 'linkedin', 'nl').find((f) => f.category === 'call-to-action');
    expect(apply(text, cta!.suggestions![0]!.edit!)).toBe(to);
  });
});
