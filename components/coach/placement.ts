import type { Box, ViewportSize } from './types';

export const SIDEBAR_WIDTH = 320;
const GAP = 12;
const EDGE = 8;
/** Keeps the header reachable when the window shrinks. */
const MIN_VISIBLE = 48;

/**
 * Where the sidebar's left edge goes: beside the composer on the side with room, so it never covers the
 * composer or its buttons; at the right edge of the window when neither side has room or no composer is known.
 */
export function sidebarLeft(composer: Box | null, viewport: ViewportSize, width = SIDEBAR_WIDTH): number {
  const rightEdge = Math.max(EDGE, viewport.width - width - EDGE);
  if (!composer) return rightEdge;
  const rightOfComposer = composer.left + composer.width + GAP;
  if (rightOfComposer + width + EDGE <= viewport.width) return rightOfComposer;
  const leftOfComposer = composer.left - GAP - width;
  if (leftOfComposer >= EDGE) return leftOfComposer;
  return rightEdge;
}

/** The remembered top, kept inside the window so the sidebar can always be reached. */
export function clampTop(top: number, viewport: ViewportSize): number {
  const safeTop = Number.isFinite(top) ? top : EDGE;
  return Math.min(Math.max(EDGE, safeTop), Math.max(EDGE, viewport.height - MIN_VISIBLE));
}
