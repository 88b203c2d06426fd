import type { Mode, Platform } from '../coach/types';

/** Local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

export type Activity = 'reading' | 'writing';

/** Active time of one local day, in milliseconds. */
export interface DayUsage {
  activeMs: number;
  byPlatform: Partial<Record<Platform, number>>;
  byMode: Record<Mode, number>;
  byActivity: Record<Activity, number>;
  /** Soft-block snoozes taken this day. */
  snoozes: number;
  /** Active time when "finish this post" was taken: it buys 5 more minutes, once a day. */
  extendedAtMs?: number;
  /** The soft block stays lifted until this moment. */
  snoozedUntil?: number;
}

/** Up to 90 days of history, keyed by local day. */
export type UsageHistory = Record<DayKey, DayUsage>;

/** The clock that is running now, if any. Kept in session storage so a restarted worker picks it up. */
export interface OpenSegment {
  platform: Platform;
  mode: Mode;
  activity: Activity;
  tabId: number;
  windowId: number;
  startedAt: number;
  /** Last moment time was credited up to. */
  lastCheckpoint: number;
  /** Set while no browser window has focus: the clock is paused, and stops here unless focus returns at once. */
  unfocusedSince?: number;
}

/** Posts of one local day, for the popup. */
export interface DayPosts {
  published: number;
  /** Posts that went out with at least one open problem or warning. */
  withOpenProblems: number;
  nudgesResolved: number;
  byCategory: Partial<Record<string, number>>;
}

export type PostHistory = Record<DayKey, DayPosts>;

export type BudgetLevel = 'ok' | 'near' | 'over' | 'extra';

/** Where today's budget stands: what the background pushes to the sidebar. */
export interface BudgetStatus {
  level: BudgetLevel;
  usedMs: number;
  budgetMs: number;
  /** "Finish this post" is available once a day. */
  canExtend: boolean;
  /** Soft block covers the feed while true. */
  blocked: boolean;
}
