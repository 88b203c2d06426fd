import type { BrowserContext, Worker } from '@playwright/test';
import { expect, extensionDir, test } from './harness';
import { inEveryLocaleAndScheme, screenshotPath, shootFullPage } from './screenshot-kit';
import { buildWithTestKey, installPolicy, policyUnavailable, removePolicy } from './pages/managed-policy';
import { openPopupOverX } from './pages/popup-over-site';

/** The popup over X with a full plan (pages/popup-over-site.ts), in `scheme`. */
async function popupOverX(context: BrowserContext, worker: Worker, scheme: 'light' | 'dark') {
  const { site, popup } = await openPopupOverX(context, worker, { theme: scheme });
  await popup.emulateMedia({ colorScheme: scheme });
  // Short, so the full-page shot is as tall as the content, as Chrome sizes a popup.
  await popup.setViewportSize({ width: 760, height: 200 });
  return { site, popup };
}

const unavailable = policyUnavailable();

/**
 * `npm run screenshots`: the popup over a social site (X) with a full content plan and every budget line on, as a
 * user sees it there (today's time, then this site's mode and "pause the coach here"), and paused; per language and
 * scheme. `SCREENSHOTS=1 npx playwright test tests/e2e/popup-screenshots.spec.ts --workers=1` for these alone.
 */
inEveryLocaleAndScheme((locale, scheme) => {
  test('popup over a site with a full plan, and paused', async ({ context, worker }) => {
    const { site, popup } = await popupOverX(context, worker, scheme);
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

  // X's mode set and locked by the organisation, with a real policy for the test-key build (pages/managed-policy.ts).
  test.describe('with a locked mode', () => {
    test.skip(unavailable !== null, unavailable ?? '');
    test.use({ extensionLaunch: { locale, colorScheme: scheme, extensionDir: `${extensionDir}-policy-test` } });
    test.beforeAll(() => void buildWithTestKey());
    test.beforeEach(() => installPolicy({ platformModes: { x: 'personal' }, locked: ['platformModes'] }));
    test.afterEach(() => removePolicy());

    test('popup over a site whose mode the organisation locked', async ({ context, worker }) => {
      const { popup } = await popupOverX(context, worker, scheme);
      await expect(popup.locator('.pp-mode [data-locked="platformModes"]')).toHaveText(locale === 'en' ? 'Set by your organisation' : 'Ingesteld door je organisatie');
      await expect(popup.locator('.pp-mode [data-mode-option="work"]')).toBeDisabled();
      await shootFullPage(popup, `popup-site-locked-${locale}-${scheme}`);
    });
  });
});
