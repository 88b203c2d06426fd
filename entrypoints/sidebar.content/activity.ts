import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '@/lib/coach/types';
import { sendMessage, type TabActivity } from '@/lib/messaging';
import { deepActiveElement } from '@/lib/sites/editor-watch';
import { createRestartableTimer } from './timer';

/** Focus and visibility can flicker (dialogs, tab switches): report the state once it settles. */
const SETTLE_MS = 250;

/** Writing means focus is in the composer, or in the sidebar that coaches it. */
function isWriting(editor: HTMLElement | null): boolean {
  if (!editor || !document.hasFocus()) return false;
  if (document.activeElement?.localName === 'social-coach') return true;
  const active = deepActiveElement(document);
  return !!active && editor.contains(active);
}

/**
 * Tells the background whether this tab is visible and whether the user is writing in it. Sends only changes,
 * once they settle, and never fails loudly when the background is asleep or gone.
 */
export function startActivityReports(ctx: ContentScriptContext, platform: Platform, composer: () => HTMLElement | null): () => void {
  let lastSent = '';

  const sendIfChanged = () => {
    const activity: TabActivity = { platform, writing: isWriting(composer()), visible: document.visibilityState === 'visible' };
    const key = `${activity.writing}/${activity.visible}`;
    if (key === lastSent) return;
    lastSent = key;
    sendMessage('cs-bg:activity', activity).catch(() => {
      // Try again on the next change: the background may have been starting up.
      lastSent = '';
    });
  };
  const timer = createRestartableTimer(ctx, sendIfChanged);
  const report = () => timer.start(SETTLE_MS);

  ctx.addEventListener(document, 'visibilitychange', report);
  ctx.addEventListener(document, 'focusin', report, { capture: true });
  ctx.addEventListener(document, 'focusout', report, { capture: true });
  ctx.addEventListener(window, 'focus', report);
  ctx.addEventListener(window, 'blur', report);
  sendIfChanged();
  return report;
}
