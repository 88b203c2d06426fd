import { useMemo } from 'preact/hooks';
import { BudgetLine } from '@/components/coach/budget-line';
import { CoachPanel } from '@/components/coach/coach-panel';
import { EditRefusedNote } from '@/components/coach/edit-refused-note';
import { IntentionPause } from '@/components/coach/intention-pause';
import { Sidebar } from '@/components/coach/sidebar';
import { SoftBlock } from '@/components/coach/soft-block';
import { SourceLinkContext } from '@/components/coach/source-link';
import type { Finding, Mode, Suggestion, TextRange } from '@/lib/coach/types';
import type { SidebarPlacement } from '@/lib/settings/placement';
import type { CoachState } from './store';

/** What the sidebar's buttons do. Those that change time, budget or stats get the click, to check it is the user's. */
export interface CoachActions {
  changeMode(mode: Mode, event: Event): void;
  selectRange(range: TextRange, finding: Finding): void;
  applySuggestion(suggestion: Suggestion, finding: Finding): void;
  copySuggestion(text: string): Promise<void>;
  dismissEditRefused(): void;
  dismissTopic(): void;
  changePlacement(placement: SidebarPlacement): void;
  finishPost(event: Event): void;
  closeTimesUp(): void;
  snooze(event: Event): void;
  leave(): void;
  answerPause(choice: 'go-on' | 'leave', event: Event): void;
  /** "Pause the coach here" is on: the user turns it back on from the sidebar's tab. */
  resumeSite(event: Event): void;
  /** "Read in context": the Sources page at a nudge's passage. */
  openSource(anchor: string, event: Event): void;
}

/** Whether anything needs the shadow root: a composer in use, the soft block over the feed, or the pause. */
export function needsUi(state: CoachState): boolean {
  return state.composer !== null || showsSoftBlock(state) || state.pause;
}

function showsSoftBlock(state: CoachState): boolean {
  // A network's own limit and the quiet hours always bring the screen; the day's budget only if the user chose it.
  const budget = state.budget;
  return budget?.blocked === true && ((budget.reason ?? 'budget') !== 'budget' || state.settings.budget.timesUp === 'soft-block');
}

export function CoachApp({ state, actions }: { state: CoachState; actions: CoachActions }) {
  const { composer, locale, scheme, analysis, budget, timesUpClosed, topic, offFocus, modeLocked } = state;
  // Without a composer there is no sidebar, and no mode to show.
  const mode = composer ? state.settings.platformModes[composer.platform] : 'work';
  const platform = composer?.platform;
  const showNearNote = state.settings.budget.noteAt80;
  // The same element from one render to the next tells Preact to skip it: a keystroke that only brings a new
  // analysis re-renders the panel, not the budget line (and the other way round when the minute ticks).
  const panel = useMemo(
    () =>
      platform && (
        <SourceLinkContext.Provider value={{ open: actions.openSource }}>
          <CoachPanel
            locale={locale}
            platform={platform}
            mode={mode}
            scheme={scheme}
            analysis={analysis}
            onModeChange={actions.changeMode}
            modeLocked={modeLocked}
            onSelectRange={actions.selectRange}
            onApplySuggestion={actions.applySuggestion}
            topic={topic}
            offFocus={offFocus}
            onDismissTopic={actions.dismissTopic}
          />
        </SourceLinkContext.Provider>
      ),
    [locale, platform, mode, scheme, analysis, topic, offFocus, modeLocked, actions],
  );
  const budgetLine = useMemo(
    () =>
      budget && (
        <BudgetLine
          locale={locale}
          budget={budget}
          showNearNote={showNearNote}
          timesUpClosed={timesUpClosed}
          onFinishPost={actions.finishPost}
          onCloseTimesUp={actions.closeTimesUp}
          onLeave={actions.leave}
        />
      ),
    [locale, budget, showNearNote, timesUpClosed, actions],
  );
  return (
    <>
      {state.pause && (
        <IntentionPause locale={locale} scheme={scheme} onGoOn={(event) => actions.answerPause('go-on', event)} onLeave={(event) => actions.answerPause('leave', event)} />
      )}
      {showsSoftBlock(state) && budget && (
        <SoftBlock
          locale={locale}
          scheme={scheme}
          keepClear={state.keepClear.composer}
          viewport={state.viewport}
          snoozesLeft={budget.snoozesLeft}
          snoozeMinutes={budget.snoozeMinutes}
          reason={budget.reason}
          quietUntil={budget.quietUntil}
          site={budget.site}
          leaveHeld={state.leaveHeld}
          onSnooze={actions.snooze}
          onLeave={actions.leave}
        />
      )}
      {composer && (
        <Sidebar
          locale={locale}
          platform={composer.platform}
          mode={mode}
          scheme={scheme}
          placement={state.placement}
          keepClear={state.keepClear}
          count={analysis?.findings.length}
          viewport={state.viewport}
          onPlacementChange={actions.changePlacement}
          paused={state.sitePausedUntil !== null}
          onResume={actions.resumeSite}
        >
          {state.editRefused && (
            <EditRefusedNote
              locale={locale}
              suggestion={state.editRefused.suggestion}
              onCopy={actions.copySuggestion}
              onDismiss={actions.dismissEditRefused}
            />
          )}
          {panel}
          {budgetLine}
        </Sidebar>
      )}
    </>
  );
}
