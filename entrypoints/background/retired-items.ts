import { browser } from 'wxt/browser';

/**
 * Items earlier versions stored and this one must not keep: the practice page's draft (word for word, until 0.1.x).
 * Removed on every worker start, so an update clears them however it was installed; the meta key goes with them.
 */
export const RETIRED_LOCAL_KEYS = ['practiceDraft', 'practiceDraft$'] as const;

export async function removeRetiredItems(): Promise<void> {
  await browser.storage.local.remove([...RETIRED_LOCAL_KEYS]).catch((error: unknown) => console.warn('Social Coach: retired items', error));
}
