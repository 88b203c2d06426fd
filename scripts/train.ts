// `npm run train`: trains the linear models of lib/coach/model/ (self-promotion, tone) on the TUNING part of the real
// posts only, and writes their weights and thresholds as JSON. Reproducible: folds come from a seeded hash of the id,
// the optimiser is deterministic full-batch Adam from zero weights. The held-out part is never read here.
// Needs the real-post texts (tests/fixtures/real-posts/README.md says how to rebuild them).
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MODELS } from '../lib/coach/model/index';
import type { LinearModel } from '../lib/coach/model/linear';
import { draftFeatures } from '../lib/coach/model/draft-features';
import { combine, pairFeature, probabilityOf, tokenFeatures } from '../lib/coach/model/linear';
import { readDraft } from '../lib/coach/engine-context';
import { resolveSettings } from '../lib/coach/engine-settings';
import type { RuleContext, Token } from '../lib/coach/rule';
import { weigh } from '../lib/coach/rules/self-promotion';
import type { Judged, LabelledPost } from './eval/real-posts';
import { checkAgainstIndex, firedCategories, labelledIds, loadIndex, loadLabelledSet, REAL_POSTS_DIR, textHash } from './eval/real-posts';

const POOL_DIR = path.join(REAL_POSTS_DIR, 'training-pool');

const SEED = 'social-coach:train:v1';
const FOLDS = 5;
const ITERATIONS = 400;
const LEARNING_RATE = 0.05;
/** Weights kept per model (largest first): the rest are too small to matter and only grow the bundle. */
const KEEP_WEIGHTS = 3000;
/**
 * The model may only add what keeps the cross-validated precision of rules and model together at or above that of the
 * rules alone: it raises recall without losing precision. It never silences a rule: a veto learnt on real posts
 * also silenced the plain pitches of the table tests.
 */
interface Config {
  lambda: number;
  charNgrams: number[];
}
const CONFIGS: Config[] = process.env.TRAIN_CONFIGS ? (JSON.parse(process.env.TRAIN_CONFIGS) as Config[]) : [
  { lambda: 1e-3, charNgrams: [] },
  { lambda: 1e-2, charNgrams: [] },
  { lambda: 3e-2, charNgrams: [] },
  { lambda: 1e-2, charNgrams: [4] },
];

type Category = 'self-promotion' | 'tone';
const CATEGORIES: Category[] = ['self-promotion', 'tone'];
/**
 * The draft-wide features each model weighs besides its words (lib/coach/model/draft-features.ts), added as they
 * are, not divided by the number of words: who the post is about, its links, tags and emoji, money, the sender's
 * own name, an organisation's news. Tone has its own rules' signals for such things.
 */
const DRAFT_FEATURES: Record<Category, string[]> = {
  'self-promotion': ['persons', 'counts', 'money', 'brand', 'orgNews'],
  tone: [],
};
/**
 * A word, word pair or n-gram is learnt only when posts of at least this many sources (datasets) in the training
 * folds use it: a single shop's or writer's own words ("#zaegerwatches", "VEG3") say who wrote, not what a post
 * does, and only tell the model about writers it has already read.
 */
const MIN_SOURCES = 3;
/**
 * `TRAIN_FEATURES=words` cross-validates the earlier recipe (words, word pairs and the rule's signals, all divided by
 * the post's length, every word learnt) to compare with, and writes nothing.
 */
const WORDS_ONLY = process.env.TRAIN_FEATURES === 'words';
const groupsOf = (category: Category) => (WORDS_ONLY ? [] : DRAFT_FEATURES[category]);
/** Right nudges (cross-validated) a model must add to the rules' to ship: fewer is within the luck of a fold. */
const MIN_ADDED = 3;

/**
 * Folds are drawn per source (the dataset a post comes from, its id's prefix), not per post: a shop's or a person's
 * own words ("#zaegerwatches", a restaurant's street) then never sit in both the training and the test fold, so the
 * cross-validated figures are those of a writer the model never read, as every user is.
 */
