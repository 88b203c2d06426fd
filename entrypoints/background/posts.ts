import { fingerprintPost } from '@/lib/coach/fingerprint';
import { onMessage } from '@/lib/messaging';
import { fingerprintsItem, postsItem, settingsItem } from '@/lib/storage';
import { isAtFixedTime } from '@/lib/week/fixed-time';
import { postTraits } from '@/lib/week/traits';
import { recordPost, rememberFingerprint, validPublishedPost } from '@/lib/time/posts';
import { installKey } from './fingerprint-key';
import { serialized } from './lock';
import { requireSocialTopFrame } from './senders';
import { offsetAt } from './stats-store';

/**
 * A post went out: count it for the popup and keep its keyed fingerprint (never the text) for the cross-post check.
 * Only from a social tab's top frame, and nothing at all from an incognito tab: all of it derives from the text.
 */
export function startPostStats(): void {
  onMessage('cs-bg:published', async ({ data, sender }) => {
    const social = await requireSocialTopFrame(sender, 'cs-bg:published');
    if (social.incognito) return;
    const post = validPublishedPost(data, Date.now());
    if (!post) return;
    // Worked out before the queue, which holds the clock's steps too: the first settings read after the worker
    // starts may wait on the browser's managed storage (at most 1.5 s, once: background/policy-cache.ts).
    const settings = await settingsItem.getValue();
    const { matrix, fixedTime } = settings.contentPlan;
    const traits = postTraits(post.text, post.platform, matrix, settings.coach, isAtFixedTime(post.publishedAt, fixedTime, offsetAt));
    await serialized(async () => {
      const now = Date.now();
      const [posts, fingerprints, key] = await Promise.all([postsItem.getValue(), fingerprintsItem.getValue(), installKey()]);
      // The text lives only in this call: what is kept is its keyed fingerprint and, for "your week", counts.
      const fingerprint = fingerprintPost(post.text, post.platform, post.publishedAt, key);
      await postsItem.setValue(recordPost(posts, post, offsetAt, now, traits));
      await fingerprintsItem.setValue(rememberFingerprint(fingerprints, fingerprint, now));
    });
  });
}
