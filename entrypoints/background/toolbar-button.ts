import { browser } from 'wxt/browser';

/**
 * The toolbar button's badge API: `action` in MV3 (Chrome), `browserAction` in the MV2 build Firefox runs, where
 * `browser.action` is undefined and every badge update would throw.
 */
export function toolbarButton(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> {
  return browser.action ?? browser.browserAction;
}
