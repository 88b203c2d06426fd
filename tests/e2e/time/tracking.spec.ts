import { expect, openExtensionPage, test } from '../harness';
import { countedMs, leaveSocialTab, leaveSocialTabs, openSegment, runningWorker, serveSites, stayCounted, stopServiceWorker } from './tracker-helpers';

const SECOND = 1000;
// The tolerance for a 20 s stay.
const TOLERANCE = 3 * SECOND;

test('a social tab in front for 20 s counts 20 s', async ({ context, worker, extensionId }) => {
  await serveSites(context);
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await stayCounted(worker, page, 20 * SECOND);
  // Opening the popup as a tab takes the x.com tab out of view: the clock stops there.
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect.poll(() => openSegment(worker)).toBeNull();
  const counted = await countedMs(worker);
  test.info().annotations.push({ type: 'counted ms', description: String(counted) });
  expect(counted).toBeGreaterThanOrEqual(20 * SECOND - TOLERANCE);
  expect(counted).toBeLessThanOrEqual(20 * SECOND + TOLERANCE);
  // The popup shows the same figure, to the second.
  const today = popup.getByTestId('today');
  await expect.poll(async () => Number(await today.getAttribute('data-seconds'))).toBe(Math.floor(counted / SECOND));
  expect(Math.abs(Number(await today.getAttribute('data-seconds')) - 20)).toBeLessThanOrEqual(TOLERANCE / SECOND);
});

test('two windows with social tabs still count one clock', async ({ context, worker }) => {
  await serveSites(context);
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await worker.evaluate(() => chrome.windows.create({ url: 'https://x.com/home', focused: true }));
  await expect.poll(() => worker.evaluate(async () => (await chrome.windows.getAll()).length)).toBe(2);
  await stayCounted(worker, page, 20 * SECOND);
  await leaveSocialTabs(worker);
  await expect.poll(() => openSegment(worker)).toBeNull();
  const counted = await countedMs(worker);
  test.info().annotations.push({ type: 'counted ms', description: String(counted) });
  expect(counted).toBeGreaterThanOrEqual(20 * SECOND - TOLERANCE);
  expect(counted).toBeLessThanOrEqual(20 * SECOND + TOLERANCE);
});

test('a tab on another site counts nothing, even with a social tab open behind it', async ({ context, worker }) => {
  await serveSites(context);
  await worker.evaluate(() => chrome.tabs.create({ url: 'https://x.com/home', active: false }));
  const page = await context.newPage();
  await page.goto('https://example.org/');
  await page.waitForTimeout(5 * SECOND);
  expect(await openSegment(worker)).toBeNull();
  expect(await countedMs(worker)).toBe(0);
});

test('the badge shows the minutes left', async ({ context, worker }) => {
  await serveSites(context);
  // 10 min 50 s already used today: 19 min 10 s left shows as 20, and 20 s more makes it 19.
  await worker.evaluate(async () => {
    const today = new Date().toLocaleDateString('sv-SE');
    const used = 650_000;
    const day = { activeMs: used, byPlatform: { x: used }, byMode: { work: 0, personal: used }, byActivity: { reading: used, writing: 0 }, snoozes: 0 };
    await chrome.storage.local.set({ usage: { [today]: day } });
  });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('20');
  await stayCounted(worker, page, 21 * SECOND);
  await leaveSocialTab(worker);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('19');
});

test('a worker stopped mid-segment loses at most one checkpoint interval', async ({ context, worker }) => {
  await serveSites(context);
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  const startedAt = await stayCounted(worker, page, 10 * SECOND);
  // A global only the first instance has: gone afterwards, it proves a fresh worker did the counting.
  await worker.evaluate(() => Object.assign(globalThis, { firstInstance: true }));
  await stopServiceWorker(context, worker);
  await page.waitForTimeout(startedAt + 20 * SECOND - Date.now());
  // Leaving the tab wakes a fresh worker, which finds the clock in session storage.
  await page.goto('https://example.org/');
  const fresh = await runningWorker(context);
  await expect.poll(() => openSegment(fresh)).toBeNull();
  expect(await fresh.evaluate(() => 'firstInstance' in globalThis)).toBe(false);
  const counted = await countedMs(fresh);
  test.info().annotations.push({ type: 'counted ms', description: String(counted) });
  expect(counted).toBeGreaterThanOrEqual(20 * SECOND - 60 * SECOND);
  expect(counted).toBeLessThanOrEqual(20 * SECOND + TOLERANCE);
});
