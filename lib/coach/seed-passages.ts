import passages from './seed-passages.json';
import type { SeedSource } from './types';

/**
 * The paragraph of a seed article around each quote a nudge cites, so the Sources page can show the quote in its
 * context. Written by scripts/seed-passages.ts from the seeds, which are not in the repository: only these short
 * passages ship, each with its article named.
 */
export interface SeedPassage {
  seed: string;
  quote: string;
  paragraph: string;
}

export const SEED_PASSAGES: readonly SeedPassage[] = passages;

/** A stable anchor for a passage: the article's number and the quote's first words, e.g. "p004-er-zijn-grenzen". */
export function passageAnchor(source: Pick<SeedSource, 'seed' | 'quote'>): string {
  const words = source.quote
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return `p${source.seed.slice(0, 3)}-${(words ?? []).slice(0, 5).join('-')}`;
}

export const PASSAGE_ANCHORS: ReadonlySet<string> = new Set(SEED_PASSAGES.map(passageAnchor));

/** Only an anchor the Sources page has: the background opens nothing else. */
export function isPassageAnchor(value: unknown): value is string {
  return typeof value === 'string' && PASSAGE_ANCHORS.has(value);
}
