import type { BrowserContext, Page, Worker } from '@playwright/test';
import { evaluateInExtensionWorld } from '../extension-world';
import { expect, test } from '../harness';
import { homeComposer, openXHome, typeDraft } from '../sidebar/x-page';

/** The popup in a window of its own that does not take focus: the X tab stays the last focused window's tab. */
async function openPopup(context: BrowserContext, worker: Worker, over: Page): Promise<Page> {
  await over.bringToFront();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), focused: false, type: 'popup', width: 760, height: 600 })),
  ]);
  return popup;
}

const storedPauses = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.local.get('sitePauses')).sitePauses ?? {});

test('"pause the coach here" in the popup folds the sidebar on every open tab of the site at once, and it turns back on', async ({ context, worker }) => {
  const page = await openXHome(context);
  await typeDraft(page, 'Mooie dag gehad #love #instagood #photooftheday #happy');
  const sidebar = page.locator('social-coach .sc-sidebar');
  await expect(page.locator('social-coach [data-rule="hashtags"]')).toBeVisible();
  // A second X tab, open but not in front: it must follow too.
  const other = await openXHome(context);
  await homeComposer(other).click();
  await expect(other.locator('social-coach .sc-sidebar')).toHaveAttribute('data-platform', 'x');

  const popup = await openPopup(context, worker, page);
  const modeGroup = popup.getByRole('group', { name: 'Mode on X' });
  const pause = popup.getByRole('button', { name: 'Pause the coach here today' });
  await expect(pause).toBeVisible();
  // Today's time first, then this site's mode, then the pause.
  const order = await popup.evaluate(() => {
    const today = document.querySelector('[data-testid="today"]')!;
    const mode = document.querySelector('[role="group"][aria-label="Mode on X"]')!;
    const pause = document.querySelector('[data-testid="site-pause"]')!;
    return [today.compareDocumentPosition(mode), mode.compareDocumentPosition(pause)].map((bits) => (bits & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  });
  expect(order).toEqual([true, true]);
  await expect(modeGroup).toBeVisible();
  await pause.click();

  for (const tab of [page, other]) {
    await expect(tab.locator('social-coach .sc-sidebar')).toHaveAttribute('data-paused', 'true');
    await expect(tab.locator('social-coach .sc-sidebar')).toContainText('Coach paused here until midnight');
    await expect(tab.locator('social-coach .sc-coach')).toHaveCount(0);
  }
  await expect(page.locator('social-coach [data-rule]')).toHaveCount(0);
  const today = await page.evaluate(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10));
  expect(await storedPauses(worker)).toEqual({ x: today });
  await expect(popup.getByTestId('site-pause')).toContainText('Paused on X until midnight');

  // Typing while paused draws no nudges.
  await page.bringToFront();
  await homeComposer(page).click();
  await page.keyboard.type(' #more #tags');
  await expect(page.locator('social-coach .sc-coach')).toHaveCount(0);

  // Back on from the sidebar's own tab: the coach and its nudges return, on the other tab too, and the popup sees it.
  await sidebar.getByRole('button', { name: 'Turn back on' }).click();
  await expect(page.locator('social-coach [data-rule="hashtags"]')).toBeVisible();
  await expect(other.locator('social-coach .sc-sidebar')).not.toHaveAttribute('data-paused', 'true');
  await expect.poll(() => storedPauses(worker)).toEqual({});
  await expect(popup.getByRole('button', { name: 'Pause the coach here today' })).toBeVisible();

  // And paused and back on from the popup alone.
  await popup.getByRole('button', { name: 'Pause the coach here today' }).click();
  await expect(sidebar).toHaveAttribute('data-paused', 'true');
  await popup.getByRole('button', { name: 'Turn back on' }).click();
  await expect(page.locator('social-coach [data-rule="hashtags"]')).toBeVisible();
});

test('a content script cannot pause the coach: only the popup (an extension page) may ask the background', async ({ context, worker }) => {
  const page = await openXHome(context);
  await homeComposer(page).click();
  await expect(page.locator('social-coach .sc-sidebar')).toHaveAttribute('data-placement', 'panel');
  // The content script's own world asks the background to pause X, as a compromised renderer could: refused.
  const answer = await evaluateInExtensionWorld<string>(
    page,
    `(async () => {
      const answer = await chrome.runtime.sendMessage({ id: 1, type: 'page-bg:set-site-pause', data: { platform: 'x', paused: true }, timestamp: Date.now() });
      return answer && answer.err ? 'refused: ' + answer.err.message : 'done';
    })()`,
  );
  expect(answer).toContain('wrong sender');
  expect(await storedPauses(worker)).toEqual({});
  await expect(page.locator('social-coach .sc-sidebar')).not.toHaveAttribute('data-paused', 'true');
});
