import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../lib/coach/types';
import { processJsonlLine } from '../coach-cli';

/**
 * The real-post yardstick (issue 10): public posts nobody here wrote, labelled by two independent annotators with
 * ../shared/docs/rubric.md. Only items both annotators agree on score. The set is split once, by a seeded hash of
 * the id, into a tuning part and a held-out part that is read only to report.
 */
export const REAL_POSTS_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/real-posts');
export const JUDGED = ['hashtags', 'self-promotion', 'call-to-action', 'tone'] as const;
export type Judged = (typeof JUDGED)[number];
export type Part = 'tuning' | 'held-out';
type Label = 0 | 1 | '?';

export interface RealPost {
  id: string;
  platform: Platform;
  lang: string;
  text: string;
}

export interface LabelledPost extends RealPost {
  part: Part;
  /** The agreed label per category; undefined where the annotators disagree or either is unsure. */
  gold: Partial<Record<Judged, 0 | 1>>;
}

/** Which rules' findings answer each judged category: the rubric's tone covers the tone, conflict and boundaries rules. */
const CATEGORY_OF_FINDING: Record<string, Judged> = {
  hashtags: 'hashtags',
  'self-promotion': 'self-promotion',
  'call-to-action': 'call-to-action',
  tone: 'tone',
  conflict: 'tone',
  boundaries: 'tone',
};

const SPLIT_SEED = 'social-coach:real-posts:split:v1';
const TUNING_SHARE = 0.6;

