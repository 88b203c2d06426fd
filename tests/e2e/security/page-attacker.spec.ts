import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { evaluateInExtensionWorld } from '../extension-world';
import { budgetAt, budgetRequests, fakeBudgetBackground, pushBudget } from '../sidebar/fake-budget';
import { updateStoredSettings } from '../sidebar/stored-settings';
import { homeComposer, openXHome, typeDraft } from '../sidebar/x-page';
import { publishedReports, spyOnBackground } from '../sites/site-page';

// The production build's closed root, without the tests' hook that opens it for Playwright's locators.
test.use({ sidebarShadow: 'closed' });

/** The sidebar's text, read where only the extension can read it: its own isolated world (chrome.dom). */
const sidebarTextFromExtension = (page: Page) =>
  evaluateInExtensionWorld<string>(
    page,
    `(() => { const host = document.querySelector('social-coach'); return host ? (chrome.dom.openOrClosedShadowRoot(host)?.textContent ?? '') : ''; })()`,
  );

/** Where a button inside the sidebar is on screen, found from the extension's world: for a real, trusted click. */
async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return evaluateInExtensionWorld(
    page,
    `(() => {
      const box = chrome.dom.openOrClosedShadowRoot(document.querySelector('social-coach')).querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    })()`,
  );
}

/** What a script does when it reached into the sidebar: a synthetic click(), which the browser marks untrusted. */
const syntheticClickInSidebar = (page: Page, selector: string) =>
  evaluateInExtensionWorld<boolean>(
    page,
    `(() => { const button = chrome.dom.openOrClosedShadowRoot(document.querySelector('social-coach')).querySelector(${JSON.stringify(selector)}); button?.click(); return !!button; })()`,
  );

test('the page can neither read the sidebar nor reach into it', async ({ context, worker }) => {
  await fakeBudgetBackground(worker, budgetAt('over', 31));
  const page = await openXHome(context);
  await typeDraft(page, 'Client meeting went well today');
  await expect(page.locator('social-coach')).toBeAttached();
  // The sidebar is there and says it (read from the extension's own world)...
  await expect.poll(() => sidebarTextFromExtension(page)).toContain('31 of 30 minutes used today');
  // ...but the page's scripts get no root, no text and no buttons.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('social-coach') as HTMLElement;
    return {
      shadowRoot: host.shadowRoot === null ? 'none' : 'readable',
      hostText: host.textContent,
      hostInnerText: host.innerText,
      bodyText: document.body.innerText.includes('minutes used today'),
      buttons: host.querySelectorAll('button').length,
    };
  });
  console.log('what the page sees of <social-coach>:', seen);
  expect(seen).toEqual({ shadowRoot: 'none', hostText: '', hostInnerText: '', bodyText: false, buttons: 0 });
  // Playwright's own locators (which pierce open roots) find nothing inside either.
  await expect(page.locator('social-coach .sc-sidebar')).toHaveCount(0);
});

test('a synthetic click changes no time or budget: finish-post and snooze only follow a real click', async ({ context, worker }) => {
  await fakeBudgetBackground(worker, budgetAt('ok', 10));
  await updateStoredSettings(worker, { budget: { timesUp: 'soft-block' } });
  const page = await openXHome(context);
  await typeDraft(page, 'Almost done with this');
  await pushBudget(worker, budgetAt('over', 30));
  await expect.poll(() => sidebarTextFromExtension(page)).toContain('Your social time for today is up');

  expect(await syntheticClickInSidebar(page, '[data-choice="finish-post"]')).toBe(true);
  await page.waitForTimeout(300);
  expect(await budgetRequests(worker)).not.toContain('cs-bg:finish-post');
  const finish = await centerOf(page, '[data-choice="finish-post"]');
  await page.mouse.click(finish.x, finish.y);
  await expect.poll(() => budgetRequests(worker)).toContain('cs-bg:finish-post');

  await pushBudget(worker, budgetAt('over', 36, { blocked: true, canExtend: false }));
  await expect.poll(() => sidebarTextFromExtension(page)).toContain('more minutes');
  expect(await syntheticClickInSidebar(page, '[data-choice="snooze"]')).toBe(true);
  await page.waitForTimeout(300);
  expect(await budgetRequests(worker)).not.toContain('cs-bg:snooze');
  const snooze = await centerOf(page, '[data-choice="snooze"]');
  await page.mouse.click(snooze.x, snooze.y);
  await expect.poll(() => budgetRequests(worker)).toContain('cs-bg:snooze');
});

test("the page's synthetic clicks on its own Post button count no post and send no text", async ({ context, worker }) => {
  await spyOnBackground(worker);
  const page = await openXHome(context);
  await typeDraft(page, 'Five posts that never were');
  await expect(page.locator('social-coach')).toBeAttached();
  await page.evaluate(async () => {
    const editor = document.querySelector('#primary [data-testid="tweetTextarea_0"]') as HTMLElement;
    for (let i = 0; i < 5; i += 1) {
      (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (!editor.textContent) break;
    }
  });
  await expect.poll(() => homeComposer(page).textContent()).toBe('');
  await page.waitForTimeout(500);
  expect(await publishedReports(worker)).toEqual([]);
  // The user's own click still counts.
  await typeDraft(page, 'One real post');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => publishedReports(worker)).toHaveLength(1);
});
