import { createAnalysisService } from '@/lib/coach/analysis-service';
import { onMessage } from '@/lib/messaging';
import { fingerprintsItem } from '@/lib/storage';
import { installKey } from './fingerprint-key';
import { requireSocialFrame } from './senders';

/**
 * Runs the coach engine for the sidebars. The engine's work (and its memory churn) stays off the page's main
 * thread, where the user is typing, and out of the content script every social page loads.
 */
export function startAnalysis(): void {
  const service = createAnalysisService();
  // Kept in memory: a keystroke should not cost a storage read. Loaded on the first request after a wake-up.
  let recentPosts: Promise<readonly unknown[]> | null = null;
  const loadRecentPosts = () =>
    (recentPosts ??= fingerprintsItem.getValue().then(
      (posts) => (Array.isArray(posts) ? posts : []),
      () => [],
    ));
  fingerprintsItem.watch((posts) => {
    recentPosts = Promise.resolve(Array.isArray(posts) ? posts : []);
  });
  // Without a key there is nothing to compare with: the cross-post check just stays quiet.
  const loadKey = () => installKey().catch(() => undefined);

  onMessage('cs-bg:analyze', async ({ data, sender }) => {
    // The answer may say whether the draft matches a recent post: only the sidebar on a social site may ask.
    await requireSocialFrame(sender, 'cs-bg:analyze');
    const [posts, key] = await Promise.all([loadRecentPosts(), loadKey()]);
    return service.analyze(writerOf(sender), data, { posts, key }, Date.now());
  });
}

/** One writer per frame of a tab: a composer in an iframe keeps caches of its own. */
function writerOf(sender: { tab?: { id?: number }; frameId?: number }): string {
  return `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;
}
