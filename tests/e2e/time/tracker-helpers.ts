import type { BrowserContext, Worker } from '@playwright/test';
import { serveHtml } from '../harness';

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

export function openSegment(worker: Worker): Promise<{ tabId: number; platform: string } | null> {
  return worker.evaluate(async () => ((await chrome.storage.session.get('openSegment')).openSegment ?? null) as { tabId: number; platform: string } | null);
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

/** The worker that runs now: after a stop, a new one starts on the next event. */
export async function currentWorker(context: BrowserContext, stopped: Worker): Promise<Worker> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const running = context.serviceWorkers().find((candidate) => candidate !== stopped);
    if (running) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return context.waitForEvent('serviceworker');
}
