import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/coach/rules';
import { SEED_ARTICLES, seedCitation } from '@/lib/coach/seed-articles';

/** Sources a person can read (issue #13, item 2): a title, an English rendering, no example the reader never saw. */
describe.each(RULES.map((rule) => [rule.meta.id, rule.meta] as const))('%s', (_id, meta) => {
  it('names its article by title, not by file name', () => {
    expect(SEED_ARTICLES[meta.source.seed]).toBeDefined();
    expect(seedCitation(meta.source.seed)).not.toMatch(/\.txt$/);
  });

  it('carries an English rendering of its Dutch quote', () => {
    expect(meta.source.translation.length).toBeGreaterThan(10);
    expect(meta.source.translation).not.toBe(meta.source.quote);
  });

  it('explains itself without pointing at the article or its examples', () => {
    for (const { explanation } of Object.values(meta.messages)) {
      expect(explanation.en).not.toMatch(/\b(seed|article|example)\b/i);
      expect(explanation.nl).not.toMatch(/\b(artikel|voorbeeld van|taartenvoorbeeld)\b/i);
    }
  });
});
