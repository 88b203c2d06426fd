import { expect, test } from '../harness';
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
      const size = await page.evaluate(() => ({ width: document.body.offsetWidth, height: document.documentElement.scrollHeight }));
      expect(size.width).toBeLessThanOrEqual(800);
      expect(size.height).toBeLessThanOrEqual(600);
    });
  });
}
