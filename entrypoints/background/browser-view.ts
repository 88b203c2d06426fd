import { browser } from 'wxt/browser';
import type { BrowserView, IdleState } from '@/lib/time/tracker';
import type { OpenSegment } from '@/lib/time/types';

/** Seconds without input before Chrome reports 'idle' (the 60 s threshold). */
export const IDLE_SECONDS = 60;

export interface ViewHints {
  /** The state an idle.onStateChanged event just reported: fresher than a query. */
  idle?: IdleState;
  /** What a content script just said about writing in its tab. */
  writing?: { tabId: number; writing: boolean };
}

/** Asks the browser what the user sees: the last focused window, its active tab, and whether anyone is there. */
export async function readBrowserView(segment: OpenSegment | null, hints: ViewHints = {}): Promise<BrowserView> {
  const [window, idle] = await Promise.all([
    browser.windows.getLastFocused().catch(() => undefined),
    hints.idle ?? browser.idle.queryState(IDLE_SECONDS).catch((): IdleState => 'active'),
  ]);
  const [tab] = window?.id === undefined ? [] : await browser.tabs.query({ active: true, windowId: window.id });
  const tabId = tab?.id;
  // The writing flag lives with the open segment, so a restarted worker still knows it.
  const writing =
    tabId === undefined ? false : hints.writing?.tabId === tabId ? hints.writing.writing : segment?.tabId === tabId && segment.activity === 'writing';
  return {
    window: window?.id === undefined ? null : { id: window.id, focused: window.focused },
    tab: tabId === undefined ? null : { id: tabId, url: tab?.url },
    idle,
    writing,
  };
}
