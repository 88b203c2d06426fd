import type { Worker } from '@playwright/test';

/**
 * The sidebar's shadow root is closed, and Playwright's locators pierce open roots only. For the tests, the service
 * worker (a privileged context no page can reach) is told to run one line in the extension's isolated world of a
 * frame right before it loads the coach there: `attachShadow` on `<social-coach>` then makes an open root. The
 * production build is unchanged; specs that check what a page can see opt out (`test.use({ sidebarShadow: 'closed' })`).
 */
export async function openSidebarShadowForTests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scripting = chrome.scripting as typeof chrome.scripting & { socialCoachTestHook?: boolean };
    if (scripting.socialCoachTestHook) return;
    const load = scripting.executeScript.bind(scripting) as (injection: chrome.scripting.ScriptInjection<unknown[], unknown>) => Promise<unknown>;
    const openRoots = () => {
      const attach = Element.prototype.attachShadow;
      if ((attach as { openForTests?: boolean }).openForTests) return;
      const opened = function (this: Element, init: ShadowRootInit) {
        return attach.call(this, this.localName === 'social-coach' ? { ...init, mode: 'open' } : init);
      };
      Object.assign(opened, { openForTests: true });
      Element.prototype.attachShadow = opened;
    };
    Object.assign(scripting, {
      socialCoachTestHook: true,
      executeScript: async (injection: chrome.scripting.ScriptInjection<unknown[], unknown>) => {
        if (injection.files?.some((file) => file.includes('sidebar'))) await load({ target: injection.target, func: openRoots });
        return load(injection);
      },
    });
  });
}
