import type { DraftFacts, Token } from './rule';
import { LanguageDetector } from './text/language';
import { platformLength } from './text/length';
import { foldOffset, platformLimit } from './text/platforms';
import { TokenCache } from './text/token-cache';
import type { CoachSettings, DraftStats, Platform } from './types';

const BOTH_LANGUAGES = ['nl', 'en'] as const;

/** One of each per engine instance: their caches follow the draft being typed. */
const sharedDetector = new LanguageDetector();
const sharedTokenCache = new TokenCache();

export function readDraft(
  text: string,
  platform: Platform,
  settings: CoachSettings,
  detector: LanguageDetector = sharedDetector,
  tokenCache: TokenCache = sharedTokenCache,
): DraftFacts {
  const tokens = tokenCache.tokenize(text);
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
