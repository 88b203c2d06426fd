import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalysisRequest } from './coach/analysis-service';
import type { Analysis, Category, Mode, Platform, Severity } from './coach/types';
import type { BudgetLevel, BudgetStatus } from './time/types';
import type { ImportOutcome, StoredData } from './settings/data-file';
import type { Settings } from './settings/defaults';
import type { SidebarPlacement } from './settings/placement';
import type { TopicSuggestion } from './week/week';

/**
 * What the sidebar reports each time a post goes out. The text only goes to the background, which turns it into a
 * fingerprint keyed with the install's secret (the sidebar can't read the key) and keeps nothing else of it.
 */
export interface PublishedPost {
  platform: Platform;
  mode: Mode;
  publishedAt: number;
  /** Findings still open when the post button was clicked. */
  openFindings: { ruleId: string; category: Category; severity: Severity }[];
  /** Findings that appeared while writing and were gone by the time of publishing. */
  resolvedCount: number;
  text: string;
}

/** Sent by a visible social tab so the background knows what the user is doing there. */
export interface TabActivity {
  platform: Platform;
  /** A composer on the page has focus. */
  writing: boolean;
  visible: boolean;
}

export type { BudgetLevel, BudgetStatus };

/** The coach's pause on one site: paused until this instant (the next local midnight), or not paused (null). */
export interface SitePauseState {
  pausedUntil: number | null;
}

export type PauseChoice = 'go-on' | 'leave' | 'declined';

/**
 * Every message between contexts. Names say the direction: content script (cs), extension pages (page),
 * background (bg).
 */
export interface ProtocolMap {
  /** The watcher saw a composer focused (or time is up with the soft block on): load the coach into this frame. */
  'cs-bg:start-coach'(): void;
  /** The sidebar's draft, analysed in the background so the page's main thread only renders the answer. */
  'cs-bg:analyze'(data: AnalysisRequest): Analysis;
  'cs-bg:activity'(data: TabActivity): void;
  'cs-bg:published'(data: PublishedPost): void;
  'cs-bg:get-budget'(): BudgetStatus;
  'cs-bg:finish-post'(): BudgetStatus;
  'cs-bg:snooze'(): BudgetStatus;
  'bg-cs:budget'(data: BudgetStatus): void;
  /** "Leave now": the sending tab leaves its social page. The sidebar sends it only when no draft is waiting. */
  'cs-bg:leave'(): void;
  /** The intention pause waits in this tab: a visit after a while away. */
  'bg-cs:pause'(): void;
  /** The pause was answered ('leave' turns the visit back), or declined because a draft is in progress. */
  'cs-bg:pause-answer'(data: { choice: PauseChoice }): void;
  /** Storage is closed to content scripts: the sidebar asks for its settings and is told when they change. */
  'cs-bg:get-settings'(): Settings;
  /** A topic from the user's content matrix for an empty draft, or null (no matrix, or topic tips off). */
  'cs-bg:get-topic'(): TopicSuggestion | null;
  'bg-cs:settings'(data: Settings): void;
  /** Whether the organisation locked the mode on the sender's network (its switch is then marked and fixed). */
  'cs-bg:get-mode-locked'(): boolean;
  /** The sidebar's mode switch; the platform is the sending tab's own. */
  'cs-bg:set-mode'(data: { mode: Mode }): void;
  'cs-bg:get-placement'(): SidebarPlacement;
  'cs-bg:set-placement'(data: SidebarPlacement): void;
  /** "Pause the coach here" from the popup, for the active tab's site: for the rest of today, or back on. */
  'page-bg:set-site-pause'(data: { platform: Platform; paused: boolean }): void;
  /** Whether the coach is paused on the sender's site: until when (the next local midnight), or null. */
  'cs-bg:get-site-pause'(): SitePauseState;
  /** The paused sidebar's "resume": the coach back on for the sender's own site. */
  'cs-bg:resume-site'(): void;
  /** "Read in context" under a nudge's source: the background opens the Sources page at this passage's anchor. */
  'cs-bg:open-source'(data: { anchor: string }): void;
  /** A pause or resume for this tab's site, pushed to every open tab of the site at once. */
  'bg-cs:site-pause'(data: SitePauseState): void;
  'page-bg:request-reminder'(data: { enabled: boolean }): void;
  /**
   * Replaces settings and every stat with the imported ones, all at once or not at all (the page has validated the
   * file; the background checks it again, and against the storage quotas, before it writes anything).
   */
  'page-bg:import-data'(data: StoredData): ImportOutcome;
  /**
   * Deletes everything: settings, stats, the fingerprint key, the sidebar's placement, granted Mastodon hosts and
   * the notifications permission, the reminder's alarm and notification.
   */
  'page-bg:reset-data'(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