/** Stable across machines and runs: the first 32 bits of sha256(seed + id) decide the part. */
export function partOf(id: string): Part {
  const value = createHash('sha256').update(`${SPLIT_SEED}:${id}`).digest().readUInt32BE(0);
  return value / 2 ** 32 < TUNING_SHARE ? 'tuning' : 'held-out';
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path.basename(file)} line ${index + 1}: ${(error as Error).message}`);
      }
    });
}

export const INDEX_FILE = path.join(REAL_POSTS_DIR, 'index.jsonl');

export interface IndexRow {
  id: string;
  platform: Platform;
  lang: string;
  sha256: string;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The committed index: every post's id, platform, language and the hash of its text (the text itself stays out of git). */
export function loadIndex(file = INDEX_FILE): IndexRow[] {
  return existsSync(file) ? readJsonl<IndexRow>(file) : [];
}

/**
 * Ids of the index whose text is absent or differs from the one labelled: the set is incomplete or changed. With
 * `labelled` (the ids either annotator labelled), an absent text of a post nobody has labelled yet is not a gap in
 * the scored set: it goes to `unlabelledAbsent` instead of `missing` (a new round can be indexed before its texts
 * reach every checkout and before it is labelled).
 */
export function checkAgainstIndex(
  posts: readonly RealPost[],
  index: readonly IndexRow[],
  labelled?: ReadonlySet<string>,
): { missing: string[]; changed: string[]; extra: string[]; unlabelledAbsent: string[] } {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const indexed = new Set(index.map((row) => row.id));
  const absent = index.filter((row) => !byId.has(row.id)).map((row) => row.id);
  return {
    missing: labelled === undefined ? absent : absent.filter((id) => labelled.has(id)),
    changed: index.filter((row) => byId.has(row.id) && textHash((byId.get(row.id) as RealPost).text) !== row.sha256).map((row) => row.id),
    extra: posts.filter((post) => !indexed.has(post.id)).map((post) => post.id),
    unlabelledAbsent: labelled === undefined ? [] : absent.filter((id) => !labelled.has(id)),
  };
}

export function loadPosts(dir = REAL_POSTS_DIR): RealPost[] {
  const sources = path.join(dir, 'sources');
  if (!existsSync(sources)) return [];
  return readdirSync(sources)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readJsonl<RealPost>(path.join(sources, name)));
}

type LabelRow = { id: string } & Record<Judged, Label>;

export function loadLabels(annotator: string, dir = REAL_POSTS_DIR): Map<string, LabelRow> {
  const file = path.join(dir, 'labels', `${annotator}.jsonl`);
  if (!existsSync(file)) return new Map();
  return new Map(readJsonl<LabelRow>(file).map((row) => [row.id, row]));
}

export const ANNOTATORS = ['annotator-a', 'annotator-b'] as const;

/** The ids either annotator has labelled (any value, "?" included). */
export function labelledIds(dir = REAL_POSTS_DIR): Set<string> {
  return new Set(ANNOTATORS.flatMap((annotator) => [...loadLabels(annotator, dir).keys()]));
}

export function loadLabelledSet(dir = REAL_POSTS_DIR): LabelledPost[] {
  const [first, second] = ANNOTATORS.map((annotator) => loadLabels(annotator, dir));
  return loadPosts(dir).map((post) => {
    const gold: LabelledPost['gold'] = {};
    for (const category of JUDGED) {
      const a = first?.get(post.id)?.[category];
      const b = second?.get(post.id)?.[category];
      if ((a === 0 || a === 1) && a === b) gold[category] = a;
    }
    return { ...post, part: partOf(post.id), gold };
  });
}

/** Cohen's kappa over the items both annotators labelled 0 or 1. */
export function cohensKappa(pairs: readonly (readonly [0 | 1, 0 | 1])[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const agreed = pairs.filter(([a, b]) => a === b).length / n;
  const aYes = pairs.filter(([a]) => a === 1).length / n;
  const bYes = pairs.filter(([, b]) => b === 1).length / n;
  const chance = aYes * bYes + (1 - aYes) * (1 - bYes);
  return chance === 1 ? 1 : (agreed - chance) / (1 - chance);
}

export interface Agreement {
  category: Judged;
  both: number;
  agreed: number;
  unsure: number;
  kappa: number;
}

export function agreement(dir = REAL_POSTS_DIR, only: (id: string) => boolean = () => true): Agreement[] {
  const [first, second] = ANNOTATORS.map((annotator) => loadLabels(annotator, dir));
  const posts = loadPosts(dir).filter((post) => only(post.id));
  return JUDGED.map((category) => {
    const pairs: [0 | 1, 0 | 1][] = [];
    let unsure = 0;
    for (const post of posts) {
      const a = first?.get(post.id)?.[category];
      const b = second?.get(post.id)?.[category];
      if ((a === 0 || a === 1) && (b === 0 || b === 1)) pairs.push([a, b]);
      else unsure++;
    }
    return { category, both: pairs.length, agreed: pairs.filter(([a, b]) => a === b).length, unsure, kappa: cohensKappa(pairs) };
  });
}

/** The categories the coach fires on a post, through the same path as `npm run coach -- --jsonl` (work mode). */
export function firedCategories(post: RealPost): Set<Judged> {
  const result = processJsonlLine(JSON.stringify({ id: post.id, platform: post.platform, text: post.text, mode: 'work' }), 1);
  if (!('output' in result)) throw new Error(`coach failed on ${post.id}`);
  const { findings } = JSON.parse(result.output) as { findings: { category: string }[] };
  return new Set(findings.map((finding) => CATEGORY_OF_FINDING[finding.category]).filter((category): category is Judged => category !== undefined));
}

export interface Score {
  positives: number;
  fired: number;
  truePositives: number;
  precision: number;
  recall: number;
  falseNegatives: string[];
  falsePositives: string[];
}

export function emptyScore(): Score {
  return { positives: 0, fired: 0, truePositives: 0, precision: Number.NaN, recall: Number.NaN, falseNegatives: [], falsePositives: [] };
}

/** Precision and recall per category over the agreed labels of `posts`. */
export function score(posts: readonly LabelledPost[], fired: (post: LabelledPost) => Set<Judged>): Record<Judged, Score> {
  const scores = Object.fromEntries(JUDGED.map((category) => [category, emptyScore()])) as Record<Judged, Score>;
  for (const post of posts) {
    const categories = fired(post);
    for (const category of JUDGED) {
      const gold = post.gold[category];
      if (gold === undefined) continue;
      const current = scores[category];
      const hit = categories.has(category);
      if (gold === 1) current.positives++;
      if (hit) current.fired++;
      if (hit && gold === 1) current.truePositives++;
      if (!hit && gold === 1) current.falseNegatives.push(post.id);
      if (hit && gold === 0) current.falsePositives.push(post.id);
    }
  }
  for (const current of Object.values(scores)) {
    current.precision = current.fired === 0 ? Number.NaN : current.truePositives / current.fired;
    current.recall = current.positives === 0 ? Number.NaN : current.truePositives / current.positives;
  }
  return scores;
}

export const FIGURES_FILE = path.join(REAL_POSTS_DIR, 'held-out-figures.json');
export type Figures = Record<Judged, { precision: number; recall: number; positives: number }>;

export function figuresOf(scores: Record<Judged, Score>): Figures {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return Object.fromEntries(
    JUDGED.map((category) => [category, { precision: round(scores[category].precision), recall: round(scores[category].recall), positives: scores[category].positives }]),
  ) as Figures;
}
