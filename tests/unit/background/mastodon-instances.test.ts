import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { settingsItem } from '@/lib/storage';

type Script = chrome.scripting.RegisteredContentScript;
type Listener = () => unknown;

/** Chrome's registry semantics: register refuses a known id, update refuses an unknown one. */
function fakeScripting() {
  const registry = new Map<string, Script>();
  return {
    registry,
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => [...registry.values()].filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const script of scripts) {
        if (registry.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registry.set(script.id, script);
      }
    }),
    updateContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const script of scripts) {
        if (!registry.has(script.id)) throw new Error(`No script with ID '${script.id}'`);
        registry.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void ids.forEach((id) => registry.delete(id))),
  };
}

const event = () => {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => void listeners.push(l), fire: () => listeners.forEach((l) => l()) };
};

let granted: { permissions: string[]; origins: string[] };
let scripting: ReturnType<typeof fakeScripting>;
let onAdded: ReturnType<typeof event>;
let onRemoved: ReturnType<typeof event>;

/** A fresh worker: new module state, listeners registered, start-up sync done. */
async function startWorker() {
  vi.resetModules();
  const module = await import('@/entrypoints/background/mastodon-instances');
  module.startMastodonInstances();
  await module.resyncInstanceScript();
  return module;
}

const registered = () => [...scripting.registry.values()];
const listInstances = (mastodonInstances: string[]) => settingsItem.setValue({ ...DEFAULT_SETTINGS, mastodonInstances });

// The first import transforms the whole storage graph: done once here, outside every test's time limit.
beforeAll(() => import('@/entrypoints/background/mastodon-instances'), 30_000);

beforeEach(() => {
  granted = { permissions: ['storage'], origins: [] };
  scripting = fakeScripting();
  onAdded = event();
  onRemoved = event();
  Object.assign(fakeBrowser.permissions, { getAll: vi.fn(async () => structuredClone(granted)), onAdded, onRemoved });
  Object.assign(fakeBrowser, { scripting });
});

describe('the Mastodon instances script', () => {
  it('registers one script for the listed, granted instances: the watcher that loads the coach', async () => {
    await listInstances(['mastodon.nl', 'toot.community']);
    granted = { permissions: ['scripting'], origins: ['https://mastodon.nl/*'] };
    await startWorker();
    expect(registered()).toEqual([
      { id: 'mastodon-instances', matches: ['https://mastodon.nl/*'], js: ['content-scripts/watch.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });

  it('does nothing where the browser has no scripting API, instead of failing the worker start', async () => {
    await listInstances(['mastodon.nl']);
    granted = { permissions: ['scripting'], origins: ['https://mastodon.nl/*'] };
    Object.assign(fakeBrowser, { scripting: undefined });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { resyncInstanceScript } = await startWorker();
    await resyncInstanceScript();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('follows a new grant, then a revoked one (permissions.onAdded / onRemoved)', async () => {
    await listInstances(['mastodon.nl', 'toot.community']);
    granted = { permissions: ['scripting'], origins: ['https://mastodon.nl/*'] };
    const { resyncInstanceScript } = await startWorker();

    granted.origins.push('https://toot.community/*');
    onAdded.fire();
    await resyncInstanceScript();
    expect(registered()[0]?.matches).toEqual(['https://mastodon.nl/*', 'https://toot.community/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);

    granted.origins = [];
    onRemoved.fire();
    await resyncInstanceScript();
    expect(registered()).toEqual([]);
  });

  it('follows the list in the settings: a removed instance loses the script at once', async () => {
    await listInstances(['mastodon.nl']);
    granted = { permissions: ['scripting'], origins: ['*://*/*'] };
    const { resyncInstanceScript } = await startWorker();
    expect(registered()).toHaveLength(1);
    await listInstances([]);
    // The storage watcher fires asynchronously; wait for the sync it queued.
    await vi.waitFor(() => expect(scripting.unregisterContentScripts).toHaveBeenCalled());
    await resyncInstanceScript();
    expect(registered()).toEqual([]);
  });

  it('a restarted worker updates the script that survived it instead of registering a duplicate', async () => {
    await listInstances(['mastodon.nl']);
    granted = { permissions: ['scripting'], origins: ['https://mastodon.nl/*'] };
    await startWorker();
    await startWorker();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered()).toHaveLength(1);
  });

  it('overlapping events never register twice', async () => {
    await listInstances(['mastodon.nl']);
    granted = { permissions: ['scripting'], origins: [] };
    const { resyncInstanceScript } = await startWorker();
    granted.origins = ['https://mastodon.nl/*'];
    onAdded.fire();
    onAdded.fire();
    await resyncInstanceScript();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('a failing browser call is logged and the next event still syncs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await listInstances(['mastodon.nl']);
    granted = { permissions: ['scripting'], origins: ['https://mastodon.nl/*'] };
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('Invalid match pattern'));
    const { resyncInstanceScript } = await startWorker();
    expect(warn).toHaveBeenCalledTimes(1);
    onAdded.fire();
    await resyncInstanceScript();
    expect(registered()).toHaveLength(1);
  });
});
