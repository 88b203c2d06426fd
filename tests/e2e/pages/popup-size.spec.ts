import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { expect, test } from '../harness';
import { homeComposer, openXHome } from '../sidebar/x-page';
import { fullPlanData, seedStorage, weekOfData } from './seed';

/** The page's size as Chrome sizes a popup to it, and how tall its content is (under 600 px the page still fills the window). */
async function sizeOf(page: Page) {
  return page.evaluate(() => ({
    width: document.body.offsetWidth,
    height: document.documentElement.scrollHeight,
    /** Where each column's content ends: the popup is as tall as the taller one. */
    columns: [...document.querySelectorAll('.pp-column')].map((column) => Math.ceil(column.lastElementChild?.getBoundingClientRect().bottom ?? 0)),
  }));
}

// Chrome shows a popup at most 800 × 600 px and scrolls the rest: a week of data has to fit, in both languages.
for (const locale of ['en', 'nl'] as const) {
  test.describe(`${locale}`, () => {
    test.use({ extensionLaunch: { locale } });
    test('a week of data fits the popup without scrolling', async ({ context, extensionId, worker }) => {
      await seedStorage(worker, weekOfData(Date.now()));
      const page = await context.newPage();
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.getByTestId('week-chart')).toBeVisible();
      await expect(page.getByTestId('posts')).toBeVisible();
      const size = await sizeOf(page);
      expect(size.width).toBeLessThanOrEqual(800);
      expect(size.height).toBeLessThanOrEqual(600);
    });

    test('over a social site with a full content plan and every budget line on, the popup still fits', async ({ context, worker }) => {
      const { local, sync } = fullPlanData(Date.now(), SETTINGS_VERSION, DEFAULT_SETTINGS as unknown as Record<string, unknown>);
      await seedStorage(worker, local, sync);
      const site = await openXHome(context);
      await homeComposer(site).click();
      // The popup in a window of its own that does not take focus, over the X tab: this site's mode and pause show.
      await site.bringToFront();
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), focused: false, type: 'popup', width: 800, height: 600 })),
      ]);
      await popup.setViewportSize({ width: 800, height: 600 });
      const mode = locale === 'en' ? 'Mode on X' : 'Modus op X';
      await expect(popup.getByRole('group', { name: mode })).toBeVisible();
      await expect(popup.getByTestId('site-pause')).toBeVisible();
      for (const id of ['week-chart', 'posts', 'week-mix', 'week-balance', 'snoozes', 'work-allowance', 'site-limits', 'turned-back']) {
        await expect(popup.getByTestId(id)).toBeVisible();
      }
      // The mix folds to its heading and balance line; columns, networks and the fixed time are one click away.
      for (const id of ['week-topics', 'week-rhythm', 'week-fixed-time']) await expect(popup.getByTestId(id)).toBeHidden();
      const size = await sizeOf(popup);
      console.log(`popup over X with a full plan (${locale}): ${size.width} × ${size.height} px, columns end at ${size.columns.join(' and ')} px`);
      expect(size.width).toBeLessThanOrEqual(800);
      expect(size.height).toBeLessThanOrEqual(600);
      await popup.getByTestId('week-mix').locator('summary').first().click();
      for (const id of ['week-topics', 'week-rhythm', 'week-fixed-time']) await expect(popup.getByTestId(id)).toBeVisible();
    });
  });
}
