import type { KeepClear } from '@/components/coach/placement';
import type { ColorScheme, ViewportSize } from '@/components/coach/types';
import type { Analysis, UiLocale } from '@/lib/coach/types';
import type { BudgetStatus } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/defaults';
import type { TrackedDraft } from '@/lib/sites/types';
import type { SidebarPlacement } from '@/lib/settings/placement';
import type { TopicSuggestion } from '@/lib/week/week';

/** A composer without its text: the text changes on every key, the sidebar only needs the analysis. */
export type Composer = Omit<TrackedDraft, 'text'>;

/** Everything the sidebar shows, kept in one place so a change re-renders once. */
export interface CoachState {
  settings: Settings;
  locale: UiLocale;
  /** The composer being written in; null when none is (then nothing is mounted unless the soft block shows). */
  composer: Composer | null;
  analysis: Analysis | null;
  budget: BudgetStatus | null;
  /** The user closed today's "time's up" in this tab. */
  timesUpClosed: boolean;
  placement: SidebarPlacement;
  scheme: ColorScheme;
  /** The composer and what else on the page the sidebar must not cover, as last measured. */
  keepClear: KeepClear;
  viewport: ViewportSize;
  /** The intention pause greets this visit, until answered. */
  pause: boolean;
  /** "Leave now" was asked while a draft waits: the page stays, and the block says why. */
  leaveHeld: boolean;
  /** A suggestion the site's editor did not take (the draft was left as it was), until the draft changes. */
  editRefused: { suggestion: string; draftText: string } | null;
  /** A topic from the content matrix for an empty draft; null when there is none or the user said "not now". */
  topic: TopicSuggestion | null;
  /** The draft touches none of the keywords of the user's (filled-in) content matrix. */
  offFocus: boolean;
  /** "Pause the coach here": paused on this site until this instant (the next local midnight), or null. */
  sitePausedUntil: number | null;
  /** The organisation locked the mode on this tab's network: the switch is marked and fixed. */
  modeLocked: boolean;
}

export interface Store {
  get(): CoachState;
  set(patch: Partial<CoachState>): void;
  subscribe(listener: (state: CoachState) => void): () => void;
}

export function createStore(initial: CoachState): Store {
  let state = initial;
  const listeners = new Set<(state: CoachState) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener(state));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
