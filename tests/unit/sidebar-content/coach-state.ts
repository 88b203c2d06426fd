import type { CoachState } from '@/entrypoints/sidebar.content/store';
import { NOTHING_TO_KEEP_CLEAR } from '@/components/coach/placement';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

/** A sidebar state with nothing open: no composer, no analysis, no budget yet. */
export function coachState(patch: Partial<CoachState> = {}): CoachState {
  return {
    settings: DEFAULT_SETTINGS,
    locale: 'en',
    composer: null,
    analysis: null,
    budget: null,
    timesUpClosed: false,
    placement: { collapsed: false, top: 96 },
    scheme: 'light',
    keepClear: NOTHING_TO_KEEP_CLEAR,
    viewport: { width: 1280, height: 800 },
    pause: false,
    leaveHeld: false,
    editRefused: null,
    topic: null,
    offFocus: false,
    sitePausedUntil: null,
    modeLocked: false,
    ...patch,
  };
}
