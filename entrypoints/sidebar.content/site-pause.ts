import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type SitePauseState } from '@/lib/messaging';
import type { AnalysisLoop } from './analysis-loop';
import type { Store } from './store';
import { createRestartableTimer } from './timer';

/**
 * "Pause the coach here": asks the background whether this site is paused, follows its pushes (a pause or resume
 * from the popup reaches every open tab of the site at once) and ends the pause at midnight by itself. While paused
 * the sidebar is a small tab that says so; nothing is analysed or marked. Time and the budget go on as ever.
 */
export function startSitePause(ctx: ContentScriptContext, store: Store, loop: AnalysisLoop): void {
  const midnight = createRestartableTimer(ctx, () => apply({ pausedUntil: null }));
  const apply = ({ pausedUntil }: SitePauseState) => {
    const until = typeof pausedUntil === 'number' && pausedUntil > Date.now() ? pausedUntil : null;
    const was = store.get().sitePausedUntil;
    midnight.cancel();
    if (until !== null) {
      midnight.start(until - Date.now());
      store.set({ sitePausedUntil: until, analysis: null, topic: null, offFocus: false, editRefused: null });
    } else if (was !== null) {
      store.set({ sitePausedUntil: null });
      loop.runNow();
    }
  };
  ctx.onInvalidated(onMessage('bg-cs:site-pause', ({ data }) => apply(data)));
  void sendMessage('cs-bg:get-site-pause').then(apply, () => undefined);
}
