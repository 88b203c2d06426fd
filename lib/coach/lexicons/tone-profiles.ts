import type { Platform } from '../types';

/**
 * How each network sounds (seed 004 point 7: "ze hebben allemaal een eigen identiteit"). One place for every
 * tone threshold, so a platform's character is read here, not in the rule.
 */
export interface ToneProfile {
  /** This many emoji in a row read as a wall; null where emoji are how people talk (rubric: walls are off on LinkedIn). */
  emojiRun: number | null;
  /** Letter and press-release style ("Geachte", "FOR IMMEDIATE RELEASE") is out of place. */
  formalIsOff: boolean;
  /** Slang and swearing stand out here even in personal mode. */
  slangIsOffEverywhere: boolean;
}

export const TONE_PROFILES: Record<Platform, ToneProfile> = {
  linkedin: { emojiRun: 4, formalIsOff: false, slangIsOffEverywhere: true },
  x: { emojiRun: null, formalIsOff: true, slangIsOffEverywhere: false },
  facebook: { emojiRun: null, formalIsOff: false, slangIsOffEverywhere: false },
  instagram: { emojiRun: null, formalIsOff: true, slangIsOffEverywhere: false },
  threads: { emojiRun: null, formalIsOff: true, slangIsOffEverywhere: false },
  bluesky: { emojiRun: null, formalIsOff: false, slangIsOffEverywhere: false },
  mastodon: { emojiRun: null, formalIsOff: false, slangIsOffEverywhere: false },
};

/** Shouting in work mode: a run of capital words, or many of them across the draft; "!!!", or "!!" again and again. */
export const SHOUTING = { run: 3, runLongWords: 1, total: 3, exclamations: 3, doubledMarks: 2, doubledRows: 3 } as const;

/** Personal mode is judged against casual norms: capitals, "!!!" and emoji are how friends talk. */
export const CASUAL_NORMS = { shouting: false, emojiWalls: false } as const;
