import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSimilarity, fingerprintPost, isKeyedFingerprint, normalizedWords, sketchWords, SKETCH_SIZE } from '@/lib/coach/fingerprint';
import { parseSipKey, sipHash } from '@/lib/coach/sip-hash';
import { TEST_KEY } from './test-key';

const post = 'Vandaag openden we met het hele team de nieuwe werkplaats in Utrecht, daarna aten we samen met de buren.';
const OTHER_KEY = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

describe('sipHash', () => {
  // The reference vectors of the SipHash paper: key 00..0f, message 00..(n-1).
  const hex = ([high, low]: [number, number]) => high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
  it.each([
    [0, '726fdb47dd0e0e31'],
    [1, '74f839c593dc67fd'],
    [15, 'a129ca6149be45e5'],
    [63, '958a324ceb064572'],
  ])('matches the reference for %i bytes', (length, expected) => {
    expect(hex(sipHash(parseSipKey(TEST_KEY), Uint8Array.from({ length }, (_, i) => i)))).toBe(expected);
  });

  it('refuses a key that is not 32 hex digits', () => {
    expect(() => parseSipKey('00')).toThrow(TypeError);
  });
});

describe('fingerprintPost', () => {
  it('keeps a keyed hash and a sketch but never the text', () => {
    const fingerprint = fingerprintPost(post, 'linkedin', 1000, TEST_KEY);
    expect(fingerprint).toMatchObject({ platform: 'linkedin', publishedAt: 1000 });
    expect(fingerprint.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint.sketch).toHaveLength(SKETCH_SIZE);
    expect(isKeyedFingerprint(fingerprint)).toBe(true);
    expect(JSON.stringify(fingerprint)).not.toContain('werkplaats');
  });

  it.each([
    // case and punctuation
    [post, post.toUpperCase().replace(/[,.]/g, '')],
    // tags, mentions, links and emoji are what people change per network
    [post, `${post} #utrecht @buren https://example.com 🎉`],
    // decomposed accents fold to the same word
    ['Café de Paris is open', 'Cafe\u0301 de Paris is open'],
  ])('hashes %j and %j the same', (a, b) => {
    expect(fingerprintPost(a, 'x', 0, TEST_KEY).hash).toBe(fingerprintPost(b, 'x', 0, TEST_KEY).hash);
  });

  it('hashes different posts differently', () => {
    expect(fingerprintPost(post, 'x', 0, TEST_KEY).hash).not.toBe(fingerprintPost(`${post} Kom langs`, 'x', 0, TEST_KEY).hash);
  });

  it('gives another install (another key) entirely different values for the same post', () => {
    const mine = fingerprintPost(post, 'x', 0, TEST_KEY);
    const theirs = fingerprintPost(post, 'x', 0, OTHER_KEY);
    expect(theirs.hash).not.toBe(mine.hash);
    expect(estimateSimilarity(mine.sketch, theirs.sketch)).toBeLessThan(0.05);
  });

  it('tells unkeyed fingerprints of earlier versions apart', () => {
    expect(isKeyedFingerprint({ platform: 'x', publishedAt: 1, hash: '1a2b3c4d', sketch: [1] })).toBe(false);
  });

  it('reads words only', () => {
    expect(normalizedWords('Hoi @jan, lees #dit: https://a.nl 👋 DAAR')).toEqual(['hoi', 'lees', 'daar']);
  });
});

/**
 * The attack of issue 11, played against the fingerprints as stored: someone holds an export file (or the storage)
 * and a vocabulary that includes every word of the posts, and knows the algorithm. A word is "recovered" when its
 * own sketch values (sketchWords([word], key)) show up in the post's sketch: a word is in the post exactly when it
 * holds the minimum of some slot. With the install's key that works; with any other key it finds nothing.
 */
