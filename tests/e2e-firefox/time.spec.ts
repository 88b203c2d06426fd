import { expect, test, until, type ExtensionApi } from './harness';
import { countedMs, openSegment } from './pages';

declare const browser: ExtensionApi;

const SOCIAL_HTML = '<!doctype html><html lang="en"><head><title>Home / X</title></head><body><main><p>Feed</p></main></body></html>';
const STAY_MS = 3000;

test('time on a social site in front is counted, shown on the badge and in the popup', async ({ firefox }) => {
  // An extension page in a background tab reads the background's state without taking the site out of view.
  const popup = await firefox.openExtensionPage('popup.html');
  const before = await countedMs(popup);
  const { page: site } = await firefox.openSite('https://x.com/home', SOCIAL_HTML);
  try {
    // Firefox ignores WebDriver's input for idleness; the harness resets it (Firefox.markUserActive) when a site opens.
    expect(await popup.evaluate(() => browser.idle.queryState(15)), 'Firefox thinks the user is idle: see markUserActive').toBe('active');
    const segment = await until(() => openSegment(popup), 'the background to start the clock for the x.com tab');
    expect(segment.platform).toBe('x');
    // MV2 has browserAction, not action: the badge is how the minutes left show on the toolbar.
    const badge = await until(() => popup.evaluate(() => browser.browserAction.getBadgeText({})), 'the badge to show the minutes left');
    expect(badge).toMatch(/^\d+$/);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, segment.startedAt + STAY_MS - Date.now())));

    // Bringing the popup's tab to the front takes x.com out of view: the clock stops and the time is stored.
    await popup.bringToFront();
    await until(async () => (await openSegment(popup)) === null, 'the clock to stop once x.com is behind another tab');
    const counted = (await countedMs(popup)) - before;
    expect(counted).toBeGreaterThanOrEqual(STAY_MS - 500);
    expect(counted).toBeLessThanOrEqual(STAY_MS + 3000);

    await firefox.reloadExtensionPage(popup);
    const seconds = await until(
      () => popup.evaluate(() => document.querySelector('[data-testid="today"]')?.getAttribute('data-seconds')),
      'the popup to show today\'s time',
    );
    expect(Number(seconds)).toBe(Math.floor((before + counted) / 1000));
    expect(Number(seconds)).toBeGreaterThan(0);
  } finally {
    await site.close();
    await popup.close();
  }
});
