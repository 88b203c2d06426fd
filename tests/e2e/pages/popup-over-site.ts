import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { homeComposer, openXHome } from '../sidebar/x-page';
import { fullPlanData, seedStorage } from './seed';

/** The page's size as Chrome sizes a popup to it, and where each column's content ends (the popup is as tall as the taller). */
export async function popupSize(page: Page) {
  return page.evaluate(() => ({
    width: document.body.offsetWidth,
    height: document.documentElement.scrollHeight,
    columns: [...document.querySelectorAll('.pp-column')].map((column) => Math.ceil(column.lastElementChild?.getBoundingClientRect().bottom ?? 0)),
  }));
}

/**
 * A week of data with a full content plan, then the popup in a window of its own that does not take focus, over the
 * X tab the user is writing in: as the toolbar opens it, with this site's mode and pause.
 */
export async function openPopupOverX(context: BrowserContext, worker: Worker, xPage: Parameters<typeof openXHome>[1] = {}): Promise<{ site: Page; popup: Page }> {
  const { local, sync } = fullPlanData(Date.now(), SETTINGS_VERSION, DEFAULT_SETTINGS as unknown as Record<string, unknown>);
  await seedStorage(worker, local, sync);
  const site = await openXHome(context, xPage);
  await homeComposer(site).click();
  await site.bringToFront();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), focused: false, type: 'popup', width: 800, height: 600 })),
  ]);
  await popup.setViewportSize({ width: 800, height: 600 });
  return { site, popup };
}
