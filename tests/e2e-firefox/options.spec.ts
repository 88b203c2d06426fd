import { expect, test, until, type ExtensionApi } from './harness';
import { clickWhenThere, coachShows, readSiteFixture } from './pages';

declare const browser: ExtensionApi;

interface StoredSettings {
  budget: { dailyMinutes: number };
  coach: { disabledRules: string[] };
}

test('options save, survive a reload, and reach the popup and the coach', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  const stored = () => options.evaluate(async () => (await browser.storage.sync.get('settings')).settings as StoredSettings | undefined);
  const saved = await options.evaluate(() => browser.storage.sync.get(null));
  try {
    await options.click('#op-minutes', { count: 3 });
    await options.keyboard.type('45');
    await options.keyboard.press('Tab');
    await options.click('#op-rule-hashtags');
    await until(async () => (await stored())?.budget.dailyMinutes === 45, 'the new budget to be stored');
    await until(async () => (await stored())?.coach.disabledRules.includes('hashtags'), 'the hashtag check to be stored as off');

    await firefox.reloadExtensionPage(options);
    expect(await options.$eval('#op-minutes', (input) => (input as HTMLInputElement).value)).toBe('45');
    expect(await options.$eval('#op-rule-hashtags', (input) => (input as HTMLInputElement).checked)).toBe(false);

    const popup = await firefox.openExtensionPage('popup.html');
    const label = await until(
      () => popup.evaluate(() => document.querySelector('[data-testid="today"]')?.getAttribute('aria-label')),
      'the popup ring',
    );
    expect(label).toMatch(/ of 45 minutes used today$/);
    await popup.close();

    // The coach on a site reads the same settings: the repeated tag goes unmentioned, other nudges still show.
    const { page } = await firefox.openSite('https://mastodon.social/home', readSiteFixture('mastodon.html'));
    await clickWhenThere(page, '#mastodon form.compose-form textarea');
    await page.keyboard.type('Walk #coffee #coffee');
    const shown = await coachShows(page, 'call-to-action');
    expect(shown.rules).not.toContain('hashtags');
    await page.close();
  } finally {
    await options.evaluate(async (previous) => {
      await browser.storage.sync.clear();
      await browser.storage.sync.set(previous);
    }, saved);
    await options.close();
  }
});
