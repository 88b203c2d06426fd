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
    });
  }
}
