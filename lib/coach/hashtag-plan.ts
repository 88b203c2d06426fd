import { GENERIC_HASHTAGS, lexiconSet } from './lexicons';
import type { RuleContext, Token } from './rule';
import { hashtagRunsInSentences } from './text/hashtag-runs';

/** Generic tags are judged in both languages: Dutch posts borrow English tags (#love, #business) all the time. */
const BOTH = ['nl', 'en'] as const;

/**
 * What the hashtag nudges will tell the writer, worked out once so no other nudge contradicts them (the
 * screen-reader tip must not polish a tag the writer is told to drop).
 */
export interface HashtagPlan {
  isGeneric(tag: Token): boolean;
  /** Each tag once, in draft order. */
  unique: Token[];
  generic: Token[];
  /** Tag runs standing in for words inside a sentence. */
  runs: Token[][];
  /** The specific tags to keep when there are more than the platform's norm; null when the number is fine. */
  keep: Token[] | null;
  /** Lower-case names of the tags the nudges ask to remove or replace. */
  dropped: Set<string>;
}

/** A year alone (#2020) is on every post of that year: as broad as a tag gets. */
const YEAR_TAG = /^(?:19|20)\d\d$/u;
function isYearTag(tag: Token): boolean {
  return YEAR_TAG.test(tag.normalized);
}

/** The specific tags worth keeping, longer (more specific) first, at most `limit`, shown in draft order. */
function specificToKeep(tags: readonly Token[], isGeneric: (tag: Token) => boolean, limit: number): Token[] {
  const specific = tags.filter((tag) => !isGeneric(tag));
  const ranked = [...specific].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  return ranked.slice(0, limit).sort((a, b) => a.start - b.start);
}

export function planHashtags(context: Pick<RuleContext, 'hashtags' | 'settings' | 'platform' | 'tokens' | 'text'>): HashtagPlan {
  const { hashtags, settings, platform } = context;
  const genericSet = lexiconSet(GENERIC_HASHTAGS, BOTH);
  const isGeneric = (tag: Token) => genericSet.has(tag.normalized) || isYearTag(tag) || settings.extraGenericHashtags.includes(tag.normalized);
  const unique = [...new Map(hashtags.map((tag) => [tag.normalized, tag])).values()];
  const generic = unique.filter(isGeneric);
  // Stuffing is three tags in a row, or two broad ones ("#marketing and #sales people"); a pair with one specific
  // tag reads as a term of the sentence ("#userexperience #research on wearables").
  const runs = hashtags.length === 0 ? [] : hashtagRunsInSentences(context.tokens, context.text).filter((run) => run.length >= 3 || run.filter(isGeneric).length >= 2);
  const inRuns = new Set(runs.flat());
  const dropped = new Set(runs.flat().map((tag) => tag.normalized));
  const outsideRuns = hashtags.some((tag) => !inRuns.has(tag));
  const limit = settings.hashtagLimits[platform];
  let keep: Token[] | null = null;
  // The norm counts every tag written, a repeat too: eight tags on LinkedIn read as eight, however many names they share.
  if (outsideRuns && hashtags.length > limit) {
    keep = specificToKeep(unique, isGeneric, limit);
    const kept = new Set(keep.map((tag) => tag.normalized));
    for (const tag of unique) if (!kept.has(tag.normalized)) dropped.add(tag.normalized);
  } else if (outsideRuns && generic.length >= 2) {
    for (const tag of generic) dropped.add(tag.normalized);
  }
  return { isGeneric, unique, generic, runs, keep, dropped };
}

/**
 * The edit that leaves only `keep` of a closing block of tags ("… the post. #a #b #c"), or undefined when the
 * tags are spread through the text (then the writer picks them out by hand).
 */
export function keepOnlyEdit(context: Pick<RuleContext, 'tokens' | 'text' | 'hashtags'>, keep: readonly Token[]): { start: number; end: number; from: string; to: string } | undefined {
  const { tokens, text, hashtags } = context;
  const first = hashtags[0];
  const last = hashtags[hashtags.length - 1];
  if (!first || !last || keep.length === 0) return undefined;
  // Every token from the first tag to the end must be a tag: one closing block.
  const startIndex = tokens.indexOf(first);
  if (tokens.slice(startIndex).some((token) => token.kind !== 'hashtag')) return undefined;
  if (text.slice(last.end).trim() !== '') return undefined;
  const from = text.slice(first.start, last.end);
  const to = keep.map((tag) => tag.text).join(' ');
  return from === to ? undefined : { start: first.start, end: last.end, from, to };
}
