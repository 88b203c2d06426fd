import { browser } from 'wxt/browser';
import { PLATFORMS, type Platform } from '@/lib/coach/types';
import { onMessage, sendMessage, type SitePauseState } from '@/lib/messaging';
import { sitePausesItem, writeSitePauses } from '@/lib/storage';
import { dayKey } from '@/lib/time/day-key';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { isSitePaused, sitePauseEnds, withSitePause } from '@/lib/time/site-pause';
import { requireExtensionPage, requireSocialFrame, requireSocialTopFrame } from './senders';
import { loadSettings, offsetAt } from './stats-store';

/** Whether the coach is paused on `platform` now, and until when. */
async function stateOf(platform: Platform, now: number): Promise<SitePauseState> {
  const today = dayKey(now, offsetAt);
  return { pausedUntil: isSitePaused(await sitePausesItem.getValue(), platform, today) ? sitePauseEnds(today, offsetAt) : null };
}

/** Tells every open tab of the site at once; a tab without the sidebar just does not answer. */
async function pushToSite(platform: Platform, state: SitePauseState): Promise<void> {
  const [tabs, { mastodonInstances }] = await Promise.all([browser.tabs.query({}), loadSettings()]);
  const site = tabs.filter((tab) => tab.id !== undefined && platformForUrl(tab.url, mastodonInstances) === platform);
  await Promise.all(site.map((tab) => sendMessage('bg-cs:site-pause', state, tab.id as number).catch(() => undefined)));
}

/** One write at a time: a pause and a resume in quick succession each see the other's result. */
let writes: Promise<unknown> = Promise.resolve();

function setPaused(platform: Platform, paused: boolean): Promise<void> {
  const write = writes.then(async () => {
    const now = Date.now();
    const today = dayKey(now, offsetAt);
    await writeSitePauses(withSitePause(await sitePausesItem.getValue(), platform, today, paused));
    await pushToSite(platform, { pausedUntil: paused ? sitePauseEnds(today, offsetAt) : null });
  });
  writes = write.catch(() => undefined);
  return write;
}

/**
 * "Pause the coach here" (README): the popup pauses or resumes the active tab's site, the paused sidebar resumes its
 * own. Only the background writes the pauses; the popup must be an extension page, the sidebar a social top frame,
 * and the site the sidebar resumes is its own tab's, never one it names.
 */
export function startSitePause(): void {
  onMessage('page-bg:set-site-pause', async ({ data, sender }) => {
    requireExtensionPage(sender, 'page-bg:set-site-pause');
    const platform = data?.platform;
    if (!PLATFORMS.includes(platform as Platform) || typeof data?.paused !== 'boolean') throw new Error('page-bg:set-site-pause: not a site and a choice');
    await setPaused(platform, data.paused);
  });
  onMessage('cs-bg:get-site-pause', async ({ sender }) => {
    const { platform } = await requireSocialFrame(sender, 'cs-bg:get-site-pause');
    return stateOf(platform, Date.now());
  });
  onMessage('cs-bg:resume-site', async ({ sender }) => {
    const { platform } = await requireSocialTopFrame(sender, 'cs-bg:resume-site');
    await setPaused(platform, false);
  });
}
