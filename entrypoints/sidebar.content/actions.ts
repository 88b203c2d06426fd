import { applyEdit } from '@/lib/sites/apply-edit';
import { readDraft } from '@/lib/sites/read-draft';
import { selectRange } from '@/lib/sites/selection';
import type { Finding, Suggestion } from '@/lib/coach/types';
import type { TextEdit, TrackedDraft } from '@/lib/sites/types';
import type { SidebarPlacement } from '@/lib/settings/placement';
import { requestAnalysis, type AnalysisLoop } from './analysis-loop';
import type { BudgetActions } from './budget';
import type { CoachActions } from './coach-app';
import { openSource, resumeSite, saveMode } from './preferences';
import type { Store } from './store';

interface ActionDeps {
  store: Store;
  loop: AnalysisLoop;
  budget: BudgetActions;
  currentDraft: () => TrackedDraft | null;
  savePlacement: (placement: SidebarPlacement, previous: SidebarPlacement) => void;
}

/**
 * The suggestion's edit for the text as it is now. A click can come before the analysis of the last keys (an
 * insertion at the end would then land short of it): the draft is analysed again and the same suggestion taken
 * from that answer, or none when it is gone.
 */
async function currentEdit(draft: TrackedDraft, suggestion: Suggestion, finding: Finding, loop: AnalysisLoop, store: Store): Promise<TextEdit | undefined> {
  const text = readDraft(draft.editor);
  if (loop.analysisOf(text)) return suggestion.edit;
  const fresh = await requestAnalysis({ text, platform: draft.platform, kind: draft.kind }, store.get()).catch(() => null);
  if (readDraft(draft.editor) !== text) return undefined;
  const again = fresh?.findings.find((candidate) => candidate.ruleId === finding.ruleId);
  return again?.suggestions?.find((candidate) => candidate.label === suggestion.label)?.edit;
}

/**
 * A person's own click or key press. A page script's `click()` or `dispatchEvent` (and any script that reached into
 * the sidebar) makes untrusted events: those never change time, budget or stats.
 */
const byUser = (event: Event): boolean => event.isTrusted;

/** What the sidebar's buttons do on the page: select or edit through the site helpers, save preferences. */
export function createCoachActions({ store, loop, budget, currentDraft, savePlacement }: ActionDeps): CoachActions {
  const changePlacement = (placement: SidebarPlacement) => {
    const previous = store.get().placement;
    store.set({ placement });
    savePlacement(placement, previous);
  };
  return {
    changeMode(mode, event) {
      const { composer, settings, modeLocked } = store.get();
      // Locked by the organisation: the switch is disabled, and the background would refuse it anyway.
      if (!composer || modeLocked || !byUser(event)) return;
      // Shown at once; the settings watch confirms it, and the popup sees it too.
      store.set({ settings: { ...settings, platformModes: { ...settings.platformModes, [composer.platform]: mode } } });
      loop.runNow();
      saveMode(mode).catch(() => undefined);
    },
    selectRange(range) {
      const draft = currentDraft();
      if (draft) selectRange(draft.editor, range.start, range.end, window);
    },
    async applySuggestion(suggestion, finding) {
      const draft = currentDraft();
      if (!draft || !suggestion.edit) return;
      store.set({ editRefused: null });
      const edit = await currentEdit(draft, suggestion, finding, loop, store);
      if (!edit) return loop.runNow();
      const outcome = await applyEdit(draft.editor, edit, window);
      // 'stale': the text moved on since the analysis, so show the current findings instead.
      if (outcome === 'refused') store.set({ editRefused: { suggestion: edit.to.trim(), draftText: readDraft(draft.editor) } });
      if (outcome !== 'applied') loop.runNow();
    },
    copySuggestion: (text) => navigator.clipboard.writeText(text),
    dismissEditRefused: () => store.set({ editRefused: null }),
    dismissTopic: () => store.set({ topic: null }),
    changePlacement,
    finishPost(event) {
      if (byUser(event)) budget.finishPost();
    },
    closeTimesUp() {
      store.set({ timesUpClosed: true });
      changePlacement({ ...store.get().placement, collapsed: true });
    },
    snooze(event) {
      if (byUser(event)) budget.snooze();
    },
    leave: budget.leave,
    resumeSite(event) {
      // A page script's click never turns the coach back on.
      if (!byUser(event)) return;
      store.set({ sitePausedUntil: null });
      loop.runNow();
      resumeSite().catch(() => undefined);
    },
    openSource(anchor, event) {
      // A tab opens only on the user's own click, never on a page script's.
      if (byUser(event)) openSource(anchor).catch(() => undefined);
    },
    answerPause(choice, event) {
      // 'leave' counts the visit as one the pause turned back: the user's own click only.
      if (byUser(event)) budget.answerPause(choice);
    },
  };
}
