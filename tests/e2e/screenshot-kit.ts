import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/** Where `npm run screenshots` writes its PNGs (made on first use of this module). */
export const SCREENSHOTS_DIR = path.resolve('screenshots');
mkdirSync(SCREENSHOTS_DIR, { recursive: true });

/** The path of the PNG called `name` in screenshots/. */
export const screenshotPath = (name: string) => path.join(SCREENSHOTS_DIR, `${name}.png`);

/** Waits until no suggestion is still settling: a shot before shows the dashed edge of one that just appeared. */
export async function settledChips(page: Page): Promise<void> {
  await expect(page.locator('[data-settled="false"]')).toHaveCount(0);
}

/** The whole page as one PNG, once its fonts are in (a shot before that shows fallback fonts). */
export async function shootFullPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await settledChips(page);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** Declares `tests` once per UI language and colour scheme, each in a browser launched in them. */
export function inEveryLocaleAndScheme(tests: (locale: 'en' | 'nl', scheme: 'light' | 'dark') => void): void {
  for (const locale of ['en', 'nl'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test.describe(`${locale} ${scheme}`, () => {
        test.use({ extensionLaunch: { locale, colorScheme: scheme } });
        tests(locale, scheme);
      });
    }
  }
}
