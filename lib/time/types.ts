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
  /** Active time spent writing in work mode: with its own allowance, it counts toward the budget only beyond that. */
  workWritingMs: number;
  /** Soft-block snoozes taken this day. */
  snoozes: number;
  /** Active time when "finish this post" was taken: it buys 5 more minutes, once a day. */
  extendedAtMs?: number;
  /**
   * The soft block stays lifted until the day's active time (`activeMs`) reaches this: all time on the social sites,
   * work writing under its own allowance too, so "5 more minutes" is five minutes there whatever they count toward;
   * never the wall clock, so setting the clock back does not stretch a snooze.
   */
  snoozedUntilMs?: number;
  /** Visits the intention pause turned back ("leave" at the pause). */
  turnedBack: number;
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

/** Posts of one local day, for the popup. Days kept by versions before "your week" lack the last three counts. */
export interface DayPosts {
  published: number;
  /** Posts that went out with at least one open problem or warning. */
  withOpenProblems: number;
  nudgesResolved: number;
  byCategory: Partial<Record<string, number>>;
  /** Posts per network, for the rhythm in "your week". */
  byPlatform?: Partial<Record<Platform, number>>;
  /** Posts that touched each column of the content matrix (lib/week/matrix.ts). */
  byColumn?: Partial<Record<string, number>>;
  /** Posts the self-promotion check found only about the sender at publish. */
  aboutSender?: number;
  /** Posts that went out in the user's fixed half hour. */
  atFixedTime?: number;
}

export type PostHistory = Record<DayKey, DayPosts>;

export type BudgetLevel = 'ok' | 'near' | 'over' | 'extra';

/** Why the soft block covers a feed: the day's budget, the network's own limit, or the quiet hours. */
export type BlockReason = 'budget' | 'site' | 'quiet';

/** Where today's budget stands: what the background pushes to the sidebar. */
export interface BudgetStatus {
  level: BudgetLevel;
  usedMs: number;
  budgetMs: number;
  /** "Finish this post" is available once a day. */
  canExtend: boolean;
  /** Soft block covers the feed while true. */
  blocked: boolean;
  /** Why, while blocked. */
  reason?: BlockReason;
  /** While in the quiet hours: the local time they end ("HH:MM"). */
  quietUntil?: string;
  /** The tab's network's own limit, when it has one. */
  site?: { platform: Platform; usedMs: number; limitMs: number };
  /** Snoozes of the soft block still allowed today, and the length of the next one in minutes (each is shorter). */
  snoozesLeft: number;
  snoozeMinutes: number;
  /** Work-mode writing's own allowance, when the user gave it one: it counts toward the budget only beyond that. */
  work?: { usedMs: number; budgetMs: number };
  /** Only in the answer to a tab's own question: the intention pause waits to greet this visit. */
  pause?: boolean;
}
