import { browser } from 'wxt/browser';
import { MODES, type Mode } from '@/lib/coach/types';
import { onMessage, sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/defaults';
import { readPlacement } from '@/lib/settings/placement';
import { lockedPlatforms } from '@/lib/settings/welcome';
import { policyItem, postsItem, settingsItem, sidebarPlacementItem } from '@/lib/storage';
import { dayKey } from '@/lib/time/day-key';
import { suggestTopic } from '@/lib/week/week';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { requireSocialFrame, requireSocialTopFrame } from './senders';
import { loadSettings, offsetAt } from './stats-store';

/** Tells every open social tab about new settings; a tab without the sidebar just does not answer. */
async function pushSettings(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  const social = tabs.filter((tab) => tab.id !== undefined && platformForUrl(tab.url, settings.mastodonInstances));
  await Promise.all(social.map((tab) => sendMessage('bg-cs:settings', settings, tab.id as number).catch(() => undefined)));
}

/**
 * The sidebar's only way to its settings and placement: storage is closed to content scripts, so they ask here.
 * Reads need a social frame; writes a social top frame, and the platform whose mode changes is the sender's own.
 */
export function startSidebarPrefs(): void {
  onMessage('cs-bg:get-settings', async ({ sender }) => {
    await requireSocialFrame(sender, 'cs-bg:get-settings');
    return loadSettings();
  });
  onMessage('cs-bg:set-mode', async ({ data, sender }) => {
    const { platform } = await requireSocialTopFrame(sender, 'cs-bg:set-mode');
    const mode = data?.mode;
    if (!MODES.includes(mode as Mode)) throw new Error('cs-bg:set-mode: not a mode');
    // The latest settings, so a change made in the popup meanwhile survives.
    const settings = await loadSettings();
    // A mode the organisation locked stays: the sidebars are told the settings again, so a switch flipped there goes back.
    if (lockedPlatforms(await policyItem.getValue()).has(platform)) return pushSettings(settings);
    await settingsItem.setValue({ ...settings, platformModes: { ...settings.platformModes, [platform]: mode } });
  });
  onMessage('cs-bg:get-mode-locked', async ({ sender }) => {
    const { platform } = await requireSocialFrame(sender, 'cs-bg:get-mode-locked');
    return lockedPlatforms(await policyItem.getValue()).has(platform);
  });
  onMessage('cs-bg:get-topic', async ({ sender }) => {
    await requireSocialFrame(sender, 'cs-bg:get-topic');
    const { contentPlan } = await loadSettings();
    if (!contentPlan.topicTips) return null;
    return suggestTopic(contentPlan.matrix, (await postsItem.getValue()) ?? {}, dayKey(Date.now(), offsetAt));
  });
  onMessage('cs-bg:get-placement', async ({ sender }) => {
    await requireSocialFrame(sender, 'cs-bg:get-placement');
    return readPlacement(await sidebarPlacementItem.getValue());
  });
  onMessage('cs-bg:set-placement', async ({ data, sender }) => {
    await requireSocialTopFrame(sender, 'cs-bg:set-placement');
    await sidebarPlacementItem.setValue(readPlacement(data));
  });
  settingsItem.watch((settings) => void pushSettings(settings).catch(() => undefined));
}
