import type { CoachSettings, Mode, Platform } from '../coach/types';
import { emptyMatrix, type ContentMatrix } from '../week/matrix';

export type UiLanguage = 'auto' | 'nl' | 'en';
export type TimesUpBehaviour = 'note' | 'soft-block';
/** Whether writing in work mode counts toward the daily budget, or has its own allowance first. */
export type WorkWriting = 'counts' | 'own';

/** Everything the user chooses. Lives in sync storage so it follows them to other machines. */
export interface Settings {
  /**
   * Work or personal, per network; every network always has one. (A single default mode for networks without their
   * own was stored before as `defaultMode`; nothing ever fell back to it, and reading settings leaves it out.)
   */
  platformModes: Record<Platform, Mode>;
  budget: {
    dailyMinutes: number;
    /** Gentle note at 80 % of the budget. */
    noteAt80: boolean;
    timesUp: TimesUpBehaviour;
    /** "HH:MM" local time of the daily reminder, or null when off. */
    reminderTime: string | null;
    showBadge: boolean;
    /** Snoozes of the soft block a day, each shorter than the one before; 0: none. */
    snoozesPerDay: number;
    workWriting: WorkWriting;
    /** Work-mode writing's own allowance, used when `workWriting` is 'own'. */
    workMinutes: number;
    /** The intention pause on arriving at a social site after being away: off until the user chooses it. */
    intentionPause: boolean;
    /** Minutes away from every social site after which the pause greets the next visit. */
    pauseAfterMinutes: number;
    /** A network's own minutes a day inside the daily budget; 0: none of its own. */
    siteMinutes: Record<Platform, number>;
    /** No social between `from` and `to` (local "HH:MM"; may cross midnight) while `on`. */
    quietHours: QuietHours;
  };
  coach: CoachSettings;
  uiLanguage: UiLanguage;
  /** Extra Mastodon instance hosts, e.g. 'mastodon.nl'. mastodon.social is always on. */
  mastodonInstances: string[];
  /** The content matrix and posting plan behind "your week" (seed 000 k6, seed 004 §8). */
  contentPlan: ContentPlan;
}

export interface QuietHours {
  on: boolean;
  from: string;
  to: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { on: false, from: '22:00', to: '07:00' };
export const NO_SITE_LIMITS: Record<Platform, number> = { x: 0, linkedin: 0, facebook: 0, instagram: 0, threads: 0, bluesky: 0, mastodon: 0 };

export interface ContentPlan {
  matrix: ContentMatrix;
  /** Posts a week the user plans per network; 0 is no plan. */
  postsPerWeek: Record<Platform, number>;
  /** Offer a topic from the matrix beside an empty draft. */
  topicTips: boolean;
  /** "HH:MM": the user's fixed half hour for social media (seed 000 k5), or null. */
  fixedTime: string | null;
}

export const DEFAULT_CONTENT_PLAN: ContentPlan = {
  matrix: emptyMatrix(),
  postsPerWeek: { x: 0, linkedin: 0, facebook: 0, instagram: 0, threads: 0, bluesky: 0, mastodon: 0 },
  topicTips: true,
  fixedTime: null,
};

export const DEFAULT_HASHTAG_LIMITS: Record<Platform, number> = {
  x: 2,
  threads: 1,
  bluesky: 3,
  facebook: 3,
  linkedin: 5,
  mastodon: 5,
  instagram: 5,
};

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  disabledRules: [],
  hashtagLimits: { ...DEFAULT_HASHTAG_LIMITS },
  extraGenericHashtags: [],
  mastodonLimit: 500,
};

/**
 * Every network starts in work mode. The welcome page asks on install; whoever skips it is most likely posting for
 * work (that is who the coach is for), and work mode is the careful one: a private post coached as work gets a
 * self-promotion or boundaries nudge too many (one click on the sidebar's switch ends that for the site), while a
 * work post coached as private would let self-promotion and private matters about others go out without a word.
 */
export const DEFAULT_SETTINGS: Settings = {
  platformModes: {
    x: 'work',
    linkedin: 'work',
    facebook: 'work',
    instagram: 'work',
    threads: 'work',
    bluesky: 'work',
    mastodon: 'work',
  },
  budget: {
    dailyMinutes: 30,
    noteAt80: true,
    timesUp: 'note',
    reminderTime: null,
    showBadge: true,
    snoozesPerDay: 2,
    workWriting: 'counts',
    workMinutes: 60,
    intentionPause: false,
    pauseAfterMinutes: 30,
    siteMinutes: NO_SITE_LIMITS,
    quietHours: DEFAULT_QUIET_HOURS,
  },
  coach: DEFAULT_COACH_SETTINGS,
  uiLanguage: 'auto',
  mastodonInstances: [],
  contentPlan: DEFAULT_CONTENT_PLAN,
};
