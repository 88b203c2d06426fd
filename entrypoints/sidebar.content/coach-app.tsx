import { BudgetLine } from '@/components/coach/budget-line';
import { CoachPanel } from '@/components/coach/coach-panel';
import { Sidebar } from '@/components/coach/sidebar';
import { SoftBlock } from '@/components/coach/soft-block';
import type { Finding, Mode, Suggestion, TextRange } from '@/lib/coach/types';
import type { SidebarPlacement } from '@/lib/storage';
import type { CoachState } from './store';

export interface CoachActions {
  changeMode(mode: Mode): void;
  selectRange(range: TextRange, finding: Finding): void;
  applySuggestion(suggestion: Suggestion, finding: Finding): void;
  changePlacement(placement: SidebarPlacement): void;
  finishPost(): void;
  closeTimesUp(): void;
  snooze(): void;
}

/** Whether anything needs the shadow root: a composer in use, or the soft block over the feed. */
export function needsUi(state: CoachState): boolean {
  return state.composer !== null || showsSoftBlock(state);
}

function showsSoftBlock(state: CoachState): boolean {
  return state.settings.budget.timesUp === 'soft-block' && state.budget?.blocked === true;
}

export function CoachApp({ state, actions }: { state: CoachState; actions: CoachActions }) {
  const { composer, locale, scheme } = state;
  const mode = composer ? state.settings.platformModes[composer.platform] : state.settings.defaultMode;
  return (
    <>
      {showsSoftBlock(state) && (
        <SoftBlock locale={locale} scheme={scheme} keepClear={state.composerBox} viewport={state.viewport} onSnooze={actions.snooze} />
      )}
      {composer && (
        <Sidebar
          locale={locale}
          platform={composer.platform}
          mode={mode}
          scheme={scheme}
          placement={state.placement}
          composer={state.composerBox}
          viewport={state.viewport}
          onPlacementChange={actions.changePlacement}
        >
          <CoachPanel
            locale={locale}
            platform={composer.platform}
            mode={mode}
            scheme={scheme}
            analysis={state.analysis}
            onModeChange={actions.changeMode}
            onSelectRange={actions.selectRange}
            onApplySuggestion={actions.applySuggestion}
          />
          {state.budget && (
            <BudgetLine
              locale={locale}
              budget={state.budget}
              showNearNote={state.settings.budget.noteAt80}
              timesUpClosed={state.timesUpClosed}
              onFinishPost={actions.finishPost}
              onCloseTimesUp={actions.closeTimesUp}
            />
          )}
        </Sidebar>
      )}
    </>
  );
}
