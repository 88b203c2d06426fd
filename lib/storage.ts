import { storage } from 'wxt/utils/storage';
import type { PostFingerprint } from './coach/types';
import { DEFAULT_SETTINGS, type Settings } from './settings/defaults';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings/migrations';
import { validateSettings, type ValidatedSettings } from './settings/settings-schema';
import { patchNewerSettings } from './settings/newer-settings';
import { checkQuota, type QuotaError } from './settings/quotas';
import { isPlainObject } from './settings/schema';
import { DEFAULT_PLACEMENT, type SidebarPlacement } from './settings/placement';
import { applyPolicy, keepOwnUnderLock, NO_POLICY, POLICY_FIELDS, readPolicy, type Policy } from './settings/policy';
import { NO_PAUSE_MEMORY, type PauseMemory } from './time/pause';
import { readSitePauses, type SitePauses } from './time/site-pause';
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

/** Settings that don't fit in one sync item (8 kB): nothing was written. */
export class SettingsTooLarge extends Error {
  constructor(readonly quota: QuotaError) {
    super(`Settings too large for sync storage: ${quota.kind === 'item-too-large' ? `${quota.bytes} of ${quota.limit} bytes` : quota.kind}`);
  }
}

function assertFitsSync(value: unknown): void {
  const error = checkQuota('sync', {}, { settings: value });
  if (error) throw new SettingsTooLarge(error);
}

/** Top-level keys of managed storage (public/managed_schema.json). */
const MANAGED_KEYS = [...POLICY_FIELDS, 'locked'] as const;

/** A managed-storage read that has not answered by then is taken as no policy (Chromium's first can hang). */
export const MANAGED_READ_TIMEOUT_MS = 1500;

/**
 * One read of the organisation's policy from the browser's managed storage, however long the browser takes.
 * Without one (no policy installed, or a browser that has no managed storage for this extension) there is none,
 * never an error.
 */
export function readManagedStorage(): Promise<Policy> {
  return storage.snapshot('managed').then(readPolicy, () => NO_POLICY);
}

/** `promise`, or `fallback` once `ms` have passed without an answer. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Where settings reads take the organisation's policy from, read-only. */
export interface PolicySource {
  getValue(): Promise<Policy>;
  watch(callback: (policy: Policy) => void): () => void;
}

/** The pages' watchers of the policy, told of a read that answered too late for its reader. */
const latePolicyWatchers = new Set<(policy: Policy) => void>();
const TIMED_OUT = Symbol('timed out');

/**
 * Read afresh each time, waited on at most 1.5 s: the extension's pages, which live briefly and read it rarely. A
 * read that answers later (a busy browser) still reaches the page's watchers, so a popup opened in that moment shows
 * the organisation's locked values a moment later instead of the user's own for as long as it is open.
 */
const freshPolicy: PolicySource = {
  async getValue() {
    const read = readManagedStorage();
    const policy = await withTimeout<Policy | typeof TIMED_OUT>(read, MANAGED_READ_TIMEOUT_MS, TIMED_OUT);
    if (policy !== TIMED_OUT) return policy;
    // Only a policy tells them anything: none is what the reader already took, and an echo of it would re-render the
    // page under the user's typing (the options' budget field lost a value typed in that moment).
    void read.then((late) => late !== NO_POLICY && latePolicyWatchers.forEach((watcher) => watcher(late)));
    return NO_POLICY;
  },
  watch(callback) {
    latePolicyWatchers.add(callback);
    const stops = MANAGED_KEYS.map((key) => storage.watch(`managed:${key}`, () => void freshPolicy.getValue().then(callback)));
    return () => {
      latePolicyWatchers.delete(callback);
      stops.forEach((stop) => stop());
    };
  },
};

let policySource: PolicySource = freshPolicy;

/**
 * The background reads settings on every clock step and publish, so it keeps one cached reader instead
 * (background/policy-cache.ts). Call before anything watches settings.
 */
export function usePolicySource(source: PolicySource): void {
  policySource = source;
}

export const policyItem: PolicySource = {
  getValue: () => policySource.getValue(),
  watch: (callback) => policySource.watch(callback),
};

async function validatedWithPolicy(stored: unknown, policy?: Policy): Promise<ValidatedSettings> {
  const { settings, notes } = validateSettings(stored);
  return { settings: applyPolicy(settings, policy ?? (await policyItem.getValue()), 'locked'), notes };
}

