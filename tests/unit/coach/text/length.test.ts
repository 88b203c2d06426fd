import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetPastLimit, platformLength } from '@/lib/coach/text/length';
import { foldOffset, limitInSight, PLATFORM_LIMITS, platformLimit } from '@/lib/coach/text/platforms';
import { tokenize } from '@/lib/coach/text/tokenize';
import type { Platform } from '@/lib/coach/types';
import { DEFAULT_COACH_SETTINGS } from '@/lib/settings/defaults';

const count = (platform: Platform, text: string) => platformLength(platform, text, tokenize(text));

describe('platformLength', () => {
  it.each<[Platform, string, number]>([
    // ASCII counts one per character everywhere
    ['x', 'hello', 5],
    // X: a link always weighs 23, however long
    ['x', 'lees https://example.com/a/very/long/path/that/goes/on', 5 + 23],
    // X: a short link weighs 23 too
    ['x', 'a.nl/x', 23],
    // X: an emoji weighs 2, even a ZWJ family of 5 code points
    ['x', '👨‍👩‍👧', 2],
    // X: CJK characters weigh 2 each
    ['x', '日本語', 6],
    // X: Latin with diacritics (below U+10FF) weighs 1
    ['x', 'café', 4],
    // X: a decomposed é is normalised (NFC) to one character
    ['x', 'cafe\u0301', 4],
    // X: typographic quotes and dashes sit in the light ranges
    ['x', '“a” – b', 7],
    // Bluesky counts graphemes: a family emoji is one
    ['bluesky', '👨‍👩‍👧 hi', 4],
    // Bluesky: a flag is one grapheme
    ['bluesky', '🇳🇱', 1],
    // Bluesky: ASCII fast path with a newline
    ['bluesky', 'a\nb', 3],
    // Mastodon: a link weighs 23
    ['mastodon', 'zie https://example.com/een/lang/pad', 4 + 23],
    // Mastodon: a remote mention counts as its local part
    ['mastodon', '@jan@mastodon.social hoi', 4 + 4],
    // LinkedIn: code points, links in full
    ['linkedin', 'https://a.nl', 12],
    // LinkedIn: an astral emoji is one code point
    ['linkedin', '👍', 1],
    // lone surrogates count as one each
    ['threads', 'a\uD800b', 3],
  ])('%s %j = %d', (platform, text, expected) => {
    expect(count(platform, text)).toBe(expected);
  });
});

describe('offsetPastLimit', () => {
  const piece = fc.constantFrom('word ', '😀', '日本', 'https://example.com/x ', '@jan@m.social ', '#tag ', 'e\u0301', '\n', 'ab');

  it('stops exactly where the platform count tips over the limit', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 80 }), fc.constantFrom<Platform>('x', 'mastodon', 'threads', 'bluesky'), fc.integer({ min: 1, max: 60 }), (parts, platform, limit) => {
        const text = parts.join('');
        const tokens = tokenize(text);
        fc.pre(platformLength(platform, text, tokens) > limit);
        const offset = offsetPastLimit(platform, text, tokens, limit);
        const within = tokens.filter((token) => token.end <= offset);
        expect(platformLength(platform, text.slice(0, offset), within)).toBeLessThanOrEqual(limit);
        expect(offset).toBeLessThan(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('finds where an X draft goes over the limit, with links weighed', () => {
    const text = `${'a'.repeat(250)} https://example.com/a/b/c ${'b'.repeat(20)}`;
    const offset = offsetPastLimit('x', text, tokenize(text), 280);
    expect(count('x', text.slice(0, offset))).toBeLessThanOrEqual(280);
    expect(count('x', text.slice(0, offset + 1))).toBeGreaterThan(280);
  });
});

describe('platform limits and folds', () => {
  it('takes the Mastodon limit from the settings', () => {
    expect(platformLimit('mastodon', { ...DEFAULT_COACH_SETTINGS, mastodonLimit: 1000 })).toBe(1000);
    expect(platformLimit('x', DEFAULT_COACH_SETTINGS)).toBe(280);
  });

  it.each<[Platform, string, number | undefined]>([
    // LinkedIn folds after about 210 characters
    ['linkedin', 'a'.repeat(300), 210],
    // or after three lines, whichever comes first
    ['linkedin', 'a\nb\nc\nd', 5],
    // nothing folds when the draft fits
    ['linkedin', 'a'.repeat(210), undefined],
    // Instagram folds after about 125
    ['instagram', 'a'.repeat(126), 125],
    // X has no fold
    ['x', 'a'.repeat(300), undefined],
    // the fold counts code points and never lands inside an emoji
    ['instagram', '😀'.repeat(130), 250],
  ])('%s fold of %#', (platform, text, expected) => {
    expect(foldOffset(platform, text)).toBe(expected);
  });
});

describe('Bluesky grapheme counting', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const pieces = ['😀', '👨‍👩‍👧', '🧑‍💻', '❤️‍🔥', '🇳🇱', '🇳', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'e\u0301', '\u0301', '\u200D', '\u200B', '\u00AD', '\uFE0F', '\uD800', '\uDC00', '日本語', '한국어', '\u1100\u1161', 'नमस्ते', 'ก้', 'ｶﾞ', '\u{E01F0}', 'a', ' ', '\n', '\r', '\r\n', '’', '…', '👍🏽', '🏽', '©️'];

  it('agrees with Intl.Segmenter on any mix of emoji, marks and scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 }), fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code))), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(platformLength('bluesky', text, [])).toBe([...segmenter.segment(text)].length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('limitInSight', () => {
  it('always shows the limits a post can reach, Facebook’s only from halfway', () => {
    for (const platform of ['x', 'bluesky', 'threads', 'mastodon', 'instagram', 'linkedin'] as const) {
      expect(limitInSight(0, PLATFORM_LIMITS[platform])).toBe(true);
    }
    expect(limitInSight(117, PLATFORM_LIMITS.facebook)).toBe(false);
    expect(limitInSight(31_602, PLATFORM_LIMITS.facebook)).toBe(false);
    expect(limitInSight(31_603, PLATFORM_LIMITS.facebook)).toBe(true);
    expect(limitInSight(70_000, PLATFORM_LIMITS.facebook)).toBe(true);
  });
});