const sourceOf = (id: string) => id.slice(0, id.indexOf(':'));
const fold = (id: string) => createHash('sha256').update(`${SEED}:fold:${sourceOf(id)}`).digest().readUInt32BE(0) % FOLDS;

/**
 * Feature counts of a post, as lib/coach/model/linear.ts counts them: those of its tokens, and those of the whole
 * draft (the rule's signals and the draft features), which weigh unscaled.
 */
function featuresOf(post: TrainingPost, charNgrams: readonly number[], groups: readonly string[]): { tokens: Map<string, number>; draft: Map<string, number> } {
  const counts = new Map<string, number>();
  const draft = new Map<string, number>();
  const add = (map: Map<string, number>, feature: string) => map.set(feature, (map.get(feature) ?? 0) + 1);
  for (const signal of [...post.signals, ...draftFeatures(post.tokens, post.text, groups)]) add(draft, signal);
  post.tokens.forEach((token, at) => {
    for (const feature of tokenFeatures(token, charNgrams)) add(counts, feature);
    const pair = pairFeature(post.tokens[at - 1], token);
    if (pair !== undefined) add(counts, pair);
  });
  return { tokens: counts, draft };
}

/** The token features that posts of at least MIN_SOURCES sources use (draft features are always kept). */
function sharedAcrossSources(posts: readonly TrainingPost[], charNgrams: readonly number[]): Set<string> {
  const sources = new Map<string, Set<string>>();
  for (const post of posts) {
    for (const feature of featuresOf(post, charNgrams, []).tokens.keys()) {
      let seen = sources.get(feature);
      if (!seen) sources.set(feature, (seen = new Set()));
      seen.add(sourceOf(post.id));
    }
  }
  return new Set([...sources].filter(([, seen]) => seen.size >= (WORDS_ONLY ? 1 : MIN_SOURCES)).map(([feature]) => feature));
}

interface Example {
  id: string;
  y: 0 | 1;
  indices: Int32Array;
  values: Float64Array;
}

interface TrainingPost {
  id: string;
  text: string;
  tokens: Token[];
  signals: string[];
  y: 0 | 1;
}

function vectorise(posts: readonly TrainingPost[], charNgrams: readonly number[], groups: readonly string[], vocabulary: Map<string, number>, shared: ReadonlySet<string>): Example[] {
  return posts.map((post) => {
    const { tokens, draft } = featuresOf(post, charNgrams, groups);
    let total = WORDS_ONLY ? post.signals.length : 0;
    for (const count of tokens.values()) total += count;
    const norm = total === 0 ? 1 : Math.sqrt(total);
    const indices: number[] = [];
    const values: number[] = [];
    const put = (feature: string, value: number) => {
      let index = vocabulary.get(feature);
      if (index === undefined) vocabulary.set(feature, (index = vocabulary.size));
      indices.push(index);
      values.push(value);
    };
    for (const [feature, count] of draft) put(feature, WORDS_ONLY ? count / norm : count);
    // Every token feature counts in the norm, as at run time; only those shared across sources get a weight.
    for (const [feature, count] of tokens) if (shared.has(feature)) put(feature, count / norm);
    return { id: post.id, y: post.y, indices: Int32Array.from(indices), values: Float64Array.from(values) };
  });
}

/** L2-regularised logistic regression, classes weighed to balance, full-batch Adam from zero: no randomness. */
function fit(examples: readonly Example[], size: number, lambda: number): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(size);
  let bias = 0;
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const positives = examples.filter((example) => example.y === 1).length;
  const negatives = examples.length - positives;
  const classWeight = [examples.length / (2 * Math.max(1, negatives)), examples.length / (2 * Math.max(1, positives))] as const;
  const gradient = new Float64Array(size + 1);
  for (let step = 1; step <= ITERATIONS; step++) {
    gradient.fill(0);
    for (const example of examples) {
      let z = bias;
      for (let k = 0; k < example.indices.length; k++) z += (weights[example.indices[k] as number] as number) * (example.values[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - example.y) * classWeight[example.y] / examples.length;
      for (let k = 0; k < example.indices.length; k++) {
        const j = example.indices[k] as number;
        gradient[j] = (gradient[j] as number) + g * (example.values[k] as number);
      }
      gradient[size] = (gradient[size] as number) + g;
    }
    for (let j = 0; j < size; j++) gradient[j] = (gradient[j] as number) + lambda * (weights[j] as number);
    for (let j = 0; j <= size; j++) {
      const g = gradient[j] as number;
      m[j] = 0.9 * (m[j] as number) + 0.1 * g;
      v[j] = 0.999 * (v[j] as number) + 0.001 * g * g;
      const update = (LEARNING_RATE * ((m[j] as number) / (1 - 0.9 ** step))) / (Math.sqrt((v[j] as number) / (1 - 0.999 ** step)) + 1e-8);
      if (j === size) bias -= update;
      else weights[j] = (weights[j] as number) - update;
    }
  }
  return { weights, bias };
}

