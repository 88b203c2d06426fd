import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/**
 * Each quote sits on its rule's subject (issue #13: "each quote supports the nudge it sits under"). A quote must
 * hold one of its rule's subject words. This is a guard against a quote taken from the wrong passage, as when
 * the screen-reader tip quoted how hashtags once grouped information on Twitter; it is no proof that the quote
 * supports the nudge, which a person reads for. The seeds never mention screen readers: the accessibility
 * rule's words are about serving all of your readers, the nearest the seeds come.
 */
const SUBJECT_WORDS: Record<string, readonly string[]> = {
  hashtags: ['hashtag'],
  'self-promotion': ['klant denkt', 'alleen zenden', 'eigen bedrijf'],
  'call-to-action': ['reacties', 'vragen', 'oproepen'],
  tone: ['zakelijk', 'toon'],
  length: ['kort', 'inleiding'],
  boundaries: ['grenzen', 'privé'],
  'client-privacy': ['toegestaan', 'protocol'],
  'private-news': ['privé'],
  conflict: ['schelden', 'dreigen', 'deleten'],
  'cross-post': ['eigen regels', 'eigen identiteit', 'eigen manieren'],
  context: ['waarom'],
  accessibility: ['doelgroep', 'van dienst'],
};

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every nudge cites a quote on its subject', () => {
  it('has subject words for every rule and none for a rule that is gone', () => {
    expect(Object.keys(SUBJECT_WORDS).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  const messages = RULES.flatMap(({ meta }) => Object.keys(meta.messages).map((messageId) => [`${meta.id}/${messageId}`, meta] as const));
  it.each(messages)('%s: its quote is on the rule\'s subject', (_name, meta) => {
    const quote = meta.source.quote.toLowerCase();
    expect(SUBJECT_WORDS[meta.id]?.some((word) => quote.includes(word)), `${meta.source.quote} (subject: ${SUBJECT_WORDS[meta.id]?.join(', ')})`).toBe(true);
  });

  // The seed articles are not in the repository (their licence is not ours): in a clone without them, this skips.
  it.skipIf(!existsSync(seedsDir)).each(messages)('%s: its quote is in the seed', (_name, meta) => {
    const seed = squash(readFileSync(fileURLToPath(new URL(meta.source.seed, seedsDir)), 'utf8'));
    expect(seed).toContain(squash(meta.source.quote));
  });

  it('catches a quote off its subject: the screen-reader tip\'s old quote on hashtags', () => {
    const old = 'Hashtags dienden ooit als een manier om informatie te groeperen en zoeken op Twitter te vergemakkelijken.'.toLowerCase();
    expect(SUBJECT_WORDS.accessibility?.some((word) => old.includes(word))).toBe(false);
  });
});
