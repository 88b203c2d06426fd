import type { CoachSettings, Platform } from '../types';

/** Hard limits as each network enforces them (issue 3, item 5). Mastodon's comes from the settings. */
export const PLATFORM_LIMITS: Record<Platform, number> = {
  x: 280,
  bluesky: 300,
  threads: 500,
  mastodon: 500,
  instagram: 2200,
  linkedin: 3000,
  facebook: 63206,
};

/** Limits up to this are in sight of an ordinary post: the sidebar always shows them against the length. */
export const LIMIT_ALWAYS_SHOWN = 5000;

/**
 * Whether a length bar against the limit means anything: Facebook's 63,206 is so far off that "117 / 63,206" and a
 * bar that never moves only puzzle. Such a limit shows once the draft is halfway there; until then only the count.
 */
export function limitInSight(length: number, limit: number): boolean {
  return limit <= LIMIT_ALWAYS_SHOWN || length >= limit / 2;
}

/** Where the feed cuts a post off behind "see more": characters and, for LinkedIn, lines. */
export const PLATFORM_FOLDS: Partial<Record<Platform, { chars: number; lines?: number }>> = {
  linkedin: { chars: 210, lines: 3 },
  instagram: { chars: 125 },
};

/**
 * A paragraph of this many characters reads as a wall of text on the short-post networks, read on a phone while
 * scrolling; elsewhere long text is normal. Layout, not tone (rubric.md): the length rule says it.
 */
export const PLATFORM_WALLS: Partial<Record<Platform, number>> = { x: 400, threads: 400, bluesky: 400 };

export function platformLimit(platform: Platform, settings: CoachSettings): number {
  if (platform !== 'mastodon') return PLATFORM_LIMITS[platform];
  const custom = settings.mastodonLimit;
  return Number.isFinite(custom) && custom > 0 ? Math.floor(custom) : PLATFORM_LIMITS.mastodon;
}

/**
 * UTF-16 offset where the fold hides the rest of the draft, or undefined when the whole draft shows.
 * Counts code points, so the offset never lands inside a surrogate pair.
 */
export function foldOffset(platform: Platform, text: string): number | undefined {
  const fold = PLATFORM_FOLDS[platform];
  if (!fold) return undefined;
  let codePoints = 0;
  let newlines = 0;
  for (let offset = 0; offset < text.length; ) {
    if (codePoints === fold.chars) return offset;
    const unit = text.charCodeAt(offset);
    if (unit === 10 && fold.lines !== undefined && ++newlines === fold.lines) return offset;
    offset += unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
    codePoints++;
  }
  return undefined;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
