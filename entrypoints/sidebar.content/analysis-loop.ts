import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '@/lib/coach';
import type { Analysis, Draft, Platform, PostFingerprint } from '@/lib/coach/types';
import type { TrackedDraft } from '@/lib/sites/types';
import type { CoachState, Store } from './store';
import { createRestartableTimer } from './timer';

/** Trailing debounce: typing stays smooth, and the sidebar still catches up well within 150 ms. */
const DEBOUNCE_MS = 80;
/** Past this length one analysis takes tens of milliseconds: wait for a real pause instead of every short one. */
const LONG_DRAFT_CHARS = 10_000;
const LONG_DRAFT_DEBOUNCE_MS = 400;
const CROSS_POST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Posts on other platforms in the last week: the ones this draft might be a copy of. Skips damaged entries. */
export function crossPostCandidates(all: readonly unknown[], platform: Platform, now: number): PostFingerprint[] {
  return all.filter(
    (post): post is PostFingerprint =>
      typeof post === 'object' &&
      post !== null &&
      typeof (post as PostFingerprint).publishedAt === 'number' &&
      (post as PostFingerprint).platform !== platform &&
      now - (post as PostFingerprint).publishedAt <= CROSS_POST_WINDOW_MS &&
      (post as PostFingerprint).publishedAt <= now,
  );
}

export function analyzeDraft(draft: Draft, state: Pick<CoachState, 'locale' | 'settings'>, recent: readonly unknown[], now: number): Analysis {
  return analyze(
    { text: draft.text, platform: draft.platform, kind: draft.kind },
    {
      mode: state.settings.platformModes[draft.platform],
      uiLocale: state.locale,
      settings: state.settings.coach,
      recentPosts: crossPostCandidates(recent, draft.platform, now),
      now,
    },
  );
}

export interface AnalysisLoop {
  /** Analyse the current draft once typing pauses. */
  schedule(): void;
  /** Analyse right away (settings or locale changed, an edit was refused). */
  runNow(): void;
  /** Rule ids that showed up for this composer since it was focused: some may be resolved by now. */
  readonly seenRuleIds: Set<string>;
}

export function createAnalysisLoop(
  ctx: ContentScriptContext,
  store: Store,
  currentDraft: () => TrackedDraft | null,
  recentPosts: () => readonly unknown[],
): AnalysisLoop {
  const seenRuleIds = new Set<string>();

  const runNow = () => {
    timer.cancel();
    const draft = currentDraft();
    if (!draft || ctx.isInvalid) return;
    const analysis = analyzeDraft(draft, store.get(), recentPosts(), Date.now());
    analysis.findings.forEach((finding) => seenRuleIds.add(finding.ruleId));
    store.set({ analysis });
  };
  const timer = createRestartableTimer(ctx, runNow);

  return {
    schedule() {
      const long = (currentDraft()?.text.length ?? 0) > LONG_DRAFT_CHARS;
      timer.start(long ? LONG_DRAFT_DEBOUNCE_MS : DEBOUNCE_MS);
    },
    runNow,
    seenRuleIds,
  };
}
