import type { Token } from './rule';
import { LanguageDetector } from './text/language';
import { platformLength } from './text/length';
import { foldOffset, platformLimit } from './text/platforms';
import { tokenize } from './text/tokenize';
import type { CoachSettings, DraftLanguage, DraftStats, Platform } from './types';

/** What the engine learns about a draft once, before any rule runs. */
export interface DraftFacts {
  language: DraftLanguage;
  lexiconLanguages: readonly ('nl' | 'en')[];
  tokens: readonly Token[];
  words: readonly Token[];
  hashtags: readonly Token[];
  mentions: readonly Token[];
  urls: readonly Token[];
  stats: DraftStats;
}

const BOTH_LANGUAGES = ['nl', 'en'] as const;

/** One detector per engine instance: its cache follows the draft being typed. */
const sharedDetector = new LanguageDetector();

export function readDraft(
  text: string,
  platform: Platform,
  settings: CoachSettings,
  detector: LanguageDetector = sharedDetector,
): DraftFacts {
  const tokens = tokenize(text);
  const byKind: Record<Token['kind'], Token[]> = { word: [], hashtag: [], mention: [], url: [], emoji: [] };
  for (const token of tokens) byKind[token.kind].push(token);
  const language = detector.detect(byKind.word);
  const stats: DraftStats = {
    length: platformLength(platform, text, tokens),
    limit: platformLimit(platform, settings),
    hashtagCount: byKind.hashtag.length,
    wordCount: byKind.word.length,
  };
  const foldAt = foldOffset(platform, text);
  if (foldAt !== undefined) stats.foldAt = foldAt;
  return {
    language,
    lexiconLanguages: language === 'und' ? BOTH_LANGUAGES : [language],
    tokens,
    words: byKind.word,
    hashtags: byKind.hashtag,
    mentions: byKind.mention,
    urls: byKind.url,
    stats,
  };
}
