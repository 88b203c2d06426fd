import { applyEdit, selectRange } from '@/lib/sites/selection';
import type { TrackedDraft } from '@/lib/sites/types';
import type { SidebarPlacement } from '@/lib/settings/placement';
import type { AnalysisLoop } from './analysis-loop';
import type { BudgetActions } from './budget';
import type { CoachActions } from './coach-app';
import { saveMode } from './preferences';
import type { Store } from './store';

interface ActionDeps {
  store: Store;
  loop: AnalysisLoop;
  budget: BudgetActions;
  currentDraft: () => TrackedDraft | null;
  savePlacement: (placement: SidebarPlacement, previous: SidebarPlacement) => void;
}

/** What the sidebar's buttons do on the page: select or edit through the site helpers, save preferences. */
export function createCoachActions({ store, loop, budget, currentDraft, savePlacement }: ActionDeps): CoachActions {
  const changePlacement = (placement: SidebarPlacement) => {
    const previous = store.get().placement;
    store.set({ placement });
    savePlacement(placement, previous);
  };
  return {
    changeMode(mode) {
      const { composer, settings } = store.get();
      if (!composer) return;
      // Shown at once; the settings watch confirms it, and the popup sees it too.
      store.set({ settings: { ...settings, platformModes: { ...settings.platformModes, [composer.platform]: mode } } });
      loop.runNow();
      saveMode(mode).catch(() => undefined);
    },
    selectRange(range) {
      const draft = currentDraft();
      if (draft) selectRange(draft.editor, range.start, range.end, window);
    },
    applySuggestion(suggestion) {
      const draft = currentDraft();
      if (!draft || !suggestion.edit) return;
      // Refused when the text moved on since the analysis: show the current findings instead.
      if (!applyEdit(draft.editor, suggestion.edit, window)) loop.runNow();
    },
    changePlacement,
    finishPost: budget.finishPost,
    closeTimesUp() {
      store.set({ timesUpClosed: true });
      changePlacement({ ...store.get().placement, collapsed: true });
    },
    snooze: budget.snooze,
  };
}
