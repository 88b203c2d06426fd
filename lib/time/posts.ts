import { CATEGORIES, MODES, PLATFORMS, SEVERITIES, type PostFingerprint } from '../coach/types';
import { isKeyedFingerprint } from '../coach/fingerprint-format';
import type { PublishedPost } from '../messaging';
import { dayKey, type OffsetAt } from './day-key';
import { HISTORY_DAYS, pruneHistory } from './usage';
import type { MatrixColumn } from '../week/matrix';
import type { DayPosts, PostHistory } from './types';

/** Fingerprints older than this no longer count for the cross-post check. */
export const FINGERPRINT_DAYS = 30;
/** A bound on storage whatever happens: far more posts than anyone writes in 30 days. */
export const MAX_FINGERPRINTS = 2_000;

const DAY_MS = 86_400_000;

export function emptyDayPosts(): DayPosts {
  return { published: 0, withOpenProblems: 0, nudgesResolved: 0, byCategory: {}, byPlatform: {}, byColumn: {}, aboutSender: 0, atFixedTime: 0 };
}

/** A stored count read defensively: anything but a positive finite number is 0, fractions are cut. */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** What the background derives from a post's text at publish, for "your week"; the text itself is not kept. */
export interface PostTraits {
  columns: readonly MatrixColumn[];
  aboutSender: boolean;
  atFixedTime: boolean;
}

const NO_TRAITS: PostTraits = { columns: [], aboutSender: false, atFixedTime: false };

function counts(value: unknown): Partial<Record<string, number>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as Record<string, number>) } : {};
}

/** Adds one published post to its day: open findings count per category, resolved nudges add up. */
export function recordPost(stored: unknown, post: PublishedPost, offsetAt: OffsetAt, now: number, traits: PostTraits = NO_TRAITS): PostHistory {
  const history = (typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {}) as PostHistory;
  const day = dayKey(post.publishedAt, offsetAt);
  const today = history[day] ?? emptyDayPosts();
  const open = Array.isArray(post.openFindings) ? post.openFindings : [];
  const byCategory = { ...today.byCategory };
  for (const finding of open) {
    if (CATEGORIES.includes(finding?.category)) byCategory[finding.category] = (byCategory[finding.category] ?? 0) + 1;
  }
  const hasOpenProblem = open.some((finding) => finding?.severity === 'problem' || finding?.severity === 'warning');
  const next: DayPosts = {
    published: count(today.published) + 1,
    withOpenProblems: count(today.withOpenProblems) + (hasOpenProblem ? 1 : 0),
    nudgesResolved: count(today.nudgesResolved) + count(post.resolvedCount),
    byCategory,
    byPlatform: { ...counts(today.byPlatform), [post.platform]: count(today.byPlatform?.[post.platform]) + 1 },
    byColumn: Object.fromEntries([
      ...Object.entries(counts(today.byColumn)),
      ...traits.columns.map((column) => [column, count(today.byColumn?.[column]) + 1]),
    ]),
    aboutSender: count(today.aboutSender) + (traits.aboutSender ? 1 : 0),
    atFixedTime: count(today.atFixedTime) + (traits.atFixedTime ? 1 : 0),
  };
  return pruneHistory({ ...history, [day]: next }, dayKey(now, offsetAt), HISTORY_DAYS);
}

function isFingerprint(value: unknown): value is PostFingerprint {
  return isKeyedFingerprint(value) && PLATFORMS.includes(value.platform) && Number.isFinite(value.publishedAt);
}

/** Adds a fingerprint and keeps only well-formed, keyed ones from the last 30 days, newest last. */
export function rememberFingerprint(stored: unknown, fingerprint: PostFingerprint, now: number): PostFingerprint[] {
  const oldestKept = now - FINGERPRINT_DAYS * DAY_MS;
  const all = [...(Array.isArray(stored) ? stored : []), fingerprint];
  return all.filter((print): print is PostFingerprint => isFingerprint(print) && print.publishedAt >= oldestKept).slice(-MAX_FINGERPRINTS);
}

/** Longer than any network lets a post be (Facebook: 63,206 characters). */
const MAX_POST_LENGTH = 100_000;
/** More findings than any draft gets from the ten rules; more rule ids than there are rules. */
const MAX_OPEN_FINDINGS = 200;
const MAX_RESOLVED = 100;
const RULE_ID = /^[a-z0-9-]{1,60}$/;
/** A report may take a moment to arrive, never long: a time outside this window is the background's own. */
const MAX_REPORT_AGE_MS = 60_000;

function validFinding(value: unknown): PublishedPost['openFindings'][number] | null {
  const finding = value as PublishedPost['openFindings'][number];
  if (typeof finding !== 'object' || finding === null) return null;
  const { ruleId, category, severity } = finding;
  if (typeof ruleId !== 'string' || !RULE_ID.test(ruleId) || !CATEGORIES.includes(category) || !SEVERITIES.includes(severity)) return null;
  return { ruleId, category, severity };
}

/**
 * A report from a content script, rebuilt field by field within bounds: a malformed one is dropped, never stored,
 * and nothing but the known fields is kept. The time is the background's own unless the report's is a moment ago.
 */
export function validPublishedPost(value: unknown, now: number): PublishedPost | null {
  const post = value as PublishedPost;
  if (typeof post !== 'object' || post === null || !PLATFORMS.includes(post.platform)) return null;
  if (typeof post.text !== 'string' || post.text.length > MAX_POST_LENGTH) return null;
  const sentAt = post.publishedAt;
  const publishedAt = Number.isFinite(sentAt) && sentAt <= now && sentAt >= now - MAX_REPORT_AGE_MS ? sentAt : now;
  const findings = Array.isArray(post.openFindings) ? post.openFindings.slice(0, MAX_OPEN_FINDINGS) : [];
  return {
    platform: post.platform,
    mode: MODES.includes(post.mode) ? post.mode : 'personal',
    publishedAt,
    openFindings: findings.map(validFinding).filter((finding) => finding !== null),
    resolvedCount: Number.isInteger(post.resolvedCount) ? Math.min(Math.max(post.resolvedCount, 0), MAX_RESOLVED) : 0,
    text: post.text,
  };
}
