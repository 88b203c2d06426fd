import { collectPageErrors, expect, openExtensionPage, readFixture, serveHtml, test } from './harness';

test('the service worker starts from the production build', async ({ worker }) => {
  expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
});

test('the manifest asks only for what the product needs', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'storage']);
  expect(manifest.host_permissions?.every((pattern: string) => /x\.com|twitter|linkedin|facebook|instagram|threads|bsky|mastodon\.social/.test(pattern))).toBe(true);
});

for (const file of ['popup.html', 'options.html', 'practice.html']) {
  test(`${file} renders without console errors`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await expect(page.locator('#root > *').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the content script runs on x.com without touching the network', async ({ context }) => {
  await serveHtml(context, 'https://x.com/home', readFixture('smoke/x-home.html'));
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('https://x.com/home');
  await expect(page.locator('social-coach')).toBeAttached();
  expect(errors).toEqual([]);
});

test('extension pages open by id', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  expect(page.url()).toContain(extensionId);
});
