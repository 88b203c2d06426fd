import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../lib/settings/migrations';
import { expect, test } from './harness';
import { inEveryLocaleAndScheme, screenshotPath, shootFullPage } from './screenshot-kit';
import { fullPlanData, seedStorage } from './pages/seed';
import { homeComposer, openXHome } from './sidebar/x-page';

/**
 * `npm run screenshots`: the popup over a social site (X) with a full content plan and every budget line on, as a
 * user sees it there (today's time, then this site's mode and "pause the coach here"), and paused; per language and
 * scheme. `SCREENSHOTS=1 npx playwright test tests/e2e/popup-screenshots.spec.ts --workers=1` for these alone.
 */
inEveryLocaleAndScheme((locale, scheme) => {
  test('popup over a site with a full plan, and paused', async ({ context, worker }) => {
    const { local, sync } = fullPlanData(Date.now(), SETTINGS_VERSION, DEFAULT_SETTINGS as unknown as Record<string, unknown>);
    await seedStorage(worker, local, sync);
    const site = await openXHome(context, { theme: scheme });
    await homeComposer(site).click();
    await site.bringToFront();
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), focused: false, type: 'popup', width: 800, height: 600 })),
    ]);
    await popup.emulateMedia({ colorScheme: scheme });
    // Short, so the full-page shot is as tall as the content, as Chrome sizes a popup.
    await popup.setViewportSize({ width: 760, height: 200 });
    await expect(popup.getByTestId('site-pause')).toBeVisible();
    await expect(popup.getByTestId('week-mix')).toBeVisible();
    await shootFullPage(popup, `popup-site-full-${locale}-${scheme}`);
    await popup.getByTestId('site-pause').getByRole('button').click();
    await expect(popup.getByTestId('site-pause')).toHaveAttribute('data-paused', 'true');
    await shootFullPage(popup, `popup-site-paused-${locale}-${scheme}`);
    await site.bringToFront();
    await expect(site.locator('social-coach .sc-sidebar')).toHaveAttribute('data-paused', 'true');
    await site.setViewportSize({ width: 1280, height: 720 });
    await site.screenshot({ path: screenshotPath(`sidebar-paused-${locale}-${scheme}`) });
  });
});
