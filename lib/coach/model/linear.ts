import type { Token } from '../rule';
import type { TextRange } from '../types';

/**
 * A small linear model (logistic regression over word, word-pair and character n-grams) trained offline by
 * `npm run train` on the tuning part of the real posts only, and shipped as JSON next to this file. It runs
 * offline: nothing is downloaded, nothing of the draft leaves the engine.
 *
 * Features are counted per token: a word gives `w:word` and its character n-grams `c:gram` (of `<word>`), a
 * hashtag `h:tag` and `h#`, a mention `@`, a link `u`, an emoji `e:emoji`; two neighbouring words give `b:one two`.
 * The score is `bias + Σ weight × count / √(all feature occurrences)`, so a long post is not loud just for being long.
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
}

const caches = new WeakMap<LinearModel, Map<string, TokenWeight>>();
const CACHE_LIMIT = 20_000;

/** Weight and feature count of a token, remembered per model: typing re-reads the same words on every key. */
function tokenWeight(model: LinearModel, token: Token): TokenWeight {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const key = `${token.kind}\u0000${token.kind === 'emoji' ? token.text : token.normalized}`;
  const known = cache.get(key);
  if (known) return known;
  const features = tokenFeatures(token, model.charNgrams);
  let weight = 0;
  for (const feature of features) weight += model.weights[feature] ?? 0;
  const result = { weight, count: features.length };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

export interface ModelReading {
  probability: number;
  /** The spans that weighed most towards the category, strongest first (at most `MAX_SPANS`). */
  spans: TextRange[];
}

const MAX_SPANS = 3;

/**
 * How strongly the model reads `tokens` as its category, and which words made it think so. `signals` are features
 * of the whole draft a rule already found (`r:pitch`, `r:question`): they weigh in but mark no words.
 */
export function readWithModel(model: LinearModel, tokens: readonly Token[], text: string, signals: readonly string[] = []): ModelReading {
  let total = 0;
  let count = signals.length;
  for (const signal of signals) total += model.weights[signal] ?? 0;
  const perToken = new Float64Array(tokens.length);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const own = tokenWeight(model, token);
    perToken[at] = (perToken[at] as number) + own.weight;
    total += own.weight;
    count += own.count;
    const pair = pairFeature(tokens[at - 1], token);
    if (pair !== undefined) {
      const weight = model.weights[pair] ?? 0;
      total += weight;
      count += 1;
      perToken[at] = (perToken[at] as number) + weight / 2;
      perToken[at - 1] = (perToken[at - 1] as number) + weight / 2;
    }
  }
  const z = model.bias + (count === 0 ? 0 : total / Math.sqrt(count));
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, spans: strongestSpans(tokens, perToken, text) };
}

/** Neighbouring tokens that each weigh towards the category form one span; the heaviest spans come first. */
function strongestSpans(tokens: readonly Token[], perToken: Float64Array, text: string): TextRange[] {
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

export function combine(ruleFired: boolean, reading: ModelReading, model: LinearModel): Verdict {
  if (ruleFired) return reading.probability < model.vetoBelow ? 'none' : 'rule';
  return reading.probability >= model.fireAbove ? 'model' : 'none';
}
