import { expect, test, until, type ExtensionApi } from './harness';
import { clickWhenThere, readSiteFixture } from './pages';

declare const browser: ExtensionApi;

interface Day {
  activeMs: number;
  snoozes: number;
}

test('with the budget spent, the real background covers the feed with the calm screen, and it snoozes', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  const saved = await options.evaluate(async () => ({ sync: await browser.storage.sync.get(null), local: await browser.storage.local.get(null) }));
  const today = () => options.evaluate(async () => {
    const { usage } = await browser.storage.local.get('usage');
    return ((usage ?? {}) as Record<string, Day>)[new Date().toLocaleDateString('sv-SE')];
  });
  try {
    await clickWhenThere(options, '#op-timesup-soft-block');
    await until(
      () => options.evaluate(async () => ((await browser.storage.sync.get('settings')).settings as { budget?: { timesUp?: string } } | undefined)?.budget?.timesUp === 'soft-block'),
      'the soft block to be stored',
    );
    // 31 of the default 30 minutes already used today.
    await options.evaluate(async () => {
      const used = 31 * 60_000;
      const day = { activeMs: used, byPlatform: { x: used }, byMode: { work: 0, personal: used }, byActivity: { reading: used, writing: 0 }, snoozes: 0 };
      await browser.storage.local.set({ usage: { [new Date().toLocaleDateString('sv-SE')]: day } });
    });

    const { page, unexpectedRequests } = await firefox.openSite('https://x.com/home', readSiteFixture('x.html'));
    try {
      // Nothing was focused: the background's "blocked" alone brings the coach in, with the calm screen.
      await until(() => page.$('social-coach >>> .sc-block__card'), 'the calm screen over x.com (budget spent, soft block on)');
      await clickWhenThere(page, 'social-coach >>> ::-p-text(5 more minutes)');
      await until(async () => (await page.$('social-coach >>> .sc-block__card')) === null, 'the calm screen to go after the snooze');
      expect((await until(today, 'today in storage')).snoozes).toBe(1);
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  } finally {
    await options.evaluate(async ({ sync, local }) => {
      await browser.storage.sync.clear();
      await browser.storage.sync.set(sync);
      await browser.storage.local.clear();
      await browser.storage.local.set(local);
    }, saved);
    await options.close();
  }
});
