import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/common/pages.css';
import '@/components/popup/popup.css';
import { useWatched } from '@/components/common/use-watched';
import { PopupView } from '@/components/popup/popup-view';
import type { Mode, Platform } from '@/lib/coach/types';
import { resolveUiLocale, translate } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { lockedPlatforms } from '@/lib/settings/welcome';
import { policyItem, postsItem, settingsItem, sitePausesItem, usageItem } from '@/lib/storage';
import { dayKey } from '@/lib/time/day-key';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { isSitePaused } from '@/lib/time/site-pause';

/**
 * The address of the tab the popup was opened over; undefined for sites without host permission. The popup is no
 * window of its own, so the last focused window is the one it belongs to (the query Chrome's docs recommend).
 */
async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.url;
}

function Popup() {
  const settings = useWatched(settingsItem);
  const usage = useWatched(usageItem);
  const posts = useWatched(postsItem);
  const pauses = useWatched(sitePausesItem);
  const policy = useWatched(policyItem);
  const [tabUrl, setTabUrl] = useState<string | undefined>();
  useEffect(() => void activeTabUrl().then(setTabUrl), []);
  if (!settings || !usage || !posts || !pauses) return null;

  const locale = resolveUiLocale(settings.uiLanguage, navigator.language);
  document.documentElement.lang = locale;
  document.title = translate(locale, 'popupTitle');
  const activePlatform: Platform | null = platformForUrl(tabUrl, settings.mastodonInstances);
  // The popup shows a mode only on a social site: it is that network's.
  const changeMode = (mode: Mode) =>
    activePlatform && void settingsItem.setValue({ ...settings, platformModes: { ...settings.platformModes, [activePlatform]: mode } });

  const today = dayKey(Date.now());
  // Only the background writes the pauses: it also tells the site's open tabs at once.
  const changeSitePause = (paused: boolean) =>
    activePlatform && void sendMessage('page-bg:set-site-pause', { platform: activePlatform, paused }).catch(() => undefined);

  return (
    <PopupView
      locale={locale}
      today={today}
      settings={settings}
      usage={usage}
      posts={posts}
      activePlatform={activePlatform}
      modeLocked={activePlatform !== null && policy !== undefined && lockedPlatforms(policy).has(activePlatform)}
      optionsUrl={browser.runtime.getURL('/options.html')}
      practiceUrl={browser.runtime.getURL('/practice.html')}
      onModeChange={changeMode}
      sitePaused={activePlatform !== null && isSitePaused(pauses, activePlatform, today)}
      onSitePauseChange={changeSitePause}
    />
  );
}

render(<Popup />, document.getElementById('root')!);
