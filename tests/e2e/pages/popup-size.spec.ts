import { expect, test } from '../harness';
import { openPopupOverX, popupSize } from './popup-over-site';
import { seedStorage, weekOfData } from './seed';

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
      const size = await popupSize(page);
      expect(size.width).toBeLessThanOrEqual(800);
      expect(size.height).toBeLessThanOrEqual(600);
    });

    test('over a social site with a full content plan and every budget line on, the popup still fits', async ({ context, worker }) => {
      // The popup in a window of its own that does not take focus, over the X tab: this site's mode and pause show.
      const { popup } = await openPopupOverX(context, worker);
      const mode = locale === 'en' ? 'Mode on X' : 'Modus op X';
      await expect(popup.getByRole('group', { name: mode })).toBeVisible();
      await expect(popup.getByTestId('site-pause')).toBeVisible();
      for (const id of ['week-chart', 'posts', 'week-mix', 'week-balance', 'snoozes', 'work-allowance', 'site-limits', 'turned-back']) {
        await expect(popup.getByTestId(id)).toBeVisible();
      }
      // The mix folds to its heading and balance line; columns, networks and the fixed time are one click away.
      for (const id of ['week-topics', 'week-rhythm', 'week-fixed-time']) await expect(popup.getByTestId(id)).toBeHidden();
      const size = await popupSize(popup);
      console.log(`popup over X with a full plan (${locale}): ${size.width} × ${size.height} px, columns end at ${size.columns.join(' and ')} px`);
      expect(size.width).toBeLessThanOrEqual(800);
      expect(size.height).toBeLessThanOrEqual(600);
      await popup.getByTestId('week-mix').locator('summary').first().click();
      for (const id of ['week-topics', 'week-rhythm', 'week-fixed-time']) await expect(popup.getByTestId(id)).toBeVisible();
    });
  });
}
