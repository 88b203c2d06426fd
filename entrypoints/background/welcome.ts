import { browser } from 'wxt/browser';

/**
 * On install (every build, not only `npm run dev`) the welcome page opens: it asks per network whether the user posts
 * there for work or privately, the daily budget and how work writing counts, then leads on to the practice page.
 * Updates and browser restarts open nothing.
 */
export function startWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((error: unknown) => console.warn('Social Coach: welcome', error));
  });
}
