import { expect, test, until, type ExtensionApi } from './harness';
import { clickWhenThere, coachShows, openSegment, readSiteFixture } from './pages';

declare const browser: ExtensionApi;

const INSTANCE = 'mastodon.nl';

test('an instance added in the options gets the watcher registered (MV2 scripting), the coach and the clock', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  const saved = await options.evaluate(() => browser.storage.sync.get(null));
  const registered = () => options.evaluate(() => browser.scripting.getRegisteredContentScripts());
  try {
    await clickWhenThere(options, '#op-instance');
    await options.keyboard.type(`https://${INSTANCE}/@me`);
    await options.keyboard.press('Enter');
    await until(
      () => options.evaluate(() => document.querySelector('#op-instance-status')?.textContent),
      'the options page to confirm the instance',
    ).then((status) => expect(status).toBe(`${INSTANCE} added. Reload its tab to see the coach there.`));
    expect(await options.evaluate((origin) => browser.permissions.contains({ origins: [origin] }), `https://${INSTANCE}/*`)).toBe(true);
    const [script] = await until(async () => ((await registered()).length > 0 ? registered() : null), 'the watcher to be registered for the instance');
    expect(script).toMatchObject({ id: 'mastodon-instances', matches: [`https://${INSTANCE}/*`], js: ['content-scripts/watch.js'] });

    const { page, unexpectedRequests } = await firefox.openSite(`https://${INSTANCE}/home`, readSiteFixture('mastodon.html'));
    try {
      // The time budget counts the instance as Mastodon time.
      expect((await until(() => openSegment(options), 'the clock to run on the instance')).platform).toBe('mastodon');
      await clickWhenThere(page, '#mastodon form.compose-form textarea');
      await page.keyboard.type('Walk #coffee #coffee');
      expect((await coachShows(page, 'hashtags')).platform).toBe('mastodon');
      expect(unexpectedRequests).toEqual([]);
    } finally {
      await page.close();
    }

    // Removing it unregisters the watcher and gives the host permission back.
    await clickWhenThere(options, `[aria-label="Remove ${INSTANCE}"]`);
    await until(async () => (await registered()).length === 0, 'the watcher to be unregistered');
    expect(await options.evaluate((origin) => browser.permissions.contains({ origins: [origin] }), `https://${INSTANCE}/*`)).toBe(false);
  } finally {
    await options.evaluate(async (previous) => {
      await browser.storage.sync.clear();
      await browser.storage.sync.set(previous);
    }, saved);
    await options.close();
  }
});
