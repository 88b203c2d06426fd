import { browser } from 'wxt/browser';
import { INSTANCE_SCRIPT_ID, instanceMatchPatterns } from '@/lib/sites/mastodon-instances';
import { settingsItem } from '@/lib/storage';

type RegisteredScript = Parameters<typeof chrome.scripting.registerContentScripts>[0][number];

/** The watcher, injected on the extra instances exactly as the manifest injects it elsewhere; it loads the coach. */
const scriptFor = (matches: string[]): RegisteredScript => ({
  id: INSTANCE_SCRIPT_ID,
  matches,
  js: ['content-scripts/watch.js'],
  runAt: 'document_idle',
  persistAcrossSessions: true,
});

/** Makes the registered script match the granted instances. */
async function syncInstanceScript(): Promise<void> {
  const [settings, granted] = await Promise.all([settingsItem.getValue(), browser.permissions.getAll()]);
  const scripting = browser.scripting;
  if (!scripting) return;
  const matches = instanceMatchPatterns(settings.mastodonInstances, granted.origins ?? []);
  const existing = await scripting.getRegisteredContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
  } else if (existing.length > 0) {
    await scripting.updateContentScripts([scriptFor(matches)]);
  } else {
    await scripting.registerContentScripts([scriptFor(matches)]);
  }
}

// One sync at a time: two overlapping ones would both see "not registered" and the second register would fail.
let tail: Promise<void> = Promise.resolve();

/** Queues a sync; a failure is logged and never reaches the caller (an event listener or the worker start). */
export function resyncInstanceScript(): Promise<void> {
  tail = tail.then(syncInstanceScript).catch((error: unknown) => console.warn('Social Coach: Mastodon instances', error));
  return tail;
}

/** On every worker start and whenever the list or the grants change: dynamic scripts outlive the worker, stale ones too. */
export function startMastodonInstances(): void {
  browser.permissions.onAdded.addListener(() => void resyncInstanceScript());
  browser.permissions.onRemoved.addListener(() => void resyncInstanceScript());
  settingsItem.watch(() => void resyncInstanceScript());
  void resyncInstanceScript();
}
