import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { updateStoredSettings } from './sidebar/stored-settings';
import { openXHome, typeDraft } from './sidebar/x-page';

/** `npm run screenshots`: the budget's screens (popup with its rules, soft block, intention pause) per language and scheme. */

const OUT_DIR = path.resolve('screenshots');
mkdirSync(OUT_DIR, { recursive: true });

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT_DIR, `${name}.png`) });

/** The budget section's per-network limits and quiet hours, as one picture. */
async function limitsClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const top = await page.getByTestId('site-limits').boundingBox();
  const bottom = await page.getByTestId('quiet-hours').boundingBox();
  if (!top || !bottom) throw new Error('no limits in the options');
  return { x: 0, y: top.y - 8, width: page.viewportSize()?.width ?? 1280, height: bottom.y + bottom.height - top.y + 16 };
}

for (const locale of ['en', 'nl'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ extensionLaunch: { locale, colorScheme: scheme } });

      test('budget: popup, soft block and intention pause', async ({ context, extensionId, worker }) => {
        test.setTimeout(90_000);
        await updateStoredSettings(worker, {
          // X personal: every network starts in work mode, and work writing here has its own allowance.
          platformModes: { x: 'personal', linkedin: 'work' },
          budget: { dailyMinutes: 1, timesUp: 'soft-block', workWriting: 'own', workMinutes: 30, intentionPause: true },
        });
        // Only a step that read these settings shows a one-minute budget on the badge.
        await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 30_000 }).toBe('1');
        await worker.evaluate(async () => {
          const key = new Date().toLocaleDateString('sv-SE');
          const day = { activeMs: 50_000, byPlatform: { x: 40_000, linkedin: 10_000 }, byMode: { work: 10_000, personal: 40_000 }, byActivity: { reading: 40_000, writing: 10_000 }, workWritingMs: 10_000, snoozes: 1, turnedBack: 2 };
          await chrome.storage.local.set({ usage: { [key]: day } });
        });
        const pausePage = await openXHome(context, { theme: scheme });
        const pause = pausePage.locator('social-coach').getByRole('dialog');
        await expect(pause).toBeVisible({ timeout: 30_000 });
        await shoot(pausePage, `pause-${locale}-${scheme}`);
        await pause.locator('[data-choice="go-on"]').click({ timeout: 10_000 });

        await typeDraft(pausePage, locale === 'nl' ? 'Nog even dit bericht afmaken' : 'Just finishing this post');
        await expect(pausePage.locator('social-coach').locator('.sc-block__card')).toBeVisible({ timeout: 30_000 });
        await shoot(pausePage, `soft-block-${locale}-${scheme}`);

        const popup = await context.newPage();
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.setViewportSize({ width: 760, height: 600 });
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await expect(popup.getByTestId('snoozes')).toBeVisible();
        await shoot(popup, `popup-budget-${locale}-${scheme}`);
      });

      test('budget: a network\'s own limit, quiet hours and their options', async ({ context, extensionId, worker }) => {
        test.setTimeout(90_000);
        const until = await worker.evaluate(() => new Date(Date.now() + 60 * 60_000).toTimeString().slice(0, 5));
        await updateStoredSettings(worker, { budget: { siteMinutes: { x: 10, linkedin: 0, facebook: 0, instagram: 0, threads: 0, bluesky: 0, mastodon: 0 } } });
        await worker.evaluate(async () => {
          const key = new Date().toLocaleDateString('sv-SE');
          const day = { activeMs: 11 * 60_000, byPlatform: { x: 11 * 60_000 }, byMode: { work: 0, personal: 11 * 60_000 }, byActivity: { reading: 11 * 60_000, writing: 0 }, workWritingMs: 0, snoozes: 0, turnedBack: 0 };
          await chrome.storage.local.set({ usage: { [key]: day } });
        });
        const page = await openXHome(context, { theme: scheme });
        const card = page.locator('social-coach').locator('.sc-block__card');
        await expect(card).toHaveAttribute('data-reason', 'site', { timeout: 30_000 });
        await shoot(page, `site-limit-${locale}-${scheme}`);

        const from = await worker.evaluate(() => new Date(Date.now() - 60 * 60_000).toTimeString().slice(0, 5));
        await updateStoredSettings(worker, { budget: { quietHours: { on: true, from, to: until } } });
        await expect(card).toHaveAttribute('data-reason', 'quiet', { timeout: 30_000 });
        await shoot(page, `quiet-hours-${locale}-${scheme}`);

        const options = await context.newPage();
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        const limits = options.getByTestId('site-limits');
        await limits.scrollIntoViewIfNeeded();
        await options.screenshot({ path: path.join(OUT_DIR, `options-limits-${locale}-${scheme}.png`), clip: await limitsClip(options) });
      });
    });
  }
}
