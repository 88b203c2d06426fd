import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/lib/messaging';
import { recordEarlyGestures } from '@/lib/sites/early-gestures';
import { deepActiveElement } from '@/lib/sites/editor-watch';
import { mayBeComposer } from '@/lib/sites/writing-target';

/**
 * All that runs on a social page until someone writes: one focus listener, one budget question. The coach itself
 * (engine client, sidebar, site adapters) loads only when a possible composer gets focus, when time is up and the
 * soft block has to cover the feed, or when the intention pause greets a visit.
 */
export function startWatch(ctx: ContentScriptContext): void {
  let loading = false;

  const onFocus = (event: FocusEvent) => {
    if (mayBeComposer(event.composedPath()[0])) load();
  };
  const stopBudgetPushes = onMessage('bg-cs:budget', ({ data }) => {
    if (data?.blocked) load();
  });
  // The intention pause greets this visit: the coach shows it (and leaves it out over a draft).
  const stopPausePushes = onMessage('bg-cs:pause', () => load());
  const stop = () => {
    document.removeEventListener('focusin', onFocus, true);
    stopBudgetPushes();
    stopPausePushes();
  };

  function load(): void {
    if (loading || ctx.isInvalid) return;
    loading = true;
    // Until the coach tracks composers itself, a comment sent with Enter must not go uncounted.
    ctx.onInvalidated(recordEarlyGestures(document, globalThis));
    sendMessage('cs-bg:start-coach').then(stop, () => {
      // The background was restarting or the extension is reloading: try again on the next focus.
      loading = false;
    });
  }

  document.addEventListener('focusin', onFocus, true);
  ctx.onInvalidated(stop);
  // A composer may hold the focus already (autofocus, or the page loaded behind an open dialog).
  if (mayBeComposer(deepActiveElement(document))) load();
  sendMessage('cs-bg:get-budget').then(
    (budget) => (budget?.blocked || budget?.pause) && load(),
    () => undefined,
  );
}
