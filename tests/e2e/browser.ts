// Launching Chromium with the built extension: shared by the Playwright specs and the benchmark scripts.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withEditorBundles } from './editors/bundle';

/** The production build (never -dev: dev builds keep the worker alive and hide MV3 bugs). */
export const extensionDir = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertPrerequisites(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run "apt-get install chromium" or set CHROMIUM_PATH.`);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run "npm run build" first.`);
  }
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'nl' or 'en-US'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Another build to load instead of the production one (the policy spec's copy with its own id). */
  extensionDir?: string;
  /**
   * The welcome page opens on install in every fresh profile. 'close' (the default) waits for it and closes it
   * before the test starts, so no spec finds an extra tab in front of its own; 'keep' leaves it for the welcome spec.
   */
  welcome?: 'close' | 'keep';
}

const isWelcome = (page: Page) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(page.url());

/** The welcome tab the extension opened on install (polled: its first 'page' event can come before its address). */
export async function waitForWelcome(context: BrowserContext, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const welcome = context.pages().find(isWelcome);
    if (welcome) return welcome;
    if (Date.now() > deadline) throw new Error(`The welcome page did not open on install within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts Chromium with the extension loaded and every network request refused unless a test serves it. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  assertPrerequisites();
  const locale = options.locale ?? 'en-US';
  const dir = options.extensionDir ?? extensionDir;
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Closed network: anything not served by a test is refused. Routes added later take precedence.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  if ((options.welcome ?? 'close') === 'close') await (await waitForWelcome(context)).close();
  return context;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Serves `html` at a real origin, so the production manifest's matches apply unchanged. */
export async function serveHtml(context: BrowserContext, url: string | RegExp, html: string): Promise<void> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

export function readFixture(relativePath: string): string {
  return withEditorBundles(readFileSync(path.resolve('tests/e2e/fixtures', relativePath), 'utf8'));
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return page;
}

/** Console errors and uncaught exceptions of a page, for "renders without errors" checks. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

