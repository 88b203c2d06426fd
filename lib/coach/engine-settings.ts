import { DEFAULT_COACH_SETTINGS } from '../settings/defaults';
import type { CoachSettings, Platform } from './types';
import { PLATFORMS } from './types';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Settings come from sync storage and may be old, partial or malformed: every field falls back to its
 * default on its own, so one bad value never disables the coach.
 */
export function resolveSettings(partial: Partial<CoachSettings> | undefined): CoachSettings {
  const given = (partial ?? {}) as Partial<Record<keyof CoachSettings, unknown>>;
  const limits = (given.hashtagLimits ?? {}) as Partial<Record<Platform, unknown>>;
  const hashtagLimits = {} as Record<Platform, number>;
  for (const platform of PLATFORMS) {
    hashtagLimits[platform] = positiveNumber(limits[platform], DEFAULT_COACH_SETTINGS.hashtagLimits[platform]);
  }
  return {
    disabledRules: stringList(given.disabledRules),
    hashtagLimits,
    extraGenericHashtags: stringList(given.extraGenericHashtags).map((tag) => tag.replace(/^#/, '').toLowerCase()),
    mastodonLimit: positiveNumber(given.mastodonLimit, DEFAULT_COACH_SETTINGS.mastodonLimit),
  };
}
