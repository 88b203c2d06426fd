import type { BrowserContext, Worker } from '@playwright/test';
import { expect, openExtensionPage, test } from '../harness';
import { homeComposer, openXHome } from '../sidebar/x-page';

/**
 * An organisation's locked budget. Debian's Chromium reads policy only from /etc/chromium/policies/managed, a
 * root-owned path compiled into the browser (no switch or profile location in release builds), and a file there
 * applies to every Chromium on the machine. So the browser's managed storage is faked at the storage boundary:
 * `chrome.storage.managed.get` answers with the policy an administrator would set, in the extension's pages and its
 * service worker, and everything above it (settings, options, popup, sidebar, background) is the real build.
 */
const POLICY = { dailyMinutes: 20, timesUp: 'soft-block', locked: ['dailyMinutes'] };

async function managedPolicy(context: BrowserContext, worker: Worker): Promise<void> {
  const fake = (policy: typeof POLICY) => {
    if (typeof chrome === 'undefined' || !chrome.storage?.managed) return;
    Object.assign(chrome.storage.managed, { get: async () => structuredClone(policy) });
  };
  await context.addInitScript(fake, POLICY);
  await worker.evaluate(fake, POLICY);
}

test('a budget the organisation locked is in force everywhere and marked in the options, which cannot change it', async ({ context, worker, extensionId }) => {
  await managedPolicy(context, worker);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const minutes = options.getByLabel('Minutes per day');
  await expect(minutes).toHaveValue('20');
  await expect(minutes).toBeDisabled();
  await expect(options.locator('[data-locked="dailyMinutes"]')).toHaveText('Set by your organisation');
  await expect(options.getByTestId('policy-note')).toContainText('Nothing about you goes to your organisation');
  // set but not locked: the user may change it
  await expect(options.getByLabel('Cover the feed with a calm screen (you can snooze it)')).toBeEnabled();

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('minutes-left')).toHaveText('20 minutes left');

  const page = await openXHome(context);
  await homeComposer(page).click();
  await expect(page.locator('social-coach').getByText('0 of 20 minutes used today')).toBeVisible({ timeout: 30_000 });
  // Nothing of the policy is written into the user's own settings.
  const stored = await worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { budget?: { dailyMinutes?: number } } | undefined)?.budget?.dailyMinutes);
  expect(stored).not.toBe(20);
});
