import type { Worker } from '@playwright/test';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';

/**
 * Changes the stored settings the way the popup or options do: raw in chrome.storage.sync, with the version meta
 * (without it the value would be migrated as version 1).
 */
export async function updateStoredSettings(worker: Worker, patch: { platformModes?: Record<string, string>; budget?: Record<string, unknown> }): Promise<void> {
  await worker.evaluate(
    async ({ patch, version }) => {
      const { settings } = await chrome.storage.sync.get('settings');
      const current = (settings ?? {}) as Record<string, Record<string, unknown> | undefined>;
      const next = {
        ...current,
        platformModes: { ...current.platformModes, ...patch.platformModes },
        budget: { ...current.budget, ...patch.budget },
      };
      await chrome.storage.sync.set({ settings: next, settings$: { v: version } });
    },
    { patch, version: SETTINGS_VERSION },
  );
}
