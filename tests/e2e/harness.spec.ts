import { expect, test } from './harness';

// The zero-network guarantee is only as good as the detector: prove it catches requests from every context.
test.describe('network request detector', () => {
  test.fail(true, 'each request below must make the fixture fail the test');

  test('catches a request from an extension page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
  });

  test('catches a request from the service worker', async ({ worker }) => {
    await worker.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
  });
});

test('lets a served page load', async ({ context, extensionRequests }) => {
  await context.route('https://x.com/home', (route) => route.fulfill({ contentType: 'text/html', body: '<p>hi</p>' }));
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect(page.locator('p')).toHaveText('hi');
  expect(extensionRequests).toEqual([]);
});
