import { MODES, PLATFORMS, type Platform } from '../coach/types';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { isInstanceHost } from './hosts';
import { bool, int, list, nullable, object, oneOf, readWithNotes, text, type Schema, type SchemaNote } from './schema';

/** One schema per platform-keyed map, so every platform is always present. */
function perPlatform<T>(field: (platform: Platform) => Schema<T>): Schema<Record<Platform, T>> {
  return object(Object.fromEntries(PLATFORMS.map((platform) => [platform, field(platform)])) as { [P in Platform]: Schema<T> });
}

const D = DEFAULT_SETTINGS;

/** The whole of Settings, with DEFAULT_SETTINGS as the fallback of every field. */
export const settingsSchema: Schema<Settings> = object<Settings>({
  defaultMode: oneOf(MODES, D.defaultMode),
  platformModes: perPlatform((platform) => oneOf(MODES, D.platformModes[platform])),
  budget: object<Settings['budget']>({
    dailyMinutes: int(1, 24 * 60, D.budget.dailyMinutes),
    noteAt80: bool(D.budget.noteAt80),
    timesUp: oneOf(['note', 'soft-block'], D.budget.timesUp),
    reminderTime: nullable(text(/^([01]\d|2[0-3]):[0-5]\d$/, '')),
    showBadge: bool(D.budget.showBadge),
    snoozesPerDay: int(0, 5, D.budget.snoozesPerDay),
    workWriting: oneOf(['counts', 'own'], D.budget.workWriting),
    workMinutes: int(1, 24 * 60, D.budget.workMinutes),
    intentionPause: bool(D.budget.intentionPause),
    pauseAfterMinutes: int(5, 24 * 60, D.budget.pauseAfterMinutes),
  }),
  coach: object<Settings['coach']>({
    disabledRules: list(text(/^[a-z0-9-]{1,60}$/, ''), 200),
    hashtagLimits: perPlatform((platform) => int(0, 30, D.coach.hashtagLimits[platform])),
    extraGenericHashtags: list(text(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}_]{1,60}$/u, ''), 200),
    mastodonLimit: int(1, 100_000, D.coach.mastodonLimit),
  }),
  uiLanguage: oneOf(['auto', 'nl', 'en'], D.uiLanguage),
  mastodonInstances: list(text(isInstanceHost, ''), 50),
});

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
