// What the Firefox specs read from pages: the coach's open shadow root, and the extension's own storage.
import type { Page } from 'puppeteer-core';
import { readFixture } from '../e2e/browser';
import { until, type ExtensionApi } from './firefox';

declare const browser: ExtensionApi;

/** A site fixture exactly as the Chromium suite serves it (tests/e2e/fixtures/sites). */
export function readSiteFixture(file: string): string {
  return readFixture(`sites/${file}`);
}

/**
 * Waits for `selector` (puppeteer syntax, `>>>` pierces shadow roots) and clicks it. Polls rather than
 * waitForSelector, whose mutation observer never sees changes inside a shadow root such as the coach's.
 */
export async function clickWhenThere(page: Page, selector: string): Promise<void> {
  const element = await until(() => page.$(selector), `${selector} to click`);
  await element.click();
}

/**
 * Clicks a suggestion or "Ignore" once it stood still: a pointer click on one that just appeared or moved does
 * nothing (components/coach/use-settle-guard.ts), so the spec waits for `data-settled` as a user's eye would.
 */
export async function clickWhenSettled(page: Page, selector: string): Promise<void> {
  const element = await until(async () => {
    const found = await page.$(selector);
    return found && (await found.evaluate((el) => (el as HTMLElement).dataset.settled === 'true')) ? found : null;
  }, `${selector} to stand still, to click`);
  await element.click();
}

export interface CoachState {
  platform: string | null;
  rules: string[];
}

/** The mounted `<social-coach>`: its platform and the rules of the findings it shows (null when not mounted). */
export function coachState(page: Page): Promise<CoachState | null> {
  return page.evaluate(() => {
    const root = document.querySelector('social-coach')?.shadowRoot;
    const sidebar = root?.querySelector('.sc-sidebar');
    if (!root || !sidebar) return null;
    const rules = [...root.querySelectorAll('[data-rule]')].map((finding) => finding.getAttribute('data-rule') ?? '');
    return { platform: sidebar.getAttribute('data-platform'), rules };
  });
}

/** Waits until the coach shows `rule` (or, with `present` false, no longer shows it); returns what it shows. */
export function coachShows(page: Page, rule: string, present = true): Promise<CoachState> {
  return until(
    async () => {
      const state = await coachState(page);
      return state && state.rules.includes(rule) === present ? state : null;
    },
    `the coach ${present ? 'to show' : 'to drop'} the "${rule}" finding`,
  );
}

/** The running time segment the background keeps in session storage, read from an extension page. */
export function openSegment(extensionPage: Page): Promise<{ startedAt: number; platform: string } | null> {
  return extensionPage.evaluate(async () => {
    const { openSegment } = await browser.storage.session.get('openSegment');
    return (openSegment ?? null) as { startedAt: number; platform: string } | null;
  });
}

/** Active time counted so far over every stored day. */
export function countedMs(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    const { usage } = await browser.storage.local.get('usage');
    return Object.values((usage ?? {}) as Record<string, { activeMs: number }>).reduce((sum, day) => sum + day.activeMs, 0);
  });
}
