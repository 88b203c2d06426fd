import { afterPaint } from '@/components/common/after-paint';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface RestartableTimer {
  /** (Re)starts the countdown: a pending run is dropped. */
  start(delayMs: number): void;
  cancel(): void;
}

/**
 * One timer per purpose that stops with the extension context. Not ctx.setTimeout: that adds an abort listener on
 * every call, and a debounce called on every keystroke piles up thousands of them (each add then costs more).
 */
export function createRestartableTimer(ctx: ContentScriptContext, run: () => void): RestartableTimer {
  let id: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(id);
    id = undefined;
  };
  ctx.onInvalidated(cancel);
  return {
    start(delayMs) {
      cancel();
      id = setTimeout(() => {
        id = undefined;
        if (ctx.isValid) run();
      }, delayMs);
    },
    cancel,
  };
}

/** Runs `work` once in the next animation frame however often it is asked for before then. */
export function createFrameScheduler(ctx: ContentScriptContext, work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (ctx.isValid) work();
    });
  };
}

/** Runs `work` once just after the next frame has painted (`afterPaint`), however often it is asked for before then. */
export function createAfterPaintScheduler(ctx: ContentScriptContext, work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    afterPaint(() => {
      queued = false;
      if (ctx.isValid) work();
    });
  };
}
