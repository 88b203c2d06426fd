import { analyzeWith, type EngineHooks } from './engine';
import type { FingerprintKey } from './fingerprint';
import { isKeyedFingerprint } from './fingerprint-format';
import { RULES } from './rules';
import { LanguageDetector } from './text/language';
import { TokenCache } from './text/token-cache';
import type { Analysis, AnalyzeOptions, Draft, Platform, PostFingerprint } from './types';

/** What a sidebar asks for: its draft and how to coach it. The service adds the clock and the recent posts. */
export interface AnalysisRequest {
  draft: Draft;
  options: Pick<AnalyzeOptions, 'mode' | 'uiLocale' | 'settings'>;
}

const CROSS_POST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** Writers whose caches are kept; one that comes back after more others than this starts afresh, as after a restart. */
const MAX_WRITERS = 16;

/** Posts on other platforms in the last week: the ones this draft might be a copy of. Skips damaged and unkeyed entries. */
export function crossPostCandidates(all: readonly unknown[], platform: Platform, now: number): PostFingerprint[] {
  return all.filter(
    (post): post is PostFingerprint =>
      isKeyedFingerprint(post) &&
      (post as PostFingerprint).platform !== platform &&
      now - (post as PostFingerprint).publishedAt <= CROSS_POST_WINDOW_MS &&
      (post as PostFingerprint).publishedAt <= now,
  );
}

/** The stored fingerprints and the install's key they were made with. */
export interface RecentPosts {
  posts: readonly unknown[];
  key: FingerprintKey | undefined;
}

export interface AnalysisService {
  /**
   * Analyses one writer's draft. Each writer (a tab's frame) keeps its own token and language caches: they follow
   * one draft as it is typed, and two tabs typing at once must not make each other's answers depend on the order.
   */
  analyze(writer: string, request: AnalysisRequest, recent: RecentPosts, now: number): Analysis;
}

export function createAnalysisService(): AnalysisService {
  const writers = new Map<string, EngineHooks>();

  const hooksFor = (writer: string): EngineHooks => {
    const hooks = writers.get(writer) ?? { detector: new LanguageDetector(), tokenCache: new TokenCache() };
    // Most recently used last, so the first one is the one to drop.
    writers.delete(writer);
    writers.set(writer, hooks);
    if (writers.size > MAX_WRITERS) writers.delete(writers.keys().next().value as string);
    return hooks;
  };

  return {
    analyze(writer, request, recent, now) {
      // Requests cross a process boundary: anything malformed becomes an empty draft rather than an exception.
      const draft: Draft = typeof request?.draft === 'object' && request.draft !== null ? request.draft : { text: '', platform: 'x' };
      const options = typeof request?.options === 'object' && request.options !== null ? request.options : {};
      const recentPosts = crossPostCandidates(Array.isArray(recent?.posts) ? recent.posts : [], draft.platform, now);
      return analyzeWith(RULES, draft, { ...options, now, recentPosts, fingerprintKey: recent?.key }, hooksFor(writer));
    },
  };
}
