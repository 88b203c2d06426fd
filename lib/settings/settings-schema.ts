import { MODES, PLATFORMS, type Platform } from '../coach/types';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { isInstanceHost } from './hosts';
import { isClockTime } from '../time/clock-time';
import { MATRIX_COLUMNS, MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_COLUMN, type ContentMatrix, type MatrixColumn } from '../week/matrix';
import { bool, int, list, nullable, object, oneOf, optional, readWithNotes, text, type Schema, type SchemaNote } from './schema';

/** One schema per platform-keyed map, so every platform is always present. */
function perPlatform<T>(field: (platform: Platform) => Schema<T>): Schema<Record<Platform, T>> {
  return object(Object.fromEntries(PLATFORMS.map((platform) => [platform, field(platform)])) as { [P in Platform]: Schema<T> });
}

const D = DEFAULT_SETTINGS;

/** The whole of Settings, with DEFAULT_SETTINGS as the fallback of every field. */
export const settingsSchema: Schema<Settings> = object<Settings>({
  platformModes: perPlatform((platform) => oneOf(MODES, D.platformModes[platform])),
  budget: object<Settings['budget']>({
    dailyMinutes: int(1, 24 * 60, D.budget.dailyMinutes),
    noteAt80: bool(D.budget.noteAt80),
    timesUp: oneOf(['note', 'soft-block'], D.budget.timesUp),
    reminderTime: nullable(text(isClockTime, '')),
    showBadge: bool(D.budget.showBadge),
    snoozesPerDay: int(0, 5, D.budget.snoozesPerDay),
    workWriting: oneOf(['counts', 'own'], D.budget.workWriting),
    workMinutes: int(1, 24 * 60, D.budget.workMinutes),
    intentionPause: bool(D.budget.intentionPause),
    pauseAfterMinutes: int(5, 24 * 60, D.budget.pauseAfterMinutes),
    // Added with per-site limits and quiet hours: settings synced or exported before them lack both, and read as off.
    siteMinutes: optional(perPlatform(() => int(0, 24 * 60, 0))),
    quietHours: optional(
      object<Settings['budget']['quietHours']>({
        on: bool(D.budget.quietHours.on),
        from: text(isClockTime, D.budget.quietHours.from),
        to: text(isClockTime, D.budget.quietHours.to),
      }),
    ),
  }),
  coach: object<Settings['coach']>({
    disabledRules: list(text(/^[a-z0-9-]{1,60}$/, ''), 200),
    hashtagLimits: perPlatform((platform) => int(0, 30, D.coach.hashtagLimits[platform])),
    extraGenericHashtags: list(text(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}_]{1,60}$/u, ''), 200),
    mastodonLimit: int(1, 100_000, D.coach.mastodonLimit),
  }),
  uiLanguage: oneOf(['auto', 'nl', 'en'], D.uiLanguage),
  mastodonInstances: list(text(isInstanceHost, ''), 50),
  // Added with "your week": settings synced or exported before it lack it, and take the empty plan.
  contentPlan: optional(
    object<Settings['contentPlan']>({
      matrix: object<ContentMatrix>(
        Object.fromEntries(MATRIX_COLUMNS.map((column) => [column, list(text(isKeyword, '', MAX_KEYWORD_LENGTH), MAX_KEYWORDS_PER_COLUMN)])) as {
          [C in MatrixColumn]: Schema<string[]>;
        },
      ),
      postsPerWeek: perPlatform(() => int(0, 50, 0)),
      topicTips: bool(D.contentPlan.topicTips),
      fixedTime: nullable(text(isClockTime, '')),
    }),
  ),
});

/** A keyword is a word or a short phrase: trimmed, no control characters. */
function isKeyword(value: string): boolean {
  return value.trim() === value && value.length > 0 && !/\p{C}/u.test(value);
}

export interface ValidatedSettings {
  settings: Settings;
  /** What was wrong and has been reset or dropped: damaged values only, not fields that were merely absent. */
  notes: SchemaNote[];
}

/** Reads any stored or imported value as Settings: never throws, always valid. */
export function validateSettings(input: unknown): ValidatedSettings {
  const { value, notes } = readWithNotes(settingsSchema, input === undefined || input === null ? D : input);
  return { settings: value, notes: notes.filter((note) => !note.missing) };
}
