import { validateStats, type StoredStats } from '@/lib/settings/data-file';
import { onMessage } from '@/lib/messaging';
import { fingerprintsItem, postsItem, usageItem } from '@/lib/storage';
import { forgetInstallKey } from './fingerprint-key';
import { serialized } from './lock';
import { requireExtensionPage } from './senders';

/**
 * Replaces all stats at once, or nothing: checked again here because the background is their only writer, and
 * queued behind the tracker's own read-modify-writes so neither overwrites the other.
 */
export async function importStats(data: StoredStats): Promise<void> {
  const checked = validateStats({ ...data });
  if (!checked.ok) throw new Error(checked.error.kind === 'invalid-field' ? `Invalid field: ${checked.error.path}` : checked.error.kind);
  const { usage, posts, fingerprints } = checked.stats;
  await serialized(() => Promise.all([usageItem.setValue(usage), postsItem.setValue(posts), fingerprintsItem.setValue(fingerprints)]));
}

export async function resetStats(): Promise<void> {
  await serialized(() => Promise.all([usageItem.removeValue(), postsItem.removeValue(), fingerprintsItem.removeValue(), forgetInstallKey()]));
}

/** Import and reset from the options page: stats are written here only. */
export function registerDataHandlers(): void {
  onMessage('page-bg:import-data', ({ data, sender }) => {
    requireExtensionPage(sender, 'page-bg:import-data');
    return importStats(data);
  });
  onMessage('page-bg:reset-data', ({ sender }) => {
    requireExtensionPage(sender, 'page-bg:reset-data');
    return resetStats();
  });
}
