import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalysisRequest } from '@/lib/coach/analysis-service';
import type { Analysis, Draft } from '@/lib/coach/types';
import { sendMessage } from '@/lib/messaging';
import type { TrackedDraft } from '@/lib/sites/types';
import type { CoachState, Store } from './store';
import { isOffFocus } from '@/lib/week/matrix';
import { createRestartableTimer } from './timer';

/** Trailing debounce: typing stays smooth, and the sidebar still catches up well within 150 ms. */
const DEBOUNCE_MS = 80;
/** Past this length one analysis takes tens of milliseconds: wait for a real pause instead of every short one. */
const LONG_DRAFT_CHARS = 10_000;
const LONG_DRAFT_DEBOUNCE_MS = 400;

export function analysisRequest(draft: Draft, state: Pick<CoachState, 'locale' | 'settings'>): AnalysisRequest {
  return {
    draft: { text: draft.text, platform: draft.platform, kind: draft.kind },
    options: { mode: state.settings.platformModes[draft.platform], uiLocale: state.locale, settings: state.settings.coach },
  };
}

/** The background runs the engine (entrypoints/background/analysis.ts): the page's main thread only renders. */
export const requestAnalysis = (draft: Draft, state: Pick<CoachState, 'locale' | 'settings'>): Promise<Analysis> =>
  sendMessage('cs-bg:analyze', analysisRequest(draft, state));

export interface AnalysisLoop {
  /** Analyse the current draft once typing pauses. */
  schedule(): void;
  /** Analyse right away (settings or locale changed, an edit was refused). */
  runNow(): void;
  /** The analysis shown, if it is of exactly this text: a post going out now can use it without asking again. */
  analysisOf(text: string): Analysis | null;
  /** Rule ids that showed up for this composer since it was focused: some may be resolved by now. */
  readonly seenRuleIds: Set<string>;
}

export function createAnalysisLoop(ctx: ContentScriptContext, store: Store, currentDraft: () => TrackedDraft | null): AnalysisLoop {
  const seenRuleIds = new Set<string>();
  let lastRequest = 0;
  let shown: { request: number; text: string; analysis: Analysis } | null = null;

  const runNow = () => {
    timer.cancel();
    const draft = currentDraft();
    // Paused on this site: no analysis, so no nudges and no marks in the draft.
    if (!draft || ctx.isInvalid || store.get().sitePausedUntil !== null) return;
    const request = ++lastRequest;
    requestAnalysis(draft, store.get()).then(
      (analysis) => {
        // Answers can overtake each other: one older than what is shown, or for a composer no longer in use, is
        // dropped. A newer one shows even if more are on the way, so a slow answer (a waking worker) never
        // leaves the sidebar behind while the user keeps typing.
        if ((shown && request < shown.request) || ctx.isInvalid || currentDraft()?.editor !== draft.editor || store.get().sitePausedUntil !== null) return;
        analysis.findings.forEach((finding) => seenRuleIds.add(finding.ruleId));
        shown = { request, text: draft.text, analysis };
        store.set({ analysis, offFocus: isOffFocus(draft.text, store.get().settings.contentPlan.matrix) });
      },
      // No background (the extension was updated or reloaded): the sidebar keeps its last answer.
      () => undefined,
    );
  };
  const timer = createRestartableTimer(ctx, runNow);

  return {
    schedule() {
      const long = (currentDraft()?.text.length ?? 0) > LONG_DRAFT_CHARS;
      timer.start(long ? LONG_DRAFT_DEBOUNCE_MS : DEBOUNCE_MS);
    },
    runNow,
    analysisOf: (text) => (shown?.text === text ? shown.analysis : null),
    seenRuleIds,
  };
}
