import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NOTHING_TO_KEEP_CLEAR } from '@/components/coach/placement';
import type { SiteAdapter } from '@/lib/sites/types';
import { keepClearOf, sameKeepClear, viewportOf } from './composer-box';
import { detectPageScheme } from './page-scheme';
import type { Store } from './store';
import { createAfterPaintScheduler, createFrameScheduler } from './timer';

/**
 * Keeps the sidebar clear of the composer and the site's drawers as the page scrolls or resizes, as the composer
 * grows and with each analysis (a drawer may have opened meanwhile), and in step with the site's light or dark
 * theme. Starts only when the UI first appears; until then the page carries none of these listeners.
 */
export function createPageWatch(
  ctx: ContentScriptContext,
  store: Store,
  adapter: SiteAdapter,
  editor: () => HTMLElement | null,
): { start(): void; measure(): void } {
  let started = false;
  let observed: HTMLElement | null = null;

  const measure = () => {
    const current = editor();
    const keepClear = current?.isConnected ? keepClearOf(current, adapter) : NOTHING_TO_KEEP_CLEAR;
    const viewport = viewportOf(window);
    const state = store.get();
    if (current !== observed) observe(current);
    if (sameKeepClear(keepClear, state.keepClear) && viewport.width === state.viewport.width && viewport.height === state.viewport.height) return;
    store.set({ keepClear, viewport });
  };
  const queueMeasure = createFrameScheduler(ctx, measure);
  // After an analysis nothing scrolls: the read can wait until the frame has laid out the typed text, instead of
  // making the page lay it out early on every keystroke.
  const measureAfterPaint = createAfterPaintScheduler(ctx, measure);
  const resizes = new ResizeObserver(() => queueMeasure());
  ctx.onInvalidated(() => resizes.disconnect());
  function observe(current: HTMLElement | null) {
    if (observed) resizes.unobserve(observed);
    observed = current;
    if (current) resizes.observe(current);
  }

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
      let lastAnalysis = store.get().analysis;
      store.subscribe((state) => {
        if (state.analysis === lastAnalysis) return;
        lastAnalysis = state.analysis;
        measureAfterPaint();
      });
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
