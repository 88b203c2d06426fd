import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect, readFixture, serveHtml } from '../harness';
import { originPattern } from './composers';

/** Serves a fixture of tests/e2e/fixtures/sites at the site's real origin and opens it. */
export async function openSite(context: BrowserContext, file: string, url: string): Promise<Page> {
  await serveHtml(context, originPattern(url), readFixture(`sites/${file}`));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export const coach = (page: Page) => page.locator('social-coach');
export const finding = (page: Page, category: string) => coach(page).locator(`[data-category="${category}"]`);

/**
 * A suggestion or "Ignore" once it stood still: a pointer click on one that just appeared or moved does nothing
 * (components/coach/use-settle-guard.ts), so a spec waits for `data-settled` as a user's eye waits for the list.
 */
export const settled = (control: Locator) => control.and(control.page().locator('[data-settled="true"]'));

/** Replaces the whole draft with real key presses, as a user fixing it would. */
export async function retype(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** The draft as the page's own editor holds it: textarea value, or one line per paragraph/Draft block. */
export function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) return el.value;
    const blocks = el.querySelectorAll('[data-block="true"]');
    const lines = blocks.length > 0 ? [...blocks] : [...el.querySelectorAll('p')];
    return lines.map((line) => line.textContent).join('\n');
  });
}

/**
 * Types `text`, snapshots the editor DOM before the (debounced) analysis lands, waits for the sidebar to show
 * `category`, and checks that reading the draft changed not a byte of the editor.
 */
export async function typeAndExpectUntouched(page: Page, editor: Locator, text: string, category: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
  const before = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerHTML));
  await expect(finding(page, category).first()).toBeVisible();
  const after = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerHTML));
  expect(after).toBe(before);
}

/** The text selected in the page, also inside an open shadow root (LinkedIn). */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLTextAreaElement) return active.value.slice(active.selectionStart, active.selectionEnd);
    const root = active?.getRootNode() as (Document & { getSelection?: () => Selection | null }) | undefined;
    return (root?.getSelection?.() ?? getSelection())?.toString() ?? '';
  });
}

/** Records the messages the background receives, to see the content script's publish reports. */
export async function spyOnBackground(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(globalThis, { sitesSeenMessages: seen });
    chrome.runtime.onMessage.addListener((message) => {
      seen.push(message);
    });
  });
}

export const publishedReports = (worker: Worker) =>
  worker.evaluate(() =>
    (globalThis as unknown as { sitesSeenMessages: { type: string; data: { platform: string; text: string } }[] }).sitesSeenMessages
      .filter((message) => message.type === 'cs-bg:published')
      .map((message) => message.data),
  );

/**
 * The editor's DOM after the same steps on a copy of the fixture at an origin the extension does not run on: what
 * the page alone makes of the typing, to compare byte for byte with the coached page.
 */
export async function editorHtmlWithoutExtension(
  context: BrowserContext,
  file: string,
  path: string,
  steps: (page: Page) => Promise<Locator>,
): Promise<string> {
  const page = await openSite(context, file, `https://uncoached.example${path}`);
  const editor = await steps(page);
  await page.waitForTimeout(300);
  await expect(coach(page)).toHaveCount(0);
  const html = await editor.evaluate((el) => el.innerHTML);
  await page.close();
  return html;
}
