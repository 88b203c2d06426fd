import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging';
import { requireSocialFrame } from './senders';

/** The coach's bundle (entrypoints/sidebar.content), registered at runtime rather than in the manifest. */
const COACH_SCRIPT = '/content-scripts/sidebar.js';

/** Loads the coach into the frame whose watcher asked: a composer there got focus, or the soft block is due. */
export function startCoachLoader(): void {
  onMessage('cs-bg:start-coach', async ({ sender }) => {
    const { tabId } = await requireSocialFrame(sender, 'cs-bg:start-coach');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [COACH_SCRIPT] });
  });
}
