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
  return { idleChanged, sendToTab, permissions, notify };
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

/** A message as a content script in tab `tabId` sends it (fake-browser's own sendMessage has no sender tab). */
export async function messageFromTab(type: string, data: unknown, tabId: number): Promise<unknown> {
  const response = new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, { tab: { id: tabId } } as never, resolve as never);
  });
  return ((await response) as { res?: unknown }).res;
}

/** Fires an alarm as Chrome does when it is due, and waits for the step it starts. */
export async function fireAlarm(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: false });
  await settle();
}
