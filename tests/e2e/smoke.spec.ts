import { collectPageErrors, expect, openExtensionPage, readFixture, serveHtml, test } from './harness';

test('the service worker starts from the production build', async ({ worker }) => {
  expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
});

test('the manifest asks only for what the product needs', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  // scripting loads the coach on demand; it shows no install warning, unlike tabs or <all_urls>.
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'scripting', 'storage']);
  expect(manifest.optional_permissions).toEqual(['notifications']);
  // Only the small watcher is declared; the coach is loaded when someone writes.
  expect(manifest.content_scripts?.map((script) => script.js)).toEqual([['content-scripts/watch.js']]);
  expect(manifest.host_permissions?.every((pattern: string) => /x\.com|twitter|linkedin|facebook|instagram|threads|bsky|mastodon\.social/.test(pattern))).toBe(true);
});

for (const file of ['popup.html', 'options.html', 'practice.html', 'welcome.html', 'sources.html']) {
  test(`${file} renders without console errors`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await expect(page.locator('#root > *').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the sidebar appears once a composer on x.com is focused, without touching the network', async ({ context }) => {
  await serveHtml(context, 'https://x.com/home', readFixture('sites/x.html'));
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('https://x.com/home');
  // A page nobody writes on carries no UI at all.
  await page.waitForTimeout(300);
  await expect(page.locator('social-coach')).toHaveCount(0);
  await page.locator('#primary [data-testid="tweetTextarea_0"]').click();
  await expect(page.locator('social-coach .sc-sidebar')).toHaveAttribute('data-platform', 'x');
  expect(errors).toEqual([]);
});

test('extension pages open by id', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  expect(page.url()).toContain(extensionId);
});
