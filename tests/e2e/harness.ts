import { test as base, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf, type LaunchOptions } from './browser';
import { openSidebarShadowForTests } from './sidebar-shadow';

export * from './browser';

interface Fixtures {
  extensionLaunch: LaunchOptions;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Network requests the extension itself started: the product makes none, ever. */
  extensionRequests: string[];
  /**
   * 'open-for-tests' (the default) lets Playwright's locators into the sidebar (see sidebar-shadow.ts); 'closed'
   * keeps the production build's closed root, for specs that check what a page can see.
   */
  sidebarShadow: 'open-for-tests' | 'closed';
  sidebarShadowHook: void;
}

export const test = base.extend<Fixtures>({
  extensionLaunch: [{}, { option: true }],
  context: async ({ extensionLaunch }, use) => {
    const context = await launchWithExtension(extensionLaunch);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  sidebarShadow: ['open-for-tests', { option: true }],
  sidebarShadowHook: [
    async ({ context, sidebarShadow }, use) => {
      if (sidebarShadow === 'open-for-tests') await openSidebarShadowForTests(await serviceWorkerOf(context));
      await use();
    },
    { auto: true },
  ],
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  extensionRequests: [
    async ({ context }, use) => {
      const watch = watchNetworkRequests(context);
      await use(watch.requests);
      watch.stop();
      if (watch.requests.length > 0) throw new Error(`Unexpected network requests:\n${watch.requests.join('\n')}`);
    },
    { auto: true },
  ],
});

/**
 * Records every network request apart from page loads. Fixture pages are self-contained (inline scripts and
 * styles), so anything recorded is the extension's own, and the product makes none, ever.
 */
function watchNetworkRequests(context: BrowserContext): { requests: string[]; stop(): void } {
  const requests: string[] = [];
  const record = (request: Request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url) || request.isNavigationRequest()) return;
    requests.push(url);
  };
  context.on('request', record);
  return { requests, stop: () => context.off('request', record) };
}

export const expect = test.expect;
