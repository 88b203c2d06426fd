import type { Worker } from '@playwright/test';

/**
 * What the service worker runs: wrap `chrome.scripting.executeScript` so that, right before the sidebar's script loads
 * in a frame, `attachShadow` there opens `<social-coach>`'s root. Plain JavaScript in a string, not a function: a
 * function would be serialised as its compiled text, and tsx (which runs `npm run bench:e2e`) compiles inner functions
 * with calls to an `__name` helper that neither the worker nor the page has.
 */
const OPEN_ROOTS_HOOK = `(() => {
  const scripting = chrome.scripting;
  if (scripting.socialCoachTestHook) return;
  const load = scripting.executeScript.bind(scripting);
  function openRoots() {
    const attach = Element.prototype.attachShadow;
    if (attach.openForTests) return;
    const opened = function (init) {
      return attach.call(this, this.localName === 'social-coach' ? { ...init, mode: 'open' } : init);
    };
    opened.openForTests = true;
    Element.prototype.attachShadow = opened;
  }
  Object.assign(scripting, {
    socialCoachTestHook: true,
    executeScript: async (injection) => {
      if (injection.files?.some((file) => file.includes('sidebar'))) await load({ target: injection.target, func: openRoots });
      return load(injection);
    },
  });
})()`;

/**
 * The sidebar's shadow root is closed, and Playwright's locators pierce open roots only. For the tests, the service
 * worker (a privileged context no page can reach) is told to run one line in the extension's isolated world of a
 * frame right before it loads the coach there: `attachShadow` on `<social-coach>` then makes an open root. The
 * production build is unchanged; specs that check what a page can see opt out (`test.use({ sidebarShadow: 'closed' })`).
 */
export async function openSidebarShadowForTests(worker: Worker): Promise<void> {
  await worker.evaluate(OPEN_ROOTS_HOOK);
}
