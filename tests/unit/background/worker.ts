import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IdleState } from '@/lib/time/tracker';

/** What the fake browser reports; tests change it and then fire the matching event. */
export interface Screen {
  window: { id: number; focused: boolean } | null;
  /** Active tab per window id. */
  active: Record<number, { id: number; url?: string }>;
  /** Every open tab, for the background's broadcast. */
  tabs: { id: number; url?: string }[];
  idle: IdleState;
}

type Listener = (...args: unknown[]) => unknown;

function eventWithTrigger() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void listeners.splice(0),
    trigger: async (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** Stubs what fake-browser leaves out (idle, tabs.sendMessage, permissions, notifications) and its focus model. */
export function stubBrowser(screen: Screen) {
  const idleChanged = eventWithTrigger();
  Object.assign(fakeBrowser.idle, {
    queryState: vi.fn(async () => screen.idle),
    setDetectionInterval: vi.fn(),
    onStateChanged: idleChanged,
  });
  // fake-browser keeps one active tab for all windows; the real browser keeps one per window.
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation((async () => screen.window ?? undefined) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (query: { active?: boolean; windowId?: number }) => {
    if (!query.active) return screen.tabs.map((tab) => ({ ...tab }));
    const tab = query.windowId === undefined ? undefined : screen.active[query.windowId];
    return tab ? [{ ...tab, active: true, windowId: query.windowId }] : [];
  }) as never);
  // messaging v4 sends to tabs with a callback; answering undefined is what a tab without the sidebar does.
  const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as ((response: unknown) => void) | undefined;
    callback?.(undefined);
  }) as never);
  const permissions = { granted: false };
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => permissions.granted),
    // No optional permission granted: the Mastodon-instances script stays unregistered (tested on its own).
    getAll: vi.fn(async () => ({ permissions: [], origins: [] })),
    onAdded: eventWithTrigger(),
    onRemoved: eventWithTrigger(),
  });
  const notify = vi.fn(async () => 'reminder');
  Object.assign(fakeBrowser.notifications, { create: notify });
  // fake-browser has no access levels: remember what the worker asked for.
  const accessLevels: Record<string, string> = {};
  for (const area of ['local', 'sync'] as const) {
    Object.assign(fakeBrowser.storage[area], {
      setAccessLevel: vi.fn(async ({ accessLevel }: { accessLevel: string }) => void (accessLevels[area] = accessLevel)),
    });
  }
  return { idleChanged, sendToTab, permissions, notify, accessLevels };
}

/** Drops every listener, as a stopped worker does; storage stays. */
function stopWorker(): void {
  const events = [
    fakeBrowser.tabs.onActivated, fakeBrowser.tabs.onUpdated, fakeBrowser.tabs.onRemoved, fakeBrowser.windows.onFocusChanged,
    fakeBrowser.alarms.onAlarm, fakeBrowser.runtime.onMessage, fakeBrowser.runtime.onInstalled, fakeBrowser.storage.onChanged,
    fakeBrowser.storage.local.onChanged, fakeBrowser.storage.sync.onChanged, fakeBrowser.storage.session.onChanged,
    fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved,
  ];
  for (const event of events) (event as unknown as { removeAllListeners(): void }).removeAllListeners();
  (fakeBrowser.idle.onStateChanged as unknown as { removeAllListeners(): void }).removeAllListeners();
}

/** Starts a fresh worker: new module instances (no memory), listeners registered by main(), start-up work done. */
export async function startWorker(): Promise<void> {
  stopWorker();
  vi.resetModules();
  const background = (await import('@/entrypoints/background/index')).default;
  background.main();
  await settle();
}

/** Waits until every queued tracker step has run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const { serialized } = await import('@/entrypoints/background/lock');
    await serialized(async () => undefined);
  }
}

export interface SenderOverrides {
  url?: string;
  frameId?: number;
  incognito?: boolean;
}

/**
 * A message as the browser delivers it from a content script in the top frame of tab `tabId` on x.com (fake-browser's
 * own sendMessage has no sender tab). Resolves with the answer, rejects with the handler's error.
 */
export async function messageFromTab(type: string, data: unknown, tabId: number, overrides: SenderOverrides = {}): Promise<unknown> {
  const url = overrides.url ?? 'https://x.com/home';
  const sender = { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, frameId: overrides.frameId ?? 0, tab: { id: tabId, url, incognito: overrides.incognito ?? false } };
  return deliver(type, data, sender);
}

/** A message as one of the extension's own pages (`file`, e.g. 'options.html') sends it. */
export function messageFromPage(type: string, data: unknown, file = 'options.html'): Promise<unknown> {
  const url = fakeBrowser.runtime.getURL(`/${file}` as never);
  return deliver(type, data, { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin });
}

async function deliver(type: string, data: unknown, sender: object): Promise<unknown> {
  const response = new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender as never, resolve as never);
  });
  const answer = (await response) as { res?: unknown; err?: { message?: string } };
  if (answer?.err) throw new Error(answer.err.message ?? 'refused');
  return answer?.res;
}

/** Fires an alarm as Chrome does when it is due, and waits for the step it starts. */
export async function fireAlarm(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: false });
  await settle();
}
