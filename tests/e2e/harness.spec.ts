import { expect, test } from './harness';

// The zero-network guarantee is only as good as the detector behind every spec: prove it sees each context.
// Each test empties the list once it has checked it, or the fixture would (rightly) fail the test.
test.describe('network request detector', () => {
  test('sees a request from an extension page', async ({ context, extensionId, extensionRequests }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
    await expect.poll(() => [...extensionRequests]).toEqual(['https://tracker.example/collect']);
    extensionRequests.length = 0;
  });

  test('sees a request from the service worker', async ({ worker, extensionRequests }) => {
    await worker.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
    await expect.poll(() => [...extensionRequests]).toEqual(['https://tracker.example/collect']);
    extensionRequests.length = 0;
  });

  test('lets a served page load without counting it', async ({ context, extensionRequests }) => {
    await context.route('https://x.com/home', (route) => route.fulfill({ contentType: 'text/html', body: '<p>hi</p>' }));
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await expect(page.locator('p')).toHaveText('hi');
    expect(extensionRequests).toEqual([]);
  });
});
