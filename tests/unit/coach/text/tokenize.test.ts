import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenCache } from '@/lib/coach/text/token-cache';
import { tokenPatterns } from '@/lib/coach/text/token-patterns';
import { tokenize } from '@/lib/coach/text/tokenize';

const kinds = (text: string) => tokenize(text).map((token) => [token.kind, token.text]);

describe('tokenize', () => {
  it.each([
    // plain words, punctuation dropped
    ['Hoe pak jij dit aan?', [['word', 'Hoe'], ['word', 'pak'], ['word', 'jij'], ['word', 'dit'], ['word', 'aan']]],
    // a hashtag is syntax, never a word
    ['Lees #SocialMedia tips', [['word', 'Lees'], ['hashtag', '#SocialMedia'], ['word', 'tips']]],
    // hashtags with Dutch diacritics stay whole
    ['#geïnteresseerd', [['hashtag', '#geïnteresseerd']]],
    // a number alone is no hashtag (#1), it is a word
    ['We zijn #1', [['word', 'We'], ['word', 'zijn'], ['word', '1']]],
    // a year alone is a tag where people post it (#2020); other numbers stay words, and so does a year glued to more digits
    ['Proost #2020 #1 #20201', [['word', 'Proost'], ['hashtag', '#2020'], ['word', '1'], ['word', '20201']]],
    // a tag glued to a link by a lost line break ends before the link's scheme: the tag and the link, as they were
    ['#communityhttps://a.nl/x #ahttp://b.nl', [['hashtag', '#community'], ['url', 'https://a.nl/x'], ['hashtag', '#a'], ['url', 'http://b.nl']]],
    // a tag that merely ends in "http" without a link after it stays whole
    ['#learnhttp now', [['hashtag', '#learnhttp'], ['word', 'now']]],
    // C# and HTML entities are not hashtags
    ['C# &#123;', [['word', 'C'], ['word', '123']]],
    // tags glued together are separate tags; after a word a '#' still starts none
    ['#ai#ml#data x#y', [['hashtag', '#ai'], ['hashtag', '#ml'], ['hashtag', '#data'], ['word', 'x'], ['word', 'y']]],
    // "hashtag#adidas" is how copied LinkedIn text renders the tag #adidas: the tag, without the word
    ['Top hashtag#adidas hashtag#run', [['word', 'Top'], ['hashtag', '#adidas'], ['hashtag', '#run']]],
    // a mention, a Mastodon handle and a Bluesky handle
    ['@jan @jan@mastodon.social @a.bsky.social', [['mention', '@jan'], ['mention', '@jan@mastodon.social'], ['mention', '@a.bsky.social']]],
    // an e-mail address is neither a mention nor words
    ['mail info@bedrijf.nl', [['word', 'mail'], ['url', 'info@bedrijf.nl']]],
    // sentence punctuation after a link is not part of it
    ['Lees https://a.nl/x.', [['word', 'Lees'], ['url', 'https://a.nl/x']]],
    // www links and bare domains with a path count as links
    ['www.b.com of voorbeeld.nl/pad', [['url', 'www.b.com'], ['word', 'of'], ['url', 'voorbeeld.nl/pad']]],
    // emoji sequences (skin tone, ZWJ family, flag, keycap) are single emoji tokens
    ['👍🏽 👨‍👩‍👧 🇳🇱 1️⃣', [['emoji', '👍🏽'], ['emoji', '👨‍👩‍👧'], ['emoji', '🇳🇱'], ['emoji', '1️⃣']]],
    // apostrophes inside words keep the word whole
    ["don’t zo'n", [['word', 'don’t'], ['word', "zo'n"]]],
    // CJK and RTL letters are words too
    ['日本語 שלום', [['word', '日本語'], ['word', 'שלום']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('normalises words, tags and mentions for lexicon lookups', () => {
    expect(tokenize('Don’t #SocialMedia @Jan').map((token) => token.normalized)).toEqual(["don't", 'socialmedia', 'jan']);
  });

  it('gives offsets that slice back to the token text', () => {
    const text = 'Hé 👋🏽 @jan, lees https://x.nl/a?b=1 #Zomer\u{1D5EF}';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('survives lone surrogates without splitting them into tokens', () => {
    const text = 'a\uD800b \uDC00 c';
    expect(tokenize(text).map((token) => token.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('tokenize on hostile input', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Each word of "a+a+a+…" could start an e-mail address; trying the pattern from every word rescanned the
  // rest of the run each time (11 s for 'a+'.repeat(50_000)). Work is counted in pattern tries, not timed.
  it.each(['a+', '1+', 'a%', '1%', 'a_', 'é+', 'a+.'])('tries the e-mail pattern once per run of %s, not from every word in it', (unit) => {
    const tries = vi.spyOn(tokenPatterns().EMAIL, 'test');
    const tokens = tokenize(unit.repeat(2000));
    expect(tokens.length).toBeGreaterThanOrEqual(2000);
    expect(tries.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('still finds an address at the end of a long run', () => {
    const text = `${'a+'.repeat(500)}x@b.nl`;
    expect(tokenize(text)).toEqual([{ kind: 'url', text, normalized: text, start: 0, end: text.length }]);
  });

  /** The scanner as it was: told that every local-part run is empty, it never skips an e-mail try. */
  function tokenizeTryingEveryStart(text: string) {
    const run = vi.spyOn(tokenPatterns().EMAIL_LOCAL_PART, 'test').mockReturnValue(true);
    try {
      return tokenize(text);
    } finally {
      run.mockRestore();
    }
  }

  const addressy = ['a', '1', 'é', 'A', '+', '%', '_', '-', '.', '@', '#', ' ', '\n', 'x@y.nl', 'b.com', 'mail', 'www.', 'https://', '#t', '@m', '😀', ',', "'", '/', 'İ'];
  const hostile = fc.array(fc.oneof(fc.constantFrom(...addressy), fc.string({ maxLength: 2 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the same tokens as trying an address from every word', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(tokenize(text)).toEqual(tokenizeTryingEveryStart(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('TokenCache', () => {
  const pieces = ['😀', '👨‍👩‍👧', '🇳🇱', '1️⃣', '\u200B', 'e\u0301', '\uD800', '\uDC00', '#tag', '@jan', 'a@b.nl', 'https://a.nl/x.', 'www.x.com', 'x.nl/p', 'C#', '#a#b', 'hashtag#', 'hashtag', 'don’t', '\n', ' ', '.', '-', 'ab', 'é', '&#1;'];
  const piece = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }));
  const edit = fc.tuple(fc.nat(), fc.nat(5), piece);

  it('gives exactly the tokens of a full pass after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.array(edit, { maxLength: 8 }), (parts, edits) => {
        const cache = new TokenCache();
        let text = parts.join('');
        cache.tokenize(text);
        for (const [position, deleted, inserted] of edits) {
          const at = position % (text.length + 1);
          text = text.slice(0, at) + inserted + text.slice(at + deleted);
          expect(cache.tokenize(text)).toEqual(tokenize(text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the tokens before the edit as they were', () => {
    const cache = new TokenCache();
    const first = cache.tokenize('Hallo wereld, hoe gaat het');
    const second = cache.tokenize('Hallo wereld, hoe gaat het?');
    expect(second[0]).toBe(first[0]);
  });
});
