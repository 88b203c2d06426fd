import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerBox, sameBox, viewportOf } from './composer-box';
import { detectPageScheme } from './page-scheme';
import type { Store } from './store';
import { createFrameScheduler } from './timer';

/**
 * Keeps the sidebar beside the composer as the page scrolls or resizes, and in step with the site's light or
 * dark theme. Starts only when the UI first appears; until then the page carries none of these listeners.
 */
export function createPageWatch(ctx: ContentScriptContext, store: Store, editor: () => HTMLElement | null): { start(): void; measure(): void } {
  let started = false;

  const measure = () => {
    const current = editor();
    const box = current?.isConnected ? composerBox(current) : null;
    const viewport = viewportOf(window);
    const state = store.get();
    if (sameBox(box, state.composerBox) && viewport.width === state.viewport.width && viewport.height === state.viewport.height) return;
    store.set({ composerBox: box, viewport });
  };
  const queueMeasure = createFrameScheduler(ctx, measure);
  const followScheme = () => {
    const scheme = detectPageScheme(document, window);
    if (scheme !== store.get().scheme) store.set({ scheme });
  };

  return {
    start() {
      if (started) return;
      started = true;
      followScheme();
      ctx.addEventListener(window, 'resize', queueMeasure, { passive: true });
      ctx.addEventListener(window, 'scroll', queueMeasure, { passive: true, capture: true });
      ctx.addEventListener(window.matchMedia('(prefers-color-scheme: dark)'), 'change', followScheme);
      // Sites switch theme by restyling <html> or <body>: watch their attributes only, never the subtree.
      const themeObserver = new MutationObserver(followScheme);
      for (const element of [document.documentElement, document.body]) {
        if (element) themeObserver.observe(element, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] });
      }
      ctx.onInvalidated(() => themeObserver.disconnect());
    },
    measure,
  };
}
