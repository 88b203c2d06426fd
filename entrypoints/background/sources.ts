import { browser } from 'wxt/browser';
import { isPassageAnchor } from '@/lib/coach/seed-passages';
import { onMessage } from '@/lib/messaging';
import { requireSocialFrame } from './senders';

/**
 * The sidebar's "Read in context": a web page can't open the extension's own pages, so the background opens the
 * Sources page at the passage, in a new tab. Only an anchor the page has: nothing else of the URL comes from the page.
 */
export function startSources(): void {
  onMessage('cs-bg:open-source', async ({ data, sender }) => {
    await requireSocialFrame(sender, 'cs-bg:open-source');
    const anchor = data?.anchor;
    if (!isPassageAnchor(anchor)) return;
    await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${anchor}`) });
  });
}
