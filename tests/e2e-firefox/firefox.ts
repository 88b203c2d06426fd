// Launching Debian's Firefox ESR with the MV2 build installed as a temporary add-on, driven over WebDriver BiDi by
// puppeteer-core (Playwright's Firefox needs its own patched build, which cannot be downloaded here).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The production Firefox build (`npm run build:firefox`). */
export const extensionDir = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

/** Fixed, so extension pages have a known address (Firefox otherwise picks a random UUID per profile). */
const EXTENSION_UUID = '6a1f0c2e-5b7d-4c1e-9a3f-2d8e7b6c5a41';
/** Nothing listens here: every request a test does not answer itself fails at once instead of reaching out. */
const DEAD_PROXY = { host: '127.0.0.1', port: 9 };

export function assertPrerequisites(): void {
  if (!existsSync(firefoxPath)) {
    throw new Error(`Firefox not found at ${firefoxPath}: run "apt-get install firefox-esr" or set FIREFOX_PATH.`);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run "npm run build:firefox" first.`);
  }
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Polls `probe` until it returns something truthy; fails naming `what` and the last value or error seen. */
export async function until<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface SitePage {
  page: Page;
  /** Requests the test did not serve: the product makes none, so a test expects this to stay empty. */
  unexpectedRequests: string[];
}

export class Firefox {
  private constructor(readonly browser: Browser) {}

  static async launch(): Promise<Firefox> {
    assertPrerequisites();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      // Lets BiDi open moz-extension:// pages (the popup and options as tabs); web pages are unaffected.
      args: ['--remote-allow-system-access'],
      protocolTimeout: 30_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: EXTENSION_UUID }),
        // Closed network: everything goes to a proxy that is not there, unless a test answers it first.
        'network.proxy.type': 1,
        'network.proxy.http': DEAD_PROXY.host,
        'network.proxy.http_port': DEAD_PROXY.port,
        'network.proxy.ssl': DEAD_PROXY.host,
        'network.proxy.ssl_port': DEAD_PROXY.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // permissions.request (a Mastodon instance added in the options) is granted without the doorhanger that
        // headless Firefox cannot show: the user's "Allow".
        'extensions.webextOptionalPermissionPrompts': false,
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        'ui.systemUsesDarkTheme': 0,
      },
    });
    try {
      await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close();
      throw new Error(`Firefox refused the add-on at ${extensionDir}: ${(error as Error).message}`);
    }
    const firefox = new Firefox(browser);
    await firefox.closeWelcome();
    await firefox.openSidebarShadowForTests();
    return firefox;
  }

  /** What the welcome tab the add-on opened on install showed, read before the harness closed it. */
  welcomeOnInstall: { lang: string; heading: string } | null = null;

  /**
   * The add-on opens its welcome page on install. The specs share this browser and some need their own tab in front
   * (the time test), so the harness waits for it, notes what it showed (welcome.spec.ts checks that) and closes it.
   */
  private async closeWelcome(): Promise<void> {
    const url = this.extensionUrl('welcome.html');
    const welcome = await until(async () => {
      for (const page of await this.browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
      }
      return null;
    }, 'the welcome page to open on install', 20_000);
    this.welcomeOnInstall = await until(
      () => welcome.evaluate(() => (document.querySelector('h1') ? { lang: document.documentElement.lang, heading: document.querySelector('h1')?.textContent ?? '' } : null)),
      'the welcome page to render',
    );
    await welcome.close();
  }

  /**
   * The sidebar's shadow root is closed, and puppeteer's `>>>` pierces open roots only. As in the Chromium suite
   * (tests/e2e/sidebar-shadow.ts), the background is told to run one line in the content scripts' world of a frame
   * right before it loads the coach there, so that `<social-coach>` gets an open root. MV2 extension pages reach
   * their background page directly; the page used for it stays open in a tab of its own.
   */
  private async openSidebarShadowForTests(): Promise<void> {
    const page = await this.openExtensionPage('popup.html');
    await page.evaluate(() => {
      type Injection = chrome.scripting.ScriptInjection<unknown[], unknown>;
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const background = api.extension.getBackgroundPage() as unknown as { browser: ExtensionApi };
      const scripting = background.browser.scripting;
      const load = scripting.executeScript.bind(scripting) as (injection: Injection) => Promise<unknown>;
      const openRoots = () => {
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          return attach.call(this, this.localName === 'social-coach' ? { ...init, mode: 'open' } : init);
        };
      };
      Object.defineProperty(scripting, 'executeScript', {
        configurable: true,
        writable: true,
        value: async (injection: Injection) => {
          if (injection.files?.some((file) => file.includes('sidebar'))) await load({ target: injection.target, func: openRoots });
          return load(injection);
        },
      });
    });
  }

  /**
   * Firefox's idle service ignores the synthetic input WebDriver sends and counts idle time from the browser's start,
   * so a minute into a run the tracker would see nobody there and stop the clock. This resets it, as a real key
   * press does, through the browser window's privileged scope (allowed by --remote-allow-system-access).
   */
  async markUserActive(): Promise<void> {
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts[0]?.context;
    if (!context) throw new Error('No Firefox browser window to reset the idle time in');
    const { result } = await connection.send('script.evaluate', {
      expression: 'Cc["@mozilla.org/widget/useridleservice;1"].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0)',
      target: { context },
      awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(`Could not reset Firefox's idle time: ${JSON.stringify(result)}`);
  }

  extensionUrl(file: string): string {
    return `moz-extension://${EXTENSION_UUID}/${file}`;
  }

  /** Serves `html` at `url`'s real origin (every path of it), so the manifest's matches apply unchanged. */
  async openSite(url: string, html: string): Promise<SitePage> {
    const page = await this.browser.newPage();
    const origin = new URL(url).origin;
    const unexpectedRequests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const requested = new URL(request.url());
      if (requested.origin === origin && request.isNavigationRequest()) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        // Firefox asks for a favicon on its own; anything else would be the page's or the extension's doing.
        if (requested.pathname !== '/favicon.ico') unexpectedRequests.push(request.url());
        void request.respond({ status: 404, contentType: 'text/plain', body: '' });
      }
    });
    // Someone opening a site is there: the time tracker must not see an idle user.
    await this.markUserActive();
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    return { page, unexpectedRequests };
  }

  /**
   * Opens an extension page as a tab. BiDi sends no navigation events for extension documents, so the address
   * and readiness are polled instead of awaited.
   */
  async openExtensionPage(file: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = this.extensionUrl(file);
    await contextOf(page).navigate(url, 'none');
    await until(() => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url), `${file} to load`);
    return page;
  }

  /** Reloads an extension page (see openExtensionPage for why it polls). */
  async reloadExtensionPage(page: Page): Promise<void> {
    const before = await page.evaluate(() => performance.timeOrigin);
    await contextOf(page).reload({ wait: 'none' });
    await until(
      () => page.evaluate((previous) => performance.timeOrigin !== previous && document.readyState === 'complete', before),
      'the extension page to reload',
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The raw WebDriver BiDi connection puppeteer-core keeps (its `connection` getter), for Firefox-only commands. */
interface BidiConnection {
  send(method: 'browsingContext.getTree', params: object): Promise<{ result: { contexts: { context: string }[] } }>;
  send(method: 'script.evaluate', params: object): Promise<{ result: { type: string } }>;
}

/** puppeteer-core's BiDi browsing context of a page: its navigate/reload can return without waiting for events. */
interface BidiContext {
  navigate(url: string, wait: 'none'): Promise<void>;
  reload(options: { wait: 'none' }): Promise<void>;
}
function contextOf(page: Page): BidiContext {
  return (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
}

/** The extension's `browser` namespace (MV2: `browserAction`, not `action`), for code evaluated in extension pages. */
export type ExtensionApi = typeof chrome & { browserAction: typeof chrome.action };