/** The model as shipped: the largest weights only, rounded. */
function toModel(category: Category, config: Config, fitted: { weights: Float64Array; bias: number }, vocabulary: Map<string, number>): LinearModel {
  const names = [...vocabulary.keys()];
  const kept = names
    .map((name, index) => [name, fitted.weights[index] as number] as const)
    .filter(([, weight]) => weight !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEEP_WEIGHTS)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  return {
    category, charNgrams: config.charNgrams, draftFeatures: groupsOf(category), scaleSignals: WORDS_ONLY, bias: round(fitted.bias), fireAbove: 1.1, vetoBelow: 0,
    weights: Object.fromEntries(kept.map(([name, weight]) => [name, round(weight)])), training: {},
  };
}

interface Scored {
  id: string;
  y: 0 | 1;
  rule: boolean;
  probability: number;
}

function precisionRecall(rows: readonly Scored[], fireAbove: number, vetoBelow: number, model: LinearModel) {
  let tp = 0;
  let fired = 0;
  let positives = 0;
  for (const row of rows) {
    const verdict = combine(row.rule, row.probability, { ...model, fireAbove, vetoBelow });
    const hit = verdict !== 'none';
    if (row.y === 1) positives++;
    if (hit) fired++;
    if (hit && row.y === 1) tp++;
  }
  return { precision: fired === 0 ? 1 : tp / fired, recall: positives === 0 ? 1 : tp / positives, f1: tp === 0 ? 0 : (2 * tp) / (fired + positives) };
}

/** Thresholds with the best recall at a cross-validated precision of at least `minimum` (then the best precision). */
function chooseThresholds(rows: readonly Scored[], model: LinearModel, minimum: number) {
  let best = { fireAbove: 1.1, vetoBelow: 0, ...precisionRecall(rows, 1.1, 0, model) };
  for (let fire = 0.3; fire <= 0.991; fire += 0.01) {
    for (const veto of [0]) {
      if (veto >= fire) continue;
      const result = precisionRecall(rows, fire, veto, model);
      const better = result.precision >= minimum && (best.precision < minimum || result.recall > best.recall + 1e-9 || (Math.abs(result.recall - best.recall) < 1e-9 && result.precision > best.precision));
      if (better) best = { fireAbove: Math.round(fire * 100) / 100, vetoBelow: veto, ...result };
    }
  }
  return best;
}

const loaded = loadLabelledSet();
const check = checkAgainstIndex(loaded, loadIndex(), labelledIds());
if (loaded.length === 0 || check.missing.length + check.changed.length > 0) {
  console.error('npm run train needs the real-post texts, exactly as index.jsonl has them (tests/fixtures/real-posts/README.md).');
  process.exit(1);
}
const tuning: LabelledPost[] = loaded.filter((post) => post.part === 'tuning' && !check.extra.includes(post.id));
const pool = loadTrainingPool();
// What the rules fire by themselves: the models are taken out of the engine while this is read.
const saved = { ...MODELS };
for (const category of CATEGORIES) delete MODELS[category];
const ruleFired = new Map(tuning.map((post) => [post.id, firedCategories(post)]));
Object.assign(MODELS, saved);
// The draft as the engine reads it, and what the self-promotion rule found in it (the model weighs that too).
const settings = resolveSettings({});
const read = new Map(
  [...tuning, ...pool].map((post) => {
    const facts = readDraft(post.text, post.platform, settings);
    const context: RuleContext = {
      ...facts, text: post.text, platform: post.platform, kind: 'post', mode: 'work', uiLocale: 'en', settings,
      recentPosts: [], fingerprintKey: undefined, now: 0, report: () => undefined,
    };
    return [post.id, { tokens: [...facts.tokens], signals: { 'self-promotion': weigh(context).signals, tone: [] as string[] } }] as const;
  }),
);

