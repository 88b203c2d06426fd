import { storage } from 'wxt/utils/storage';
import type { PostFingerprint } from './coach/types';
import { DEFAULT_SETTINGS, type Settings } from './settings/defaults';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings/migrations';
import { validateSettings, type ValidatedSettings } from './settings/settings-schema';
import { DEFAULT_PLACEMENT, type SidebarPlacement } from './settings/placement';
import type { OpenSegment, PostHistory, UsageHistory } from './time/types';

/**
 * Every stored item, defined once. Settings live in sync storage (they follow the user through the browser's
 * own sync); time and stats in local storage, written only by the background; the running clock in session
 * storage so a restarted service worker picks it up. Only extension pages and the background import this module:
 * storage is closed to content scripts (background/storage-access.ts), which ask the background instead.
 */

/** The raw stored settings: any shape an older version or a damaged sync left behind. Read through settingsItem. */
const storedSettingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Settings, validated on every read and write: whatever is stored, every reader gets complete, valid Settings. */
export const settingsItem = {
  async getValue(): Promise<Settings> {
    return validateSettings(await storedSettingsItem.getValue()).settings;
  },
  /** Also says what was invalid and has been reset, so the options page can tell the user. */
  async getValidated(): Promise<ValidatedSettings> {
    return validateSettings(await storedSettingsItem.getValue());
  },
  async setValue(settings: Settings): Promise<void> {
    // The version goes with every write, so a value written after a reset is never mistaken for v1.
    await Promise.all([
      storedSettingsItem.setValue(validateSettings(settings).settings),
      storedSettingsItem.setMeta({ v: SETTINGS_VERSION }),
    ]);
  },
  /** Back to the defaults; the version stays, for the same reason. */
  async removeValue(): Promise<void> {
    await storedSettingsItem.removeValue();
  },
  watch(callback: (settings: Settings, notes: ValidatedSettings['notes']) => void): () => void {
    return storedSettingsItem.watch((value) => {
      const { settings, notes } = validateSettings(value);
      callback(settings, notes);
    });
  },
  migrate: () => storedSettingsItem.migrate(),
};

export const usageItem = storage.defineItem<UsageHistory>('local:usage', { fallback: {}, version: 1 });

export const postsItem = storage.defineItem<PostHistory>('local:posts', { fallback: {}, version: 1 });

/**
 * Last 30 days of published posts, for the cross-post check. Version 2 keys them with the install's secret; the
 * unkeyed ones of version 1 could be read back into words, so the migration drops them.
 */
export const fingerprintsItem = storage.defineItem<PostFingerprint[]>('local:fingerprints', {
  fallback: [],
  version: 2,
  migrations: { 2: () => [] },
});

/**
 * The install's secret the fingerprints are keyed with (lib/coach/fingerprint.ts): made by the background, never
 * exported, replaced on reset. Without it the fingerprints can't be checked against likely words or sentences.
 */
export const fingerprintKeyItem = storage.defineItem<string | null>('local:fingerprintKey', { fallback: null, version: 1 });

let openSegment: ReturnType<typeof defineOpenSegmentItem> | undefined;
const defineOpenSegmentItem = () => storage.defineItem<OpenSegment | null>('session:openSegment', { fallback: null, version: 1 });
/**
 * The running clock. Defined on first use, not at import: WXT reads an item as soon as it is defined, and only the
 * background needs this one.
 */
export function openSegmentItem(): ReturnType<typeof defineOpenSegmentItem> {
  return (openSegment ??= defineOpenSegmentItem());
}

export type { SidebarPlacement } from './settings/placement';
/** Written by the background only, on the sidebar's validated request (cs-bg:set-placement). */
export const sidebarPlacementItem = storage.defineItem<SidebarPlacement>('local:sidebarPlacement', {
  fallback: DEFAULT_PLACEMENT,
  version: 1,
});
