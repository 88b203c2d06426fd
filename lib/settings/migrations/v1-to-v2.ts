import { PLATFORMS, type CoachSettings, type Mode, type Platform } from '../../coach/types';
import { DEFAULT_COACH_SETTINGS, type UiLanguage } from '../defaults';
import { isPlainObject } from '../schema';

/** Settings as version 1 stored them: one mode for every site and a flat budget. */
export interface SettingsV1 {
  mode: Mode;
  budgetMinutes: number;
  softBlock: boolean;
  /** "HH:MM" or null. */
  reminder: string | null;
  badge: boolean;
  disabledRules: string[];
  language: UiLanguage;
}

/** The coach defaults as v2 wrote them: Instagram's hashtag limit was still 15 (v3 lowers it). */
const V2_COACH_DEFAULTS: CoachSettings = {
  ...DEFAULT_COACH_SETTINGS,
  hashtagLimits: { ...DEFAULT_COACH_SETTINGS.hashtagLimits, instagram: 15 },
};

/**
 * v1 → v2: the mode becomes per platform (each keeps the one mode the user had), the budget and the coach get
 * their own groups, and Mastodon instances arrive. Wrong values pass through untouched: validation repairs them.
 */
export function migrateSettingsV1ToV2(v1: unknown): unknown {
  // A v2 value written without its version mark (by hand, or by an older tool) is kept, not mangled.
  if (!isPlainObject(v1) || isPlainObject(v1.budget)) return v1;
  const mode = v1.mode;
  return {
    platformModes: Object.fromEntries(PLATFORMS.map((platform): [Platform, unknown] => [platform, mode])),
    budget: {
      dailyMinutes: v1.budgetMinutes,
      noteAt80: true,
      timesUp: v1.softBlock === true ? 'soft-block' : 'note',
      reminderTime: v1.reminder,
      showBadge: v1.badge,
    },
    coach: { ...structuredClone(V2_COACH_DEFAULTS), disabledRules: v1.disabledRules },
    uiLanguage: v1.language,
    mastodonInstances: [],
  };
}
