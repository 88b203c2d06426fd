import { describe, expect, it } from 'vitest';
import { camelCase, multiWordParts } from '@/lib/coach/text/hashtag-words';
import { hashtagRunsInSentences } from '@/lib/coach/text/hashtag-runs';
import { tokenize } from '@/lib/coach/text/tokenize';

describe('multiWordParts', () => {
  it.each<[string, string[] | null]>([
    ['socialmediatips', ['social', 'media', 'tips']], // the example
    ['mondaymotivation', ['monday', 'motivation']], // two long English words
    ['dayinthelife', ['day', 'in', 'the', 'life']], // small words inside a phrase
    ['werkenbijdeoverheid', ['werken', 'bij', 'de', 'overheid']], // a Dutch phrase with "de"
    ['today', null], // "to" + "day" is one word
    ['tonight', null], // a two-letter word never opens the tag
    ['within', null], // nor closes it
    ['sunday', null], // "sun" + "day": short parts, one word
    ['teamwork', null], // closed English compound
    ['zomervakantie', null], // Dutch compound: one word, read fine
    ['voorjaar', null], // Dutch prefix compound
    ['overleven', null], // "over" + "leven" is one Dutch verb
    ['marketing', null], // a single known word
    ['SocialMediaTips', null], // already capitalised
    ['socialmedia2026', null], // digits: no guessing
    ['a'.repeat(41), null], // too long to be a phrase we know
  ])('%s', (tag, expected) => {
    expect(multiWordParts(tag)).toEqual(expected);
  });

  it('builds CamelCase from the parts', () => {
    expect(camelCase(['social', 'media', 'tips'])).toBe('SocialMediaTips');
  });
});

describe('hashtagRunsInSentences', () => {
  const runs = (text: string) => hashtagRunsInSentences(tokenize(text), text).map((run) => run.map((tag) => tag.text));

  it.each<[string, string[][]]>([
    ['Op zoek naar #uitzendkracht #administratie #secretaresse #callcenter, dan moet u bij ons zijn.', [['#uitzendkracht', '#administratie', '#secretaresse', '#callcenter']]], // the seed
    ['Wij zoeken #koks, #bakkers en #afwassers in Utrecht', [['#koks', '#bakkers', '#afwassers']]], // commas and "en" join a run
    ['Great event today. #marketing #events', []], // a block after the sentence
    ['Great event today #marketing #events', []], // a block at the end of the post
    ['I love #TypeScript and Rust', []], // a single tag is a run of one
    ['#marketing #sales are hiring today', []], // nothing before the run
    ['Hiring.\n#marketing #sales\nApply now', []], // line breaks end the sentence
    ["Don't forget to use the hashtags #TenderJuicy #KidsCanTell #BT21 and tag us", []], // tags named as tags, quoted for the reader to use
    ['Deel je foto met de tags #zomer #strand #ijsje en win', []], // the Dutch "tags" quotes them too
    ['As seen from my paraglider #notadrone #Sahara #desert To see more, follow me', []], // a capital after the run opens the next sentence: its full stop was lost
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('multiWordParts on tags from the labelled set', () => {
  it.each<[string, string[] | null]>([
    ['amreading', ['am', 'reading']], // "am" may open before a long word
    ['photooftheday', ['photo', 'of', 'the', 'day']], // a classic phrase tag
    ['opensource', ['open', 'source']], // two English words
    ['govtech', ['gov', 'tech']], // short parts, seven letters in all
    ['wandelenindenatuur', ['wandelen', 'in', 'de', 'natuur']], // Dutch phrase with "de"
    ['doehetzelf', ['doe', 'het', 'zelf']], // Dutch phrase with "het"
    ['webcare', null], // "care" alone is not in the list: a closed compound stays whole
    ['callcenter', null], // nor is "call"
    ['bluesky', null], // a network name is one word
    ['jongerenwerk', null], // a Dutch compound without a phrase word
  ])('%s', (tag, expected) => {
    expect(multiWordParts(tag)).toEqual(expected);
  });
});
