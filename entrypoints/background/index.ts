import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // `npm run dev` opens the practice page: the first thing a newcomer should see.
  if (import.meta.env.DEV) {
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
    });
  }
});
