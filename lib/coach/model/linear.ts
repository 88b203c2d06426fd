import type { Token } from '../rule';
import type { TextRange } from '../types';
import { draftFeatures } from './draft-features';

/**
 * A small linear model (logistic regression over word, word-pair and character n-grams) trained offline by
 * `npm run train` on the tuning part of the real posts only, and shipped as JSON next to this file. It runs
 * offline: nothing is downloaded, nothing of the draft leaves the engine.
 *
 * Features are counted per token: a word gives `w:word` and its character n-grams `c:gram` (of `<word>`), a
 * hashtag `h:tag` and `h#`, a mention `@`, a link `u`, an emoji `e:emoji`; two neighbouring words give `b:one two`.
 * The score is `bias + Σ weight × count / √(all feature occurrences)`, so a long post is not loud just for being long.
 * Features of the whole draft (a rule's signals `r:pitch`, and the `draftFeatures` groups of ./draft-features.ts)
 * count among those occurrences too, unless the model says `scaleSignals: false`: then each adds its weight as it
 * is, so a long post does not drown what a short one says with the same signal.
 */
export interface LinearModel {
  /** What the model answers, for the reader of the JSON. */
  category: string;
  /** Character n-gram sizes used for words. */
  charNgrams: number[];
  bias: number;
  /** Nudge from this probability up when no rule fired. */
  fireAbove: number;
  /** When a rule fired but the model gives less than this, the rule's evidence was too thin (0: never). */
  vetoBelow: number;
  weights: Record<string, number>;
  /** Groups of draft-wide features the model weighs (./draft-features.ts); none when absent. */
  draftFeatures?: string[];
  /** Whether draft-wide features are divided by √(feature occurrences) like the words' (true when absent). */
  scaleSignals?: boolean;
  /** How the JSON was made: seed, tuning posts, cross-validated figures. */
  training: Record<string, unknown>;
}

/** The features of one token, as the trainer and the engine both count them. */
export function tokenFeatures(token: Token, charNgrams: readonly number[]): string[] {
  switch (token.kind) {
    case 'word': {
      const features = [`w:${token.normalized}`];
      const padded = `<${token.normalized}>`;
      const chars = [...padded];
      for (const size of charNgrams) {
        for (let at = 0; at + size <= chars.length; at++) features.push(`c:${chars.slice(at, at + size).join('')}`);
      }
      return features;
    }
    case 'hashtag':
      return [`h:${token.normalized}`, 'h#'];
    case 'mention':
      return ['@'];
    case 'url':
      return ['u'];
    case 'emoji':
      return [`e:${token.text}`];
  }
}

/** The word-pair feature of two neighbouring words, or undefined when they are not both words. */
export function pairFeature(previous: Token | undefined, token: Token): string | undefined {
  return previous?.kind === 'word' && token.kind === 'word' ? `b:${previous.normalized} ${token.normalized}` : undefined;
}

interface TokenWeight {
  weight: number;
  count: number;
  /** The word-pair weight with `previous`, remembered while the token before it stays the same. */
  previous?: Token | undefined;
  pair?: number;
}

const byWord = new WeakMap<LinearModel, Map<string, TokenWeight>>();
const byToken = new WeakMap<LinearModel, WeakMap<Token, TokenWeight>>();
const WORD_CACHE_LIMIT = 20_000;

/**
 * Weight and feature count of a token, remembered per model: while typing, the tokenizer hands back the same token
 * objects for the unchanged text, and the same words come back in new drafts.
 */
function tokenWeight(model: LinearModel, token: Token): TokenWeight {
  let tokens = byToken.get(model);
  if (!tokens) byToken.set(model, (tokens = new WeakMap()));
  const seen = tokens.get(token);
  if (seen) return seen;
  let words = byWord.get(model);
  if (!words) byWord.set(model, (words = new Map()));
  const key = `${token.kind}\u0000${token.kind === 'emoji' ? token.text : token.normalized}`;
  let known = words.get(key);
  if (!known) {
    const features = tokenFeatures(token, model.charNgrams);
    let weight = 0;
    for (const feature of features) weight += model.weights[feature] ?? 0;
    known = { weight, count: features.length };
    if (words.size >= WORD_CACHE_LIMIT) words.clear();
    words.set(key, known);
  }
  const entry: TokenWeight = { weight: known.weight, count: known.count };
  tokens.set(token, entry);
  return entry;
}

/** The word-pair weight of `token` with the token before it (0 when they are not two words). */
function pairWeight(model: LinearModel, entry: TokenWeight, previous: Token | undefined, token: Token): number {
  if (entry.pair !== undefined && entry.previous === previous) return entry.pair;
  const pair = pairFeature(previous, token);
  entry.previous = previous;
  entry.pair = pair === undefined ? Number.NaN : (model.weights[pair] ?? 0);
  return entry.pair;
}

