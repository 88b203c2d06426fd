import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/coach/rules';
import { SEED_ARTICLES } from '@/lib/coach/seed-articles';
import { isPassageAnchor, PASSAGE_ANCHORS, passageAnchor, SEED_PASSAGES } from '@/lib/coach/seed-passages';

/** The Sources page's passages (issue #13, item 2): every quote a nudge cites, in the paragraph around it. */
const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const cited = RULES.map(({ meta }) => [meta.id, meta.source] as const);

describe.each(cited)('%s', (_id, source) => {
  const passage = SEED_PASSAGES.find((candidate) => candidate.seed === source.seed && candidate.quote === source.quote);

  it('has a passage, with its quote inside the paragraph', () => {
    expect(passage, `${source.seed}: ${source.quote} (run scripts/seed-passages.ts)`).toBeDefined();
    expect(passage?.paragraph).toContain(source.quote);
  });

  // The seeds are not in the repository: in a clone without them, this skips.
  it.skipIf(!existsSync(seedsDir))('has a paragraph that is verbatim in its seed', () => {
    const seed = squash(readFileSync(fileURLToPath(new URL(source.seed, seedsDir)), 'utf8'));
    for (const part of passage?.paragraph.split('\n\n') ?? []) expect(seed).toContain(part);
  });
});

describe('the passages', () => {
  it('are only those a nudge cites, each once, from a known article', () => {
    const keys = new Set(cited.map(([, source]) => `${source.seed}|${source.quote}`));
    expect(SEED_PASSAGES.map((passage) => `${passage.seed}|${passage.quote}`).sort()).toEqual([...keys].sort());
    for (const passage of SEED_PASSAGES) expect(SEED_ARTICLES[passage.seed]).toBeDefined();
  });

  it('stay short quotations, never a whole article', () => {
    for (const passage of SEED_PASSAGES) expect(passage.paragraph.length).toBeLessThan(600);
  });

  it('have distinct, stable anchors', () => {
    expect(PASSAGE_ANCHORS.size).toBe(SEED_PASSAGES.length);
    expect(passageAnchor({ seed: '004_95873d2e7dd560ec.txt', quote: 'Er zijn grenzen!' })).toBe('p004-er-zijn-grenzen');
    expect(passageAnchor({ seed: '000_7507ea6b21acd829.txt', quote: 'Werk en privé gescheiden houden' })).toBe('p000-werk-en-prive-gescheiden-houden');
    for (const anchor of PASSAGE_ANCHORS) expect(anchor).toMatch(/^p\d{3}(-[a-z0-9]+)+$/);
  });

  it('accept only their own anchors', () => {
    expect(isPassageAnchor('p004-er-zijn-grenzen')).toBe(true);
    for (const other of ['p004-nothing-here', '', 'x"onload', '../options.html', 42, undefined]) expect(isPassageAnchor(other)).toBe(false);
  });
});
