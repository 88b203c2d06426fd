/** Shared vocabulary of the coach engine. Pure data types: no DOM, no browser APIs. */

export const PLATFORMS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'bluesky', 'mastodon'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const MODES = ['work', 'personal'] as const;
export type Mode = (typeof MODES)[number];

/** Language of the coach's own messages. */
export type UiLocale = 'nl' | 'en';
/** Detected language of a draft; 'und' when too short or unsure. */
export type DraftLanguage = 'nl' | 'en' | 'und';

export type DraftKind = 'post' | 'comment';

export const SEVERITIES = ['tip', 'warning', 'problem'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'hashtags',
  'self-promotion',
  'call-to-action',
  'tone',
  'length',
  'boundaries',
  'privacy',
  'conflict',
  'cross-post',
  'context',
  'accessibility',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Draft {
  text: string;
  platform: Platform;
  kind?: DraftKind;
}

/** Half-open character range [start, end) into the draft text (UTF-16 offsets, as DOM selections use). */
export interface TextRange {
  start: number;
  end: number;
}

/** A seed passage a nudge rests on: the Dutch original and an English rendering for the English UI. */
export interface SeedSource {
  /** File name in shared/seeds, e.g. '004_95873d2e7dd560ec.txt'; the UI shows the article's title (seed-articles.ts). */
  seed: string;
  quote: string;
  /** The quote in English. */
  translation: string;
}

/**
 * An example the writer can take or leave. With `edit`, clicking it replaces `from` at [start, end)
 * by `to`, but only while the draft still holds `from` there.
 */
export interface Suggestion {
  label: string;
  edit?: TextRange & { from: string; to: string };
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is; stable across UI locales (tests and the UI key on it). */
  messageId?: string;
  category: Category;
  severity: Severity;
  /** One short line in the UI locale. */
  message: string;
  /** Why, in two or three plain sentences, in the UI locale. */
  explanation: string;
  source: SeedSource;
  ranges?: TextRange[];
  suggestions?: Suggestion[];
}

export interface DraftStats {
  /** Length as the platform counts it (X weighted, Bluesky graphemes, others code points). */
  length: number;
  /** The platform's hard limit. */
  limit: number;
  hashtagCount: number;
  wordCount: number;
  /** Where the "see more" fold falls (character offset), for platforms that fold. */
  foldAt?: number;
}

export interface Analysis {
  language: DraftLanguage;
  stats: DraftStats;
  findings: Finding[];
}

/** What the cross-post rule remembers of a published post: never the text itself. */
export interface PostFingerprint {
  platform: Platform;
  publishedAt: number;
  /** Keyed hash of the normalised text (16 hex digits): equal hashes mean the same post. */
  hash: string;
  /** MinHash signature of the keyed word hashes: estimates similarity between two posts. */
  sketch: number[];
}

export interface CoachSettings {
  /** Rule ids the user turned off. */
  disabledRules: string[];
  /** Most hashtags a post should carry, per platform. */
  hashtagLimits: Record<Platform, number>;
  /** The user's own generic hashtags, lower case without '#'. */
  extraGenericHashtags: string[];
  /** Mastodon's limit differs per instance. */
  mastodonLimit: number;
}

export interface AnalyzeOptions {
  mode?: Mode;
  uiLocale?: UiLocale;
  settings?: Partial<CoachSettings>;
  /** Published posts to compare the draft with (the cross-post check), made with `fingerprintKey`. */
  recentPosts?: PostFingerprint[];
  /** The install's secret the fingerprints are keyed with (lib/coach/fingerprint.ts); without it they are ignored. */
  fingerprintKey?: string;
  now?: number;
}