for (const category of CATEGORIES) {
  const asTraining = (post: LabelledPost): TrainingPost => {
    const { tokens, signals } = read.get(post.id) as { tokens: Token[]; signals: Record<Category, string[]> };
    return { id: post.id, text: post.text, tokens, signals: signals[category], y: post.gold[category] as 0 | 1 };
  };
  const posts = tuning.filter((post) => post.gold[category] !== undefined).map(asTraining);
  // The pool's posts only ever train: every fold learns from all of them, and no figure is measured on them.
  const poolPosts = pool.filter((post) => post.gold[category] !== undefined).map(asTraining);
  let chosen: { config: Config; rows: Scored[]; thresholds: ReturnType<typeof chooseThresholds> } | undefined;
  for (const config of CONFIGS) {
    const rows: Scored[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const train = [...posts.filter((post) => fold(post.id) !== k), ...poolPosts];
      const test = posts.filter((post) => fold(post.id) === k);
      const vocabulary = new Map<string, number>();
      const fitted = fit(vectorise(train, config.charNgrams, groupsOf(category), vocabulary, sharedAcrossSources(train, config.charNgrams)), vocabulary.size, config.lambda);
      const model = toModel(category, config, fitted, vocabulary);
      for (const post of test) {
        rows.push({ id: post.id, y: post.y, rule: (ruleFired.get(post.id) as Set<Judged>).has(category), probability: probabilityOf(model, post.tokens, post.signals, post.text) });
      }
    }
    if (process.env.TRAIN_DUMP) writeFileSync(`${process.env.TRAIN_DUMP}/${category}-${CONFIGS.indexOf(config)}.json`, JSON.stringify(rows));
    const empty = toModel(category, config, { weights: new Float64Array(0), bias: 0 }, new Map());
    const rulesAlone = precisionRecall(rows, 1.1, 0, empty);
    const thresholds = chooseThresholds(rows, empty, rulesAlone.precision);
    // For the reader only, never to choose: what the model would add if it could give up 0.03 of precision.
    const looser = chooseThresholds(rows, empty, rulesAlone.precision - 0.03);
    console.log(`${category} λ=${config.lambda} char=${JSON.stringify(config.charNgrams)}: cross-validated P ${thresholds.precision.toFixed(3)} R ${thresholds.recall.toFixed(3)} (fire ≥ ${thresholds.fireAbove}, veto < ${thresholds.vetoBelow}); at P ≥ rules − 0.03: P ${looser.precision.toFixed(3)} R ${looser.recall.toFixed(3)}`);
    const better = !chosen || thresholds.recall > chosen.thresholds.recall + 1e-9 || (Math.abs(thresholds.recall - chosen.thresholds.recall) < 1e-9 && thresholds.precision > chosen.thresholds.precision);
    if (thresholds.precision >= rulesAlone.precision && better) chosen = { config, rows, thresholds };
  }
  if (!chosen && process.env.TRAIN_DUMP) continue;
  if (!chosen) throw new Error(`${category}: no configuration keeps the rules' precision`);
  const vocabulary = new Map<string, number>();
  const everything = [...posts, ...poolPosts];
  const fitted = fit(vectorise(everything, chosen.config.charNgrams, groupsOf(category), vocabulary, sharedAcrossSources(everything, chosen.config.charNgrams)), vocabulary.size, chosen.config.lambda);
  const model = toModel(category, chosen.config, fitted, vocabulary);
  const rules = precisionRecall(chosen.rows, 1.1, 0, model);
  model.fireAbove = chosen.thresholds.fireAbove;
  model.vetoBelow = chosen.thresholds.vetoBelow;
  // A model that adds no nudge at the rules' precision on writers it never read, or fewer right ones than
  // MIN_ADDED (one or two posts is luck, not a model), would only weigh the bundle and each keystroke down: it ships
  // without weights, and the rules judge alone.
  const positives = chosen.rows.filter((row) => row.y === 1).length;
  const added = Math.round((chosen.thresholds.recall - rules.recall) * positives);
  const addsNothing = (model.fireAbove > 1 && model.vetoBelow === 0) || added < MIN_ADDED;
  const candidate = { fireAbove: model.fireAbove, precision: round3(chosen.thresholds.precision), recall: round3(chosen.thresholds.recall), lambda: chosen.config.lambda, charNgrams: chosen.config.charNgrams };
  if (addsNothing) Object.assign(model, { weights: {}, fireAbove: 1.1, vetoBelow: 0 });
  const shipped = addsNothing ? rules : chosen.thresholds;
  model.training = {
    ...(addsNothing ? { shippedEmpty: `cross-validated by source, no threshold added ${MIN_ADDED} or more right nudges at the precision of the rules alone`, ...(added > 0 ? { bestCandidate: candidate } : {}) } : {}),
    script: 'scripts/train.ts (npm run train)', seed: SEED, data: 'tests/fixtures/real-posts, tuning part only, agreed labels',
    posts: posts.length, positives: posts.filter((post) => post.y === 1).length,
    ...(poolPosts.length > 0 ? { trainingPool: { posts: poolPosts.length, positives: poolPosts.filter((post) => post.y === 1).length } } : {}),
    lambda: chosen.config.lambda, iterations: ITERATIONS, minSources: MIN_SOURCES, draftFeatures: DRAFT_FEATURES[category],
    crossValidated: { folds: FOLDS, rulesAlone: { precision: round3(rules.precision), recall: round3(rules.recall) }, withModel: { precision: round3(shipped.precision), recall: round3(shipped.recall) } },
  };
  const file = path.resolve(import.meta.dirname, `../lib/coach/model/${category}.json`);
  if (!WORDS_ONLY) writeFileSync(file, `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`→ ${path.relative(process.cwd(), file)}: ${Object.keys(model.weights).length} weights, fire ≥ ${model.fireAbove}, veto < ${model.vetoBelow}; cross-validated rules alone P ${rules.precision.toFixed(3)} R ${rules.recall.toFixed(3)}, with the model P ${shipped.precision.toFixed(3)} R ${shipped.recall.toFixed(3)}${addsNothing && added > 0 ? ` (the best candidate, λ=${chosen.config.lambda}, added ${added} right nudge${added === 1 ? '' : 's'} only: P ${chosen.thresholds.precision.toFixed(3)} R ${chosen.thresholds.recall.toFixed(3)} at fire ≥ ${chosen.thresholds.fireAbove})` : ''}`);
}

/**
 * The training pool (tests/fixtures/real-posts/training-pool): more real posts, labelled the same way, from writers
 * the yardstick does not hold. They widen what the models learn from and are never scored. `TRAIN_POOL=0` leaves
 * them out, to see what they add.
 */
function loadTrainingPool(): LabelledPost[] {
  if (process.env.TRAIN_POOL === '0' || !existsSync(path.join(POOL_DIR, 'index.jsonl'))) return [];
  const posts = loadLabelledSet(POOL_DIR);
  const poolCheck = checkAgainstIndex(posts, loadIndex(path.join(POOL_DIR, 'index.jsonl')), labelledIds(POOL_DIR));
  if (poolCheck.missing.length + poolCheck.changed.length + poolCheck.extra.length > 0) {
    console.error('npm run train needs the training pool\'s texts, exactly as its index.jsonl has them (TRAIN_POOL=0 trains without them).');
    process.exit(1);
  }
  const yardstick = new Set(loadIndex().map((row) => row.sha256));
  const overlap = posts.filter((post) => yardstick.has(textHash(post.text)));
  if (overlap.length > 0) throw new Error(`training pool: ${overlap.length} posts are in the yardstick too (${overlap[0]?.id})`);
  return posts;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