/**
 * Settings, validated on every read and write: whatever is stored, every reader gets complete, valid Settings, with
 * the values an organisation locked in force (the user's own stay stored underneath, and return if the lock goes).
 */
export const settingsItem = {
  async getValue(): Promise<Settings> {
    return (await validatedWithPolicy(await storedSettingsItem.getValue())).settings;
  },
  /** Also says what was invalid and has been reset, so the options page can tell the user. */
  async getValidated(): Promise<ValidatedSettings> {
    return validatedWithPolicy(await storedSettingsItem.getValue());
  },
  /**
   * Checked against the sync item quota first (rejects with SettingsTooLarge, nothing written). Settings a newer
   * version wrote keep their version, their unknown fields and every value this version did not change.
   */
  async setValue(settings: Settings): Promise<void> {
    const [stored, meta, policy] = await Promise.all([storedSettingsItem.getValue(), storedSettingsItem.getMeta(), policyItem.getValue()]);
    // A locked value read in force is written back as the user's own, never as the organisation's.
    const next = keepOwnUnderLock(validateSettings(settings).settings, validateSettings(stored).settings, policy);
    const storedVersion = isPlainObject(meta) && typeof meta.v === 'number' ? meta.v : 0;
    if (storedVersion > SETTINGS_VERSION && isPlainObject(stored)) {
      const patched = patchNewerSettings(stored, validateSettings(stored).settings, next);
      assertFitsSync(patched);
      // Straight to the area: the item's own setValue would stamp it with this (older) version.
      await storage.setItem('sync:settings', patched);
      return;
    }
    assertFitsSync(next);
    // The version goes with every write, so a value written after a reset is never mistaken for v1.
    await Promise.all([storedSettingsItem.setValue(next), storedSettingsItem.setMeta({ v: SETTINGS_VERSION })]);
  },
  /** Back to the defaults; the version stays, for the same reason. */
  async removeValue(): Promise<void> {
    await storedSettingsItem.removeValue();
  },
  /** Follows the stored settings and the organisation's policy alike. */
  watch(callback: (settings: Settings, notes: ValidatedSettings['notes']) => void): () => void {
    const report = (validated: ValidatedSettings) => callback(validated.settings, validated.notes);
    const stopSettings = storedSettingsItem.watch((value) => void validatedWithPolicy(value).then(report));
    const stopPolicy = policyItem.watch((policy) => void storedSettingsItem.getValue().then((value) => validatedWithPolicy(value, policy)).then(report));
    return () => {
      stopSettings();
      stopPolicy();
    };
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

let pauseMemory: ReturnType<typeof definePauseMemoryItem> | undefined;
const definePauseMemoryItem = () => storage.defineItem<PauseMemory>('session:pauseMemory', { fallback: NO_PAUSE_MEMORY, version: 1 });
/**
 * When the clock last ran on a social site and which tab the intention pause waits in: session storage, so a
 * browser restart counts as time away. Defined on first use, like the running clock.
 */
export function pauseMemoryItem(): ReturnType<typeof definePauseMemoryItem> {
  return (pauseMemory ??= definePauseMemoryItem());
}

/** The policy's unlocked values as last put into the user's settings (background/policy.ts applies each once). */
export const policyAppliedItem = storage.defineItem<Record<string, unknown>>('local:policyApplied', { fallback: {}, version: 1 });

export type { SidebarPlacement } from './settings/placement';
/** Written by the background only, on the sidebar's validated request (cs-bg:set-placement). */
export const sidebarPlacementItem = storage.defineItem<SidebarPlacement>('local:sidebarPlacement', {
  fallback: DEFAULT_PLACEMENT,
  version: 1,
});

const storedSitePausesItem = storage.defineItem<unknown>('local:sitePauses', { fallback: {}, version: 1 });
/**
 * "Pause the coach here": the day each social site was paused on (lib/time/site-pause.ts). Read through
 * readSitePauses, whatever storage holds. Pages read it (the popup); only the background writes it, with
 * writeSitePauses, on the popup's page-bg:set-site-pause or the sidebar's trusted "resume" (ESLint keeps
 * writeSitePauses out of the pages).
 */
export const sitePausesItem = {
  getValue: async (): Promise<SitePauses> => readSitePauses(await storedSitePausesItem.getValue()),
  watch: (callback: (pauses: SitePauses) => void): (() => void) => storedSitePausesItem.watch((value) => callback(readSitePauses(value))),
};

export function writeSitePauses(pauses: SitePauses): Promise<void> {
  return storedSitePausesItem.setValue(readSitePauses(pauses));
}
