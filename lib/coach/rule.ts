import type {
  Category,
  CoachSettings,
  DraftKind,
  DraftLanguage,
  Mode,
  Platform,
  PostFingerprint,
  SeedSource,
  Severity,
  DraftStats,
  Suggestion,
  TextRange,
  UiLocale,
} from './types';

/** A message in both UI languages. `{name}` placeholders are filled from a report's `data`. */
export interface LocalizedText {
  en: string;
  nl: string;
}

export interface RuleMessage {
  /** The one-line nudge. */
  message: LocalizedText;
  /** Why, in two or three short sentences. */
  explanation: LocalizedText;
}

export interface RuleMeta {
  /** Equals the rule's file name. */
  id: string;
  category: Category;
  /** Severity per mode; null means the rule stays silent in that mode. */
  severity: Record<Mode, Severity | null>;
  /**
   * The findings that show with another severity than `severity` in a mode, and when: the options table lists them,
   * so it says what the sidebar shows (a wall of tags is a problem in personal mode too). A test checks that every
   * severity the engine gives is the mode's own or one listed here.
   */
  otherSeverities?: readonly OtherSeverity[];
  /** Platforms the rule applies to; all when omitted. */
  platforms?: readonly Platform[];
  /** Draft kinds the rule applies to; both when omitted. */
  kinds?: readonly DraftKind[];
  source: SeedSource;
  messages: Record<string, RuleMessage>;
}

export interface OtherSeverity {
  severity: Partial<Record<Mode, Severity>>;
  /** When, as the options table says it: "a repeated tag, or more than twice the network's number". */
  when: LocalizedText;
}

/** A syntax token of the draft: hashtags, mentions and URLs are syntax, never words. */
export interface Token {
  kind: 'word' | 'hashtag' | 'mention' | 'url' | 'emoji';
  /** Exact text as written. */
  text: string;
  /** Lower case, without '#' or '@' for tags and mentions. */
  normalized: string;
  start: number;
  end: number;
}

/** Suggestion text in both languages; the engine keeps the one for the UI locale. */
export interface LocalizedSuggestion {
  label: LocalizedText;
  edit?: Suggestion['edit'];
}

export interface Report {
  messageId: string;
  /** Overrides the rule's severity for this mode (e.g. a duplicate hashtag is a problem). */
  severity?: Severity;
  ranges?: readonly TextRange[];
  /** Values for `{name}` placeholders; a LocalizedText value is picked by UI locale. */
  data?: Record<string, string | number | LocalizedText>;
  suggestions?: LocalizedSuggestion[];
  /** The finding is dropped when another rule reports one of these categories (the same point, said once). */
  unlessCategories?: readonly Category[];
}

/** What the engine learns about a draft once, before any rule runs. */
export interface DraftFacts {
  /** Detected language of the draft; with 'und' rules use both lexicons. */
  language: DraftLanguage;
  /** Languages whose lexicons apply: [language] or ['nl', 'en'] when undetermined. */
  lexiconLanguages: readonly ('nl' | 'en')[];
  tokens: readonly Token[];
  words: readonly Token[];
  hashtags: readonly Token[];
  mentions: readonly Token[];
  urls: readonly Token[];
  /** Length as the platform counts it, its limit, the fold offset: the same numbers the Analysis returns. */
  stats: Readonly<DraftStats>;
}

/** Everything a rule may look at, computed once per analysis. */
export interface RuleContext extends DraftFacts {
  text: string;
  platform: Platform;
  kind: DraftKind;
  mode: Mode;
  uiLocale: UiLocale;
  settings: CoachSettings;
  /** Posts made with `fingerprintKey`: without the key the draft can't be compared with them, and there are none. */
  recentPosts: readonly PostFingerprint[];
  fingerprintKey: string | undefined;
  now: number;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