describe('reading a fingerprint back without the key', () => {
  const drafts = readFileSync(new URL('../../fixtures/drafts.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const secret = 'Client Jansen relapsed again, I am worried about her.';
  const posts = [secret, ...drafts.filter((text) => normalizedWords(text).length >= 12).slice(0, 30)];
  // Every word of the posts and of all the other drafts: the attacker's vocabulary is never short of the answer.
  const vocabulary = [...new Set([...drafts, secret].flatMap(normalizedWords))];

  function recoveredShare(key: string, attackerKey: string): { found: number; wrong: number; total: number } {
    const slotsOf = new Map(vocabulary.map((word) => [word, sketchWords([word], attackerKey)]));
    let found = 0;
    let wrong = 0;
    let total = 0;
    for (const text of posts) {
      const words = new Set(normalizedWords(text));
      const { sketch } = fingerprintPost(text, 'linkedin', 0, key);
      total += words.size;
      for (const [word, slots] of slotsOf) {
        if (!slots.some((value, i) => value === sketch[i])) continue;
        if (words.has(word)) found++;
        else wrong++;
      }
    }
    return { found, wrong, total };
  }

  it('recovers most words with the key: the attack is real', () => {
    const { found, total } = recoveredShare(TEST_KEY, TEST_KEY);
    expect(found / total).toBeGreaterThan(0.9);
  });

  it.each([
    ['another random key', OTHER_KEY],
    ['the all-zero key', '0'.repeat(32)],
  ])('recovers no words with %s', (_name, attackerKey) => {
    const { found, wrong, total } = recoveredShare(TEST_KEY, attackerKey);
    expect(total).toBeGreaterThan(300);
    expect(found / total).toBeLessThan(0.01);
    expect(wrong).toBeLessThan(5);
  });

  it("can't brute-force the exact hash of a short post from a list of likely sentences without the key", () => {
    const stored = fingerprintPost(secret, 'linkedin', 0, TEST_KEY).hash;
    const candidates = [secret, 'Client Jansen is doing well, I am glad about her.', 'client jansen relapsed again i am worried about him'];
    const matches = (key: string) => candidates.filter((candidate) => fingerprintPost(candidate, 'linkedin', 0, key).hash === stored);
    expect(matches(TEST_KEY)).toEqual([secret]);
    expect(matches(OTHER_KEY)).toEqual([]);
    expect(matches('0'.repeat(32))).toEqual([]);
  });

  it('depends on every bit of the key: no shortcut through part of it', () => {
    const stored = fingerprintPost(secret, 'linkedin', 0, TEST_KEY);
    const key = BigInt(`0x${TEST_KEY}`);
    for (let bit = 0; bit < 128; bit++) {
      const flipped = (key ^ (1n << BigInt(bit))).toString(16).padStart(32, '0');
      const other = fingerprintPost(secret, 'linkedin', 0, flipped);
      expect(other.hash).not.toBe(stored.hash);
      expect(estimateSimilarity(other.sketch, stored.sketch)).toBeLessThan(0.1);
    }
  });
});

describe('estimateSimilarity', () => {
  const sketch = (text: string) => fingerprintPost(text, 'x', 0, TEST_KEY).sketch;

  it('is 1 for the same words in another order', () => {
    expect(estimateSimilarity(sketch('een twee drie vier'), sketch('vier drie twee een'))).toBe(1);
  });

  it('is near the true Jaccard similarity (one word of forty changed: 39/41)', () => {
    const words = Array.from({ length: 40 }, (_, i) => `woord${i}`);
    const changed = [...words.slice(0, 39), 'anders'];
    expect(estimateSimilarity(sketch(words.join(' ')), sketch(changed.join(' ')))).toBeGreaterThan(0.9);
  });

  it('is low for unrelated posts', () => {
    expect(estimateSimilarity(sketch(post), sketch('Our summer opening hours start next Monday for all stores.'))).toBeLessThan(0.2);
  });

  it('is 0 for empty or malformed sketches', () => {
    expect(estimateSimilarity([], [])).toBe(0);
    expect(estimateSimilarity(sketch(post), [1, 2, 3])).toBe(0);
    expect(estimateSimilarity(null as never, sketch(post))).toBe(0);
  });

  it('is symmetric and between 0 and 1 for any texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const similarity = estimateSimilarity(sketch(a), sketch(b));
        expect(similarity).toBe(estimateSimilarity(sketch(b), sketch(a)));
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
      }),
    );
  });
});
