import { tokenize } from './text/tokenize';
import type { Platform, PostFingerprint } from './types';

/** 128 hash functions: the similarity estimate is within about ±0.03 around the 0.9 threshold. */
export const SKETCH_SIZE = 128;
const NO_SHINGLE = 0xffffffff;

/** FNV-1a over UTF-16 units: fast, stable across runs and engines. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: turns one word hash into the i-th of many independent-looking hashes. */
function mix(hash: number, index: number): number {
  let h = (hash ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The words of a post, lower case and NFKC-folded. Tags, mentions, links and emoji are left out: they are
 * what people change per network, while the message stays the same.
 */
export function normalizedWords(text: string): string[] {
  return tokenize(text.normalize('NFKC'))
    .filter((token) => token.kind === 'word')
    .map((token) => token.normalized);
}

/**
 * MinHash over the set of distinct words: the share of equal slots estimates their Jaccard similarity. Word
 * sets rather than word pairs, because one changed word in twenty should still read as "nearly identical".
 */
export function sketchWords(words: readonly string[]): number[] {
  const hashes = [...new Set(words)].map((word) => fnv1a(word));
  if (hashes.length === 0) return [];
  const sketch = new Array<number>(SKETCH_SIZE).fill(NO_SHINGLE);
  for (const hash of hashes) {
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const value = mix(hash, i);
      if (value < (sketch[i] as number)) sketch[i] = value;
    }
  }
  return sketch;
}

/** What the cross-post check keeps of a published post: a hash and a sketch, never the text. */
export function fingerprintPost(text: string, platform: Platform, publishedAt: number): PostFingerprint {
  const words = normalizedWords(text);
  return { platform, publishedAt, hash: fnv1a(words.join(' ')).toString(16).padStart(8, '0'), sketch: sketchWords(words) };
}

/** Estimated Jaccard similarity of the two posts' word sets, 0..1; 0 when either sketch is empty or malformed. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
