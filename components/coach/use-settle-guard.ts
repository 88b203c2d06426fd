import { createContext, type RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import { afterPaint } from '../common/after-paint';

/** How long a suggestion or "Ignore" stands still before a pointer click on it acts. */
export const SETTLE_MS = 500;
/** Less than this is rounding, not a move: Firefox's positions differ by a hair once the page has scrolled. */
const MOVE_PX = 1;
/** The controls whose click changes the draft or what the coach shows: one hit by mistake does harm. */
const GUARDED = 'button.sc-suggestion, button.sc-finding__ignore';

interface Seen {
  /** The nudge's rule and the control's label: a reused button that now says something else is a new control. */
  identity: string;
  top: number;
  left: number;
  since: number;
}

export interface SettleGuard {
  /** Whether this click acts: a keyboard's (`detail` 0) always, a pointer's only on a control that stood still. */
  accepts(event: MouseEvent): boolean;
}

/** Outside a coach panel nothing moves under the pointer: every click acts. */
export const SettleGuardContext = createContext<SettleGuard>({ accepts: () => true });

/**
 * Keeps a click meant for one suggestion from landing on another: a new analysis can reorder the nudges while the
 * pointer travels to a chip. After every render (and whenever the panel changes size, e.g. a "why" opens) each
 * guarded control's place in the panel and its label are compared with the last; one that appeared, moved or
 * changed carries `data-settled="false"` for SETTLE_MS, then `"true"`. Places are relative to the panel, so
 * scrolling it or moving the sidebar is no change.
 *
 * After a render the places are read once the frame has painted, when the layout is clean: read at once, every
 * keystroke's render forced the page to lay out the typed text ahead of its frame, which was most of the coach's
 * cost to the page while typing (`npm run bench:e2e`). A click before then measures for itself, so none acts early.
 */
export function useSettleGuard(rootRef: RefObject<HTMLElement>, now: () => number = () => performance.now()): SettleGuard {
  const guard = useMemo(() => {
    const seen = new WeakMap<Element, Seen>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The read queued for after the next paint, as its cancel.
    let cancelPainted: (() => void) | undefined;
    let renderedAt = 0;

    /** `movedAt`: when whatever moved a control happened (a render's time, or now for a move no render announced). */
    const measure = (movedAt = now()) => {
      clearTimeout(timer);
      timer = undefined;
      const root = rootRef.current;
      if (!root) return;
      const origin = root.getBoundingClientRect();
      const time = now();
      let wake = Infinity;
      // All places first, then the marks: a mark written between two reads would make the next read lay out again.
      const marks: [HTMLElement, string][] = [];
      for (const control of root.querySelectorAll<HTMLElement>(GUARDED)) {
        const box = control.getBoundingClientRect();
        const identity = `${control.closest('[data-rule]')?.getAttribute('data-rule') ?? ''}\n${control.textContent ?? ''}`;
        const top = box.top - origin.top;
        const left = box.left - origin.left;
        let last = seen.get(control);
        if (!last || last.identity !== identity || Math.abs(last.top - top) >= MOVE_PX || Math.abs(last.left - left) >= MOVE_PX) {
          last = { identity, top, left, since: movedAt };
          seen.set(control, last);
        }
        const settled = time - last.since >= SETTLE_MS;
        if (control.dataset.settled !== String(settled)) marks.push([control, String(settled)]);
        if (!settled) wake = Math.min(wake, last.since + SETTLE_MS - time);
      }
      for (const [control, settled] of marks) control.dataset.settled = settled;
      if (wake !== Infinity) timer = setTimeout(measure, Math.ceil(wake));
    };

    return {
      measure,
      /** After a render: the latest render's time counts, so a control moved by any of them waits its full time. */
      measureAfterPaint() {
        renderedAt = now();
        cancelPainted ??= afterPaint(() => {
          cancelPainted = undefined;
          measure(renderedAt);
        });
      },
      stop: () => {
        clearTimeout(timer);
        cancelPainted?.();
        cancelPainted = undefined;
      },
      accepts(event: MouseEvent): boolean {
        if (event.detail === 0) return true;
        // A move no render announced (a native <details> opening above) counts from now.
        measure();
        return (event.currentTarget as HTMLElement | null)?.dataset.settled === 'true';
      },
    };
    // The root and the clock stay for the panel's life.
  }, []);

  useLayoutEffect(() => guard.measureAfterPaint());

  useEffect(() => {
    const root = rootRef.current;
    const resized = typeof ResizeObserver === 'undefined' || !root ? undefined : new ResizeObserver(() => guard.measure());
    if (root) resized?.observe(root);
    return () => {
      resized?.disconnect();
      guard.stop();
    };
  }, [guard, rootRef]);

  return guard;
}
