import { test } from '../harness';
import { serveSites } from './tracker-helpers';

test('probe', async ({ context, worker }) => {
  await serveSites(context);
  const snap = (label: string) => worker.evaluate(async (label) => {
    const { openSegment } = await chrome.storage.session.get('openSegment');
    const { usage } = await chrome.storage.local.get('usage');
    const w = await chrome.windows.getLastFocused();
    const tabs = await chrome.tabs.query({});
    return JSON.stringify({ label, seg: openSegment, usage: Object.values(usage ?? {}).map((d: any) => d.activeMs), last: [w.id, w.focused], tabs: tabs.map((t) => [t.id, t.windowId, t.active, t.url]), badge: await chrome.action.getBadgeText({}) });
  }, label).then((s) => console.log(s));
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await snap('goto');
  await page.waitForTimeout(3000);
  await snap('3s');
  await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({ url: 'https://x.com/*' });
    await Promise.all(tabs.map((tab) => chrome.tabs.update(tab.id as number, { url: 'https://example.org/' })));
  });
  await page.waitForTimeout(1000);
  await snap('left');
  await page.waitForTimeout(2000);
  await snap('left+2');
});
