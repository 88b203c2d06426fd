import { SKETCH_SIZE } from './fingerprint-format';
import { isSipKeyHex, parseSipKey, sipHash } from './sip-hash';
import { tokenize } from './text/tokenize';
import type { Platform, PostFingerprint } from './types';

export { isKeyedFingerprint, KEYED_HASH, SKETCH_SIZE } from './fingerprint-format';

const NO_SHINGLE = 0xffffffff;

/**
 * The install's secret: 32 lowercase hex digits (128 bits), made by the background and never exported. Every
 * word and text is hashed with it, so without it neither the sketch nor the hash can be checked against a list
 * of likely words or sentences.
 */
export type FingerprintKey = string;
export const isFingerprintKey = isSipKeyHex;

const encoder = new TextEncoder();
// Separate prefixes keep the hash of a one-word post from being that word's sketch hash.
const WORD_PREFIX = 'w\u0000';
const TEXT_PREFIX = 't\u0000';

/** murmur3's finaliser: turns one word's keyed hash into the i-th of many independent-looking hashes. */
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
 * Each word is hashed with the install's key first: the slots are minima of keyed values, so they say nothing
 * about which words a post has to anyone without the key.
 */
export function sketchWords(words: readonly string[], key: FingerprintKey): number[] {
  const sipKey = parseSipKey(key);
  const hashes = [...new Set(words)].map((word) => sipHash(sipKey, encoder.encode(WORD_PREFIX + word))[1]);
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

/** What the cross-post check keeps of a published post: a keyed hash and a keyed sketch, never the text. */
export function fingerprintPost(text: string, platform: Platform, publishedAt: number, key: FingerprintKey): PostFingerprint {
  const words = normalizedWords(text);
  const [high, low] = sipHash(parseSipKey(key), encoder.encode(TEXT_PREFIX + words.join(' ')));
  const hash = high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
  return { platform, publishedAt, hash, sketch: sketchWords(words, key) };
}

/** Estimated Jaccard similarity of the two posts' word sets, 0..1; 0 when either sketch is empty or malformed. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
