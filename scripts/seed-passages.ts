/**
 * Writes lib/coach/seed-passages.json: for every quote a rule cites, the paragraph of its seed article that holds
 * it (a line of the article; a quote that is a heading takes the paragraph under it too). Run by hand when a rule's quote changes:
 *   node --import tsx scripts/seed-passages.ts [seeds folder, default ../shared/seeds]
 * The seeds are not in the repository; only these short passages are, each with its article named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../lib/coach/rules';
import type { SeedPassage } from '../lib/coach/seed-passages';

const seedsDir = process.argv[2] ?? join(import.meta.dirname, '../../shared/seeds');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const passages: SeedPassage[] = [];
for (const { meta } of RULES) {
  const { seed, quote } = meta.source;
  if (passages.some((passage) => passage.seed === seed && passage.quote === quote)) continue;
  const paragraphs = readFileSync(join(seedsDir, seed), 'utf8').split(/\n/).map(squash).filter(Boolean);
  const index = paragraphs.findIndex((paragraph) => paragraph.includes(squash(quote)));
  if (index < 0) throw new Error(`${meta.id}: quote not found in ${seed}: ${quote}`);
  const paragraph = paragraphs[index]!;
  // A quote that is a whole heading says little alone: the paragraph under it is its context.
  const next = paragraphs[index + 1];
  passages.push({ seed, quote, paragraph: paragraph.length < 80 && next ? `${paragraph}\n\n${next}` : paragraph });
}
passages.sort((a, b) => a.seed.localeCompare(b.seed));
writeFileSync(join(import.meta.dirname, '../lib/coach/seed-passages.json'), `${JSON.stringify(passages, null, 2)}\n`);
console.log(`${passages.length} passages written`);
