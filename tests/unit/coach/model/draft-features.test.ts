import { describe, expect, it } from 'vitest';
import { DRAFT_FEATURE_GROUPS, draftFeatures } from '@/lib/coach/model/draft-features';
import type { LinearModel } from '@/lib/coach/model/linear';
import { probabilityOf, speaks } from '@/lib/coach/model/linear';
import { tokenize } from '@/lib/coach/text/tokenize';

const features = (text: string, groups: readonly string[] = DRAFT_FEATURE_GROUPS) => draftFeatures(tokenize(text), text, groups);

describe('draft features', () => {
  it('works out only the groups asked for', () => {
    expect(features('We are open today!', [])).toEqual([]);
    expect(features('We are open today!', ['money'])).toEqual([]);
    expect(features('Only €5 today!', ['money'])).toEqual(['f:price']);
  });

  it('persons: counts "we", "I" and "you" forms in both languages, and whether the sender outweighs the reader', () => {
    expect(features("We're proud of our team and we've grown", ['persons'])).toEqual(['f:we2', 'f:i0', 'f:you0', 'f:senderOverReader']);
    expect(features('Ik vind dat jij en jullie gelijk hebben', ['persons'])).toEqual(['f:we0', 'f:i1', 'f:you1']);
    expect(features('Jij, jij en jullie: u wint', ['persons'])).toEqual(['f:we0', 'f:i0', 'f:you2']);
    expect(features('Onze winkel is open', ['persons'])).toEqual(['f:we1', 'f:i0', 'f:you0', 'f:senderOverReader']);
  });

  it('counts: links, mentions, hashtags, emoji, words, exclamation marks and a question, in buckets', () => {
    const text = 'New in! Thanks @anna @ben @cleo 🎉 #a #b #c https://x.nl?';
    expect(features(text, ['counts'])).toEqual(['f:url1', 'f:at2', 'f:tag2', 'f:emo1', 'f:len0', 'f:ex1', 'f:q']);
    expect(features('Hello there', ['counts'])).toEqual(['f:url0', 'f:at0', 'f:tag0', 'f:emo0', 'f:len0', 'f:ex0']);
  });

  it('money: prices, percentages and large amounts', () => {
    expect(features('Nu voor 12,-', ['money'])).toEqual(['f:price']);
    expect(features('Save 30% on $40 shoes', ['money'])).toEqual(['f:price', 'f:percent']);
    expect(features('The University received $1.55 million', ['money'])).toEqual(['f:price', 'f:large']);
    expect(features('We met at 10 o\'clock', ['money'])).toEqual([]);
  });

  it('brand: a hashtag that is a word of the post, or a capitalised name said twice inside sentences', () => {
    expect(features('With VEG3 it takes seconds #vegan #VEG3', ['brand'])).toEqual(['f:tagIsWord']);
    expect(features('Meet the new ActiveCampaign center. Only at ActiveCampaign', ['brand'])).toEqual(['f:nameAgain']);
    // A word that only opens sentences is not a name: "The … The …".
    expect(features('The sun is out. The birds sing.', ['brand'])).toEqual([]);
  });

  it('orgNews: a capitalised name just before what organisations do in their news, not "we" or "I"', () => {
    expect(features('UC Berkeley takes top spot in new sustainability rankings', ['orgNews'])).toEqual(['f:orgNews']);
    expect(features('De Gemeente ontvangt subsidie', ['orgNews'])).toEqual(['f:orgNews']);
    expect(features('We announced it yesterday', ['orgNews'])).toEqual([]);
    expect(features('my team won', ['orgNews'])).toEqual([]);
  });
});

/** A hand-made model: only the features it names weigh. */
function model(weights: Record<string, number>, extra: Partial<LinearModel> = {}): LinearModel {
  return { category: 'test', charNgrams: [], bias: 0, fireAbove: 0.5, vetoBelow: 0, weights, training: {}, ...extra };
}

describe('a model with draft features', () => {
  it('weighs the groups it names, only when given the text', () => {
    const text = 'Only €5 today';
    const tokens = tokenize(text);
    const m = model({ 'f:price': 3 }, { draftFeatures: ['money'], scaleSignals: false });
    expect(probabilityOf(m, tokens, [], text)).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(probabilityOf(m, tokens, [])).toBeCloseTo(0.5, 6);
    expect(probabilityOf({ ...m, draftFeatures: [] }, tokens, [], text)).toBeCloseTo(0.5, 6);
  });

  it('with scaleSignals false, a draft feature weighs the same in a long post as in a short one', () => {
    const short = 'Only €5 today';
    const long = `Only €5 today. ${'We talked about the weather for a while. '.repeat(30)}`;
    const m = model({ 'f:price': 2 }, { draftFeatures: ['money'], scaleSignals: false });
    expect(probabilityOf(m, tokenize(long), [], long)).toBeCloseTo(probabilityOf(m, tokenize(short), [], short), 6);
    const scaled = { ...m, scaleSignals: true };
    expect(probabilityOf(scaled, tokenize(long), [], long)).toBeLessThan(probabilityOf(scaled, tokenize(short), [], short));
  });

  it('a model shipped empty (threshold above 1, no veto) does not speak, so the rules do not even read it', () => {
    expect(speaks(model({}, { fireAbove: 1.1 }))).toBe(false);
    expect(speaks(model({}, { fireAbove: 1.1, vetoBelow: 0.2 }))).toBe(true);
    expect(speaks(model({ 'w:buy': 1 }, { fireAbove: 0.9 }))).toBe(true);
  });
});
