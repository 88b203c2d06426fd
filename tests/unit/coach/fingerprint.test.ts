import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSimilarity, fingerprintPost, normalizedWords, SKETCH_SIZE } from '@/lib/coach/fingerprint';

const post = 'Vandaag openden we met het hele team de nieuwe werkplaats in Utrecht, daarna aten we samen met de buren.';

describe('fingerprintPost', () => {
  it('keeps a hash and a sketch but never the text', () => {
    const fingerprint = fingerprintPost(post, 'linkedin', 1000);
    expect(fingerprint).toMatchObject({ platform: 'linkedin', publishedAt: 1000 });
    expect(fingerprint.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint.sketch).toHaveLength(SKETCH_SIZE);
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
    expect(fingerprintPost(a, 'x', 0).hash).toBe(fingerprintPost(b, 'x', 0).hash);
  });

  it('hashes different posts differently', () => {
    expect(fingerprintPost(post, 'x', 0).hash).not.toBe(fingerprintPost(`${post} Kom langs`, 'x', 0).hash);
  });

  it('reads words only', () => {
    expect(normalizedWords('Hoi @jan, lees #dit: https://a.nl 👋 DAAR')).toEqual(['hoi', 'lees', 'daar']);
  });
});

describe('estimateSimilarity', () => {
  const sketch = (text: string) => fingerprintPost(text, 'x', 0).sketch;

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
