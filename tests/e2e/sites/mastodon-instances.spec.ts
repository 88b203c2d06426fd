import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SETTINGS_VERSION } from '../../../lib/settings/migrations';
import { expect, openExtensionPage, test } from '../harness';
import { openSegment } from '../time/tracker-helpers';
import { coach, finding, openSite } from './site-page';

const INSTANCE = 'mastodon.nl';
const OTHER = 'toot.community';
const area = (page: Page) => page.locator('#mastodon form.compose-form textarea');

/** The one dynamic script the background keeps registered, as Chrome reports it. */
const registeredScripts = (worker: Worker) => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

const hasPermission = (worker: Worker, permissions: chrome.permissions.Permissions) =>
  worker.evaluate((asked) => chrome.permissions.contains(asked), permissions);

async function addInOptions(options: Page, typed: string, host: string): Promise<void> {
  await options.getByLabel('Instance address').fill(typed);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.locator('#op-instance-status')).toHaveText(`${host} added. Reload its tab to see the coach there.`);
}

/**
 * What a user does in chrome://extensions → Details → Site access → "Add a site": a runtime host grant, with no
 * prompt. Tests cannot answer the permissions.request prompt, but with the host already granted the options
 * page's request for it is granted without one, through the real code path.
 */
async function allowSiteInExtensionSettings(context: BrowserContext, extensionId: string, host: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(
    ({ id, origin }) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id, origin),
    { id: extensionId, origin: `https://${host}/*` },
  );
  await page.close();
}

test('a listed instance without its permission gets no sidebar and no registered script', async ({ context, worker }) => {
  // Settings synced from another browser can list an instance this browser never granted.
  await worker.evaluate(
    ({ host, version }) => chrome.storage.sync.set({ settings: { mastodonInstances: [host] }, settings$: { v: version } }),
    { host: INSTANCE, version: SETTINGS_VERSION },
  );
  const page = await openSite(context, 'mastodon.html', `https://${INSTANCE}/home`);
  await area(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await page.waitForTimeout(500);
  await expect(coach(page)).toHaveCount(0);
  // Nor does the clock run: without the host permission the background cannot even read the tab's address.
  expect(await openSegment(worker)).toBeNull();
  expect(await hasPermission(worker, { origins: [`https://${INSTANCE}/*`] })).toBe(false);
  expect(await registeredScripts(worker)).toEqual([]);
});

test('an instance added in the options gets the sidebar and the clock; removing it takes them away', async ({ context, worker, extensionId }) => {
  for (const host of [INSTANCE, OTHER]) await allowSiteInExtensionSettings(context, extensionId, host);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  // Pasted the way people copy it; the options page keeps the bare host.
  await addInOptions(options, `https://${INSTANCE.toUpperCase()}/@me`, INSTANCE);
  await addInOptions(options, OTHER, OTHER);

  await expect.poll(() => registeredScripts(worker)).toEqual([
    expect.objectContaining({
      id: 'mastodon-instances',
      matches: [`https://${INSTANCE}/*`, `https://${OTHER}/*`],
      // The watcher: it loads the coach (content-scripts/sidebar.js) once a composer there is focused.
      js: ['content-scripts/watch.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    }),
  ]);

  const page = await openSite(context, 'mastodon.html', `https://${INSTANCE}/home`);
  // The time budget counts the instance as Mastodon time.
  await expect.poll(() => openSegment(worker)).toMatchObject({ platform: 'mastodon' });
  await area(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await expect(finding(page, 'accessibility')).toBeVisible();
  await expect(coach(page)).toHaveCount(1);
  await expect(coach(page).locator('.sc-sidebar')).toHaveAttribute('data-platform', 'mastodon');
  // The inlined stylesheet reached the shadow root: without it the shell would be a static block in the page flow.
  expect(await coach(page).locator('.sc-shell').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

  // Removing one instance narrows the script and gives its host permission back.
  await options.getByRole('button', { name: `Remove ${INSTANCE}` }).click();
  await expect.poll(() => registeredScripts(worker)).toEqual([expect.objectContaining({ matches: [`https://${OTHER}/*`] })]);
  expect(await hasPermission(worker, { origins: [`https://${INSTANCE}/*`] })).toBe(false);
  await page.reload();
  await area(page).click();
  await page.keyboard.type('Love #socialmedia today');
  await page.waitForTimeout(500);
  await expect(coach(page)).toHaveCount(0);

  // The last one unregisters the script altogether.
  await options.getByRole('button', { name: `Remove ${OTHER}` }).click();
  await expect.poll(() => registeredScripts(worker)).toEqual([]);
  expect(await hasPermission(worker, { origins: [`https://${OTHER}/*`] })).toBe(false);
});
