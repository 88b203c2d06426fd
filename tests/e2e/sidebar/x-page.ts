import type { BrowserContext, Page } from '@playwright/test';
import { readFixture, serveHtml } from '../harness';

/** Records every key the page itself hears on document, the way X's global shortcuts listen. */
const SITE_SHORTCUT_SPY = `<script>window.siteKeys = []; document.addEventListener('keydown', (e) => window.siteKeys.push(e.key));</script>`;

/** X paints its body in every theme: white, or black for "Lights out". */
const THEME_STYLE = {
  light: '<style>body { background: rgb(255, 255, 255); color: #0f1419; }</style>',
  dark: '<style>body { background: rgb(0, 0, 0); color: #e7e9ea; }</style>',
};

/** The sites helper's x.com fixture, with the shortcut spy and, optionally, a theme painted on the page. */
export async function openXHome(context: BrowserContext, options: { theme?: keyof typeof THEME_STYLE } = {}): Promise<Page> {
  const style = options.theme ? THEME_STYLE[options.theme] : '';
  const html = readFixture('sites/x.html').replace('</head>', `${style}${SITE_SHORTCUT_SPY}</head>`);
  await serveHtml(context, 'https://x.com/home', html);
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  return page;
}

/** The inline "What's happening?" box, which mounts late like the real one. */
export const homeComposer = (page: Page) => page.locator('#primary [data-testid="tweetTextarea_0"]');

/** The draft as the fixture's editor model holds it (Draft.js blocks joined by newlines). */
export const draftText = (page: Page) =>
  homeComposer(page).evaluate((editor) => [...editor.querySelectorAll('[data-block="true"]')].map((block) => block.textContent).join('\n'));

export async function typeDraft(page: Page, text: string): Promise<void> {
  await homeComposer(page).click();
  await page.keyboard.type(text);
}

export async function replaceDraft(page: Page, text: string): Promise<void> {
  await homeComposer(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The element focused inside the sidebar's shadow root, described by its text. */
export const focusedInSidebar = (page: Page) =>
  page.evaluate(() => document.querySelector('social-coach')?.shadowRoot?.activeElement?.textContent?.trim() ?? null);