/**
 * How strongly the model reads `tokens` as its category (a probability). `signals` are features of the whole draft a
 * rule already found (`r:pitch`, `r:question`): they weigh in but mark no words.
 */
export function probabilityOf(model: LinearModel, tokens: readonly Token[], signals: readonly string[] = [], text?: string): number {
  const { total: tokenTotal, count: tokenCount } = sumOver(model, tokens);
  const all = model.draftFeatures && text !== undefined ? [...signals, ...draftFeatures(tokens, text, model.draftFeatures)] : signals;
  let signalTotal = 0;
  for (const signal of all) signalTotal += model.weights[signal] ?? 0;
  const z = model.scaleSignals === false
    ? model.bias + signalTotal + (tokenCount === 0 ? 0 : tokenTotal / Math.sqrt(tokenCount))
    : model.bias + (tokenCount + all.length === 0 ? 0 : (tokenTotal + signalTotal) / Math.sqrt(tokenCount + all.length));
  return 1 / (1 + Math.exp(-z));
}

interface Running {
  tokens: readonly Token[];
  /** Weight and feature count summed up to and including each token. */
  totals: Float64Array;
  counts: Float64Array;
}

const running = new WeakMap<LinearModel, Running>();

/**
 * Sums the tokens' weights and feature counts. Typing changes the end of a draft: the sums up to the first token
 * that is not the same object as last time are taken over, so a keystroke costs a walk over the tokens, not a lookup
 * of each.
 */
function sumOver(model: LinearModel, tokens: readonly Token[]): { total: number; count: number } {
  const last = running.get(model);
  let same = 0;
  if (last) {
    const shorter = Math.min(last.tokens.length, tokens.length);
    while (same < shorter && last.tokens[same] === tokens[same]) same++;
  }
  const totals = new Float64Array(tokens.length);
  const counts = new Float64Array(tokens.length);
  if (last && same > 0) {
    totals.set(last.totals.subarray(0, same));
    counts.set(last.counts.subarray(0, same));
  }
  let total = same > 0 ? (totals[same - 1] as number) : 0;
  let count = same > 0 ? (counts[same - 1] as number) : 0;
  for (let at = same; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const entry = tokenWeight(model, token);
    total += entry.weight;
    count += entry.count;
    const pair = pairWeight(model, entry, tokens[at - 1], token);
    if (!Number.isNaN(pair)) {
      total += pair;
      count += 1;
    }
    totals[at] = total;
    counts[at] = count;
  }
  running.set(model, { tokens, totals, counts });
  return { total, count };
}

export interface ModelReading {
  probability: number;
  /** The spans that weighed most towards the category, strongest first (at most `MAX_SPANS`). */
  spans: TextRange[];
}

const MAX_SPANS = 3;

/** The probability, and which words made the model think so: only worth working out when it speaks. */
export function readWithModel(model: LinearModel, tokens: readonly Token[], text: string, signals: readonly string[] = []): ModelReading {
  return { probability: probabilityOf(model, tokens, signals, text), spans: strongestSpans(model, tokens, text) };
}

/** Neighbouring tokens that each weigh towards the category form one span; the heaviest spans come first. */
export function strongestSpans(model: LinearModel, tokens: readonly Token[], text: string): TextRange[] {
  const perToken = new Float64Array(tokens.length);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const entry = tokenWeight(model, token);
    perToken[at] = (perToken[at] as number) + entry.weight;
    const pair = pairWeight(model, entry, tokens[at - 1], token);
    if (!Number.isNaN(pair)) {
      perToken[at] = (perToken[at] as number) + pair / 2;
      perToken[at - 1] = (perToken[at - 1] as number) + pair / 2;
    }
  }
  const spans: (TextRange & { weight: number })[] = [];
  let current: (TextRange & { weight: number }) | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const weight = perToken[at] as number;
    if (weight <= 0) {
      current = undefined;
      continue;
    }
    const joins = current && /^[^\S\n]*$/u.test(text.slice(current.end, token.start));
    if (current && joins) {
      current.end = token.end;
      current.weight += weight;
    } else {
      current = { start: token.start, end: token.end, weight };
      spans.push(current);
    }
  }
  return spans
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_SPANS)
    .map(({ start, end }) => ({ start, end }));
}

/** What the rule and the model say together: the rule's finding, the model's own, or silence. */
export type Verdict = 'rule' | 'model' | 'none';

/** Whether the model can change a verdict at all: one shipped empty (threshold above 1, no veto) is not even read. */
export function speaks(model: LinearModel): boolean {
  return model.fireAbove <= 1 || model.vetoBelow > 0;
}

export function combine(ruleFired: boolean, probability: number, model: LinearModel): Verdict {
  if (ruleFired) return probability < model.vetoBelow ? 'none' : 'rule';
  return probability >= model.fireAbove ? 'model' : 'none';
}
