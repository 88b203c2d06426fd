import { browser } from 'wxt/browser';
import { validateStoredData, type ImportOutcome, type StoredData } from '@/lib/settings/data-file';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { checkQuota, STORAGE_QUOTAS } from '@/lib/settings/quotas';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { onMessage } from '@/lib/messaging';
import { forgetInstallKey } from './fingerprint-key';
import { serialized } from './lock';
import { REMINDER_ALARM } from './reminder';
import { requireExtensionPage } from './senders';

type Area = 'local' | 'sync';
type Items = Record<string, unknown>;

/** Chrome's local quota where the browser says it (10 MB since Chrome 114), else the documented one. */
function localQuota() {
  const reported = (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  return typeof reported === 'number' && reported > 0 ? { total: reported } : STORAGE_QUOTAS.local;
}

/** Puts `keys` of `area` back as they were in `before`: removed where they did not exist. */
async function restore(area: Area, keys: string[], before: Items): Promise<void> {
  const absent = keys.filter((key) => !(key in before));
  const present = Object.fromEntries(keys.filter((key) => key in before).map((key) => [key, before[key]]));
  if (absent.length > 0) await browser.storage[area].remove(absent);
  if (Object.keys(present).length > 0) await browser.storage[area].set(present);
}

/**
 * Replaces settings and every stat at once, or nothing: checked again here (the background is the only writer of
 * stats), then against the sync and local quotas before anything is written; stats and settings are written in one
 * call per area, and if the second call fails the first is undone. Queued behind the tracker's own
 * read-modify-writes so neither overwrites the other.
 */
export async function importData(data: StoredData): Promise<ImportOutcome> {
  const checked = validateStoredData({ ...data }, SETTINGS_VERSION);
  if (!checked.ok) throw new Error(checked.error.kind === 'invalid-field' ? `Invalid field: ${checked.error.path}` : checked.error.kind);
  const { settings, usage, posts, fingerprints } = checked.data;
  // The version marks go with the values: fingerprints without theirs would be dropped as unkeyed on the next start.
  const local: Items = { usage, posts, fingerprints, fingerprints$: { v: 2 } };
  const sync: Items = { settings, settings$: { v: SETTINGS_VERSION } };
  return serialized(async () => {
    const [localNow, syncNow] = await Promise.all([browser.storage.local.get(null), browser.storage.sync.get(null)]);
    const over = checkQuota('sync', syncNow, sync) ?? checkQuota('local', localNow, local, localQuota());
    if (over) return { ok: false, error: over };
    try {
      await browser.storage.local.set(local);
    } catch {
      return { ok: false, error: { kind: 'write-failed', rolledBack: true } };
    }
    try {
      await browser.storage.sync.set(sync);
    } catch {
      const rolledBack = await restore('local', Object.keys(local), localNow).then(
        () => true,
        () => false,
      );
      return { ok: false, error: { kind: 'write-failed', rolledBack } };
    }
    return { ok: true };
  });
}

/** Every stored value of `area` except WXT's version marks (`key$`), which keep later writes from being migrated. */
async function clearArea(area: Area): Promise<void> {
  const keys = Object.keys(await browser.storage[area].get(null)).filter((key) => !key.endsWith('$'));
  if (keys.length > 0) await browser.storage[area].remove(keys);
}

/** Host permissions granted at runtime (Mastodon instances): everything granted that the manifest does not list. */
async function removeGrantedPermissions(): Promise<void> {
  const granted = await browser.permissions.getAll();
  const builtIn = new Set<string>(SOCIAL_HOST_PATTERNS);
  const origins = (granted.origins ?? []).filter((origin) => !builtIn.has(origin));
  const permissions = (granted.permissions ?? []).filter((permission) => permission === 'notifications');
  if (origins.length > 0 || permissions.length > 0) await browser.permissions.remove({ origins, permissions });
}

/**
 * Back to a fresh install: settings, stats, the fingerprint key and the sidebar's placement deleted; the Mastodon
 * hosts and the notifications permission the user granted given back; the reminder's alarm and notification gone.
 * Every step is tried; if one fails the reset rejects, so the page does not say it is all gone.
 */
export async function resetEverything(): Promise<void> {
  const steps = await Promise.allSettled([
    serialized(() => Promise.all([clearArea('local'), clearArea('sync'), forgetInstallKey()])),
    removeGrantedPermissions(),
    browser.alarms.clear(REMINDER_ALARM),
    browser.notifications?.clear(REMINDER_ALARM),
  ]);
  const failed = steps.find((step) => step.status === 'rejected');
  if (failed) throw new Error(`Reset incomplete: ${String(failed.reason)}`);
}

/** Import and reset from the options page: stats are written here only. */
export function registerDataHandlers(): void {
  onMessage('page-bg:import-data', ({ data, sender }) => {
    requireExtensionPage(sender, 'page-bg:import-data');
    return importData(data);
  });
  onMessage('page-bg:reset-data', ({ sender }) => {
    requireExtensionPage(sender, 'page-bg:reset-data');
    return resetEverything();
  });
}
