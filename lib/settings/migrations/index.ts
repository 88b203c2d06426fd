import { migrateSettingsV1ToV2 } from './v1-to-v2';
import { migrateSettingsV2ToV3 } from './v2-to-v3';
import { migrateSettingsV3ToV4 } from './v3-to-v4';

/** The version of the stored Settings shape. Bump it with a new step below and a fixture in tests/unit/settings. */
export const SETTINGS_VERSION = 4;

/** One pure step per version: the key is the version it produces. */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
  3: migrateSettingsV2ToV3,
  4: migrateSettingsV3ToV4,
};

/** Walks a value stored at `fromVersion` up to SETTINGS_VERSION. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version += 1) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
