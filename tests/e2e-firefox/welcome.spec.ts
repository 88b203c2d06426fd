import { expect, test, until, type ExtensionApi } from './harness';

declare const browser: ExtensionApi;

interface StoredSettings {
  platformModes: Record<string, string>;
  budget: { dailyMinutes: number };
}

test('the welcome opens on install under MV2, and its answers are saved', async ({ firefox }) => {
  // Opened by the add-on's background on install, in the browser's language; the harness closed it (firefox.ts).
  expect(firefox.welcomeOnInstall).toEqual({ lang: 'en', heading: 'Welcome to Social Coach' });

  const welcome = await firefox.openExtensionPage('welcome.html');
  const stored = () => welcome.evaluate(async () => (await browser.storage.sync.get('settings')).settings as StoredSettings | undefined);
  const saved = await welcome.evaluate(() => browser.storage.sync.get(null));
  try {
    await welcome.click('[data-platform="mastodon"] [data-mode-option="personal"]');
    await welcome.click('#wc-minutes', { count: 3 });
    await welcome.keyboard.type('25');
    await welcome.keyboard.press('Tab');
    await welcome.click('[data-testid="welcome-save"]');
    await until(() => welcome.$('[data-testid="welcome-practice"]'), 'the next step after saving');
    const settings = await until(stored, 'the answers to be stored');
    expect(settings.platformModes.mastodon).toBe('personal');
    expect(settings.platformModes.x).toBe('work');
    expect(settings.budget.dailyMinutes).toBe(25);
  } finally {
    await welcome.evaluate(async (previous) => {
      await browser.storage.sync.clear();
      await browser.storage.sync.set(previous);
    }, saved);
    await welcome.close();
  }
});
