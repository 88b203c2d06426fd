import { isUnkeyedFingerprint } from '../coach/fingerprint-format';
import type { PostFingerprint } from '../coach/types';
import type { PostHistory, UsageHistory } from '../time/types';
import type { Settings } from './defaults';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import type { QuotaError } from './quotas';
import { isPlainObject, readWithNotes, type Schema } from './schema';
import { settingsSchema } from './settings-schema';
import { fingerprintsSchema, postsSchema, usageSchema } from './stats-schema';

export const EXPORT_FORMAT = 'social-coach-export';

/** Everything the extension keeps about the user. */
export interface StoredData {
  settings: Settings;
  usage: UsageHistory;
  posts: PostHistory;
  fingerprints: PostFingerprint[];
}

/** The one JSON file the options page exports and imports. */
export interface ExportFile extends StoredData {
  format: typeof EXPORT_FORMAT;
  /** SETTINGS_VERSION at the time of export: older files are migrated on import. */
  schemaVersion: number;
  /** ISO 8601. */
  exportedAt: string;
}

export type ImportError =
  | { kind: 'not-json' }
  | { kind: 'foreign' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid-field'; path: string };

/**
 * Why the background did not write an import: over a storage quota (checked before anything is written), or a write
 * that failed, after which what had been written is put back (`rolledBack`), or could not be.
 */
export type ImportWriteError = QuotaError | { kind: 'write-failed'; rolledBack: boolean };

/** The background's answer to an import: written completely, or (unless a rollback failed) not at all. */
export type ImportOutcome = { ok: true } | { ok: false; error: ImportWriteError };

export type ImportResult = { ok: true; data: StoredData; fromVersion: number } | { ok: false; error: ImportError };

export function buildExportFile(data: StoredData, now: number): ExportFile {
  return { format: EXPORT_FORMAT, schemaVersion: SETTINGS_VERSION, exportedAt: new Date(now).toISOString(), ...structuredClone(data) };
}

/** Reads one part strictly: anything that would need repair makes the whole file invalid. */
function readStrict<T>(schema: Schema<T>, input: unknown, field: string): { value: T } | { path: string } {
  const { value, notes } = readWithNotes(schema, input);
  const first = notes[0];
  return first ? { path: first.path ? `${field}.${first.path}` : field } : { value };
}

export type StoredStats = Omit<StoredData, 'settings'>;

const invalid = (path: string): { ok: false; error: ImportError } => ({ ok: false, error: { kind: 'invalid-field', path } });

/**
 * Fingerprints from before they were keyed with the install's secret can't be compared with keyed ones, and
 * could be read back into words: a file from an earlier version loses them (at most 30 days of cross-post history).
 */
function withoutUnkeyed(fingerprints: unknown): unknown {
  return Array.isArray(fingerprints) ? fingerprints.filter((print) => !isUnkeyedFingerprint(print)) : fingerprints;
}

/** Checks the stats part of a file; the background checks again before it writes. */
export function validateStats(input: Record<string, unknown>): { ok: true; stats: StoredStats } | { ok: false; error: ImportError } {
  const usage = readStrict(usageSchema, input.usage, 'usage');
  if ('path' in usage) return invalid(usage.path);
  const posts = readStrict(postsSchema, input.posts, 'posts');
  if ('path' in posts) return invalid(posts.path);
  const fingerprints = readStrict(fingerprintsSchema, withoutUnkeyed(input.fingerprints), 'fingerprints');
  if ('path' in fingerprints) return invalid(fingerprints.path);
  return { ok: true, stats: { usage: usage.value, posts: posts.value, fingerprints: fingerprints.value } };
}

/** Checks a whole import file: it is either taken completely or refused with the first thing that is wrong. */
export function validateStoredData(file: Record<string, unknown>, fromVersion: number): ImportResult {
  if (!isPlainObject(file.settings)) return invalid('settings');
  // Unlike stored settings, an import must be complete: a missing field means a damaged file, not a newer one.
  const settings = readStrict(settingsSchema, migrateSettings(file.settings, fromVersion), 'settings');
  if ('path' in settings) return invalid(settings.path);
  const stats = validateStats(file);
  return stats.ok ? { ok: true, fromVersion, data: { settings: settings.value, ...stats.stats } } : stats;
}

/** Parses the text of a file the user picked. Never throws. */
export function parseExportFile(json: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) return { ok: false, error: { kind: 'foreign' } };
  const version = file.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) return invalid('schemaVersion');
  if ((version as number) > SETTINGS_VERSION) return { ok: false, error: { kind: 'newer-version', version: version as number } };
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    return invalid('exportedAt');
  }
  return validateStoredData(file, version as number);
}
