import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, serveHtml } from '../harness';

/** A plain social page: the tracker needs only the address. */
export const SOCIAL_HTML = '<!doctype html><html lang="en"><head><title>Home / X</title></head><body><main><p>Feed</p></main></body></html>';
export const OTHER_HTML = '<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><p>Not social</p></body></html>';

export async function serveSites(context: BrowserContext): Promise<void> {
  await serveHtml(context, 'https://x.com/home', SOCIAL_HTML);
  await serveHtml(context, 'https://example.org/', OTHER_HTML);
}

/** Active time counted so far, over every stored day (a run across midnight splits it). */
export function countedMs(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const { usage } = await chrome.storage.local.get('usage');
    return Object.values((usage ?? {}) as Record<string, { activeMs: number }>).reduce((sum, day) => sum + day.activeMs, 0);
  });
}

interface Segment {
  tabId: number;
  platform: string;
  startedAt: number;
}

export function openSegment(worker: Worker): Promise<Segment | null> {
  return worker.evaluate(async () => ((await chrome.storage.session.get('openSegment')).openSegment ?? null) as Segment | null);
}

/** Waits until the clock runs, then until `ms` after it started: the test's own "focused for 20 s". */
export async function stayCounted(worker: Worker, page: Page, ms: number): Promise<number> {
  let segment: Segment | null = null;
  await expect.poll(async () => (segment = await openSegment(worker))).not.toBeNull();
  const startedAt = (segment as Segment | null)?.startedAt ?? Date.now();
  await page.waitForTimeout(Math.max(0, startedAt + ms - Date.now()));
  return startedAt;
}

/** The worker running now: a stopped one is replaced by a new instance on the next event. */
export async function runningWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/** The user moves the counted tab to another site: the background closes the clock at that moment. */
export async function leaveSocialTab(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { openSegment } = await chrome.storage.session.get('openSegment');
    if (openSegment) await chrome.tabs.update((openSegment as { tabId: number }).tabId, { url: 'https://example.org/' });
  });
}

/** Every social tab moves to another site, whichever window the browser calls focused. */
export async function leaveSocialTabs(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({ url: 'https://x.com/*' });
    await Promise.all(tabs.map((tab) => chrome.tabs.update(tab.id as number, { url: 'https://example.org/' })));
  });
}

/**
 * Stops the service worker the way Chrome does after 30 s idle (wxt-notes §10.4), through an extension page in a
 * background tab so the counted tab stays in front. Playwright keeps its Worker handle for the next instance.
 */
export async function stopServiceWorker(context: BrowserContext, worker: Worker): Promise<void> {
  const opened = context.waitForEvent('page');
  await worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL('/popup.html'), active: false }));
  const helper = await opened;
  await helper.waitForLoadState();
  const cdp = await context.newCDPSession(helper);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
