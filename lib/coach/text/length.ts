import type { Token } from '../rule';
import type { Platform } from '../types';
import { countGraphemes } from './graphemes';

/** twitter-text v3: a URL always counts as this many characters (t.co wrapping). */
export const URL_WEIGHT = 23;

/** twitter-text v3 `weightedRanges` with weight 100 (one character); everything else weighs 200 (two). */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function xWeight(codePoint: number): number {
  for (const [from, to] of X_LIGHT_RANGES) if (codePoint >= from && codePoint <= to) return 1;
  return 2;
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Only text with combining marks can change under NFC; plain drafts skip the normalisation. */
const MAY_COMPOSE = /[\u0300-\u036f\u0900-\uffff]/;

function countXWeighted(text: string): number {
  const normalized = MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
  let weight = 0;
  for (let i = 0; i < normalized.length; i++) {
    const codePoint = normalized.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    weight += xWeight(codePoint);
  }
  return weight;
}

/** How a token counts on platforms that weigh links (X, Mastodon) or emoji (X), else undefined. */
function tokenWeight(platform: Platform, token: Token): number | undefined {
  if (token.kind === 'url' && !token.text.includes('@') && (platform === 'x' || platform === 'mastodon')) return URL_WEIGHT;
  if (token.kind === 'emoji' && platform === 'x') return 2;
  // Mastodon counts a remote mention as its local part only: @jan@mastodon.social weighs as @jan.
  if (token.kind === 'mention' && platform === 'mastodon') return countCodePoints(token.text.replace(/(@[^@]+)@.*/u, '$1'));
  return undefined;
}

/** Length of the draft as the platform's own counter shows it. */
export function platformLength(platform: Platform, text: string, tokens: readonly Token[]): number {
  if (platform === 'bluesky') return countGraphemes(text);
  const countGap = platform === 'x' ? countXWeighted : countCodePoints;
  let total = 0;
  let cursor = 0;
  for (const token of tokens) {
    const weight = tokenWeight(platform, token);
    if (weight === undefined) continue;
    total += countGap(text.slice(cursor, token.start)) + weight;
    cursor = token.end;
  }
  return total + countGap(text.slice(cursor));
}

/** Tokens are in text order: the ones that end by `offset` are a prefix of the list. */
function tokensEndingBy(tokens: readonly Token[], offset: number): readonly Token[] {
  let count = 0;
  while (count < tokens.length && (tokens[count] as Token).end <= offset) count++;
  return tokens.slice(0, count);
}

/** Graphemes do not add up character by character, so Bluesky bisects over prefixes instead. */
function blueskyOffsetPastLimit(text: string, tokens: readonly Token[], limit: number): number {
  let fits = 0;
  let over = text.length;
  while (over - fits > 1) {
    const middle = (fits + over) >> 1;
    if (platformLength('bluesky', text.slice(0, middle), tokensEndingBy(tokens, middle)) <= limit) fits = middle;
    else over = middle;
  }
  return fits;
}

/**
 * The first UTF-16 offset where the draft goes over `limit` as the platform counts it, for highlighting the
 * part that will not fit. One pass that adds weights as `platformLength` does (without X's NFC step, which
 * only matters for decomposed accents), stopping at the character or token that tips it over.
 */
export function offsetPastLimit(platform: Platform, text: string, tokens: readonly Token[], limit: number): number {
  if (platform === 'bluesky') return blueskyOffsetPastLimit(text, tokens, limit);
  let total = 0;
  let cursor = 0;
  const walkGap = (end: number): number | undefined => {
    for (; cursor < end; cursor++) {
      const codePoint = text.codePointAt(cursor) as number;
      total += platform === 'x' ? xWeight(codePoint) : 1;
      if (total > limit) return cursor;
      if (codePoint > 0xffff) cursor++;
    }
    return undefined;
  };
  for (const token of tokens) {
    const weight = tokenWeight(platform, token);
    if (weight === undefined) continue;
    const overInGap = walkGap(token.start);
    if (overInGap !== undefined) return overInGap;
    total += weight;
    if (total > limit) return token.start;
    cursor = token.end;
  }
  return walkGap(text.length) ?? text.length;
}
