import { expect, test } from './harness';
import { inEveryLocaleAndScheme, shootFullPage } from './screenshot-kit';
import { seedStorage, weekOfData } from './pages/seed';

/** `npm run screenshots`: the popup (empty and with a week of data), options, practice, sources and welcome, per language and scheme. */

inEveryLocaleAndScheme((locale, scheme) => {
  test('popup, options and practice', async ({ context, extensionId, worker }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    // Short, so the full-page shot is as tall as the content, as Chrome sizes a popup.
    await page.setViewportSize({ width: 760, height: 200 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('first-day')).toBeVisible();
    await shootFullPage(page, `popup-empty-${locale}-${scheme}`);

    await seedStorage(worker, weekOfData(Date.now()));
    await page.reload();
    await expect(page.getByTestId('week-chart')).toBeVisible();
    await shootFullPage(page, `popup-week-${locale}-${scheme}`);

    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByTestId('budget-minutes')).toBeVisible();
    await shootFullPage(page, `options-${locale}-${scheme}`);

    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/practice.html`);
    await page.locator('[data-example="hashtag-wall"]').click();
    await expect(page.getByTestId('draft')).not.toHaveValue('');
    await shootFullPage(page, `practice-${locale}-${scheme}`);
  });

  test('sources page, opened at a passage', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/sources.html#p004-er-zijn-grenzen`);
    await expect(page.locator('#p004-er-zijn-grenzen')).toBeFocused();
    await shootFullPage(page, `sources-${locale}-${scheme}`);
  });

  test('welcome page at 1024, 1280 and 1920 px', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(page.getByTestId('welcome-save')).toBeVisible();
      await shootFullPage(page, `welcome-${locale}-${scheme}-${width}`);
    }
    await page.getByTestId('welcome-save').click();
    await expect(page.getByTestId('welcome-practice')).toBeVisible();
    await shootFullPage(page, `welcome-done-${locale}-${scheme}`);
  });
});
