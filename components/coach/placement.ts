import type { Box, ViewportSize } from './types';

export const SIDEBAR_WIDTH = 320;
const GAP = 12;
const EDGE = 8;
/** Keeps the header reachable when the window shrinks. */
const MIN_VISIBLE = 48;
/** Below this the panel shows too little to be worth its place: it folds to the tab instead. */
export const MIN_PANEL_HEIGHT = 220;
/** The folded tab's box, for finding it a free spot at the window's edge. */
export const TAB_WIDTH = 96;
export const TAB_HEIGHT = 40;

/** What the sidebar must keep clear of, in viewport px. */
export interface KeepClear {
  /** The composer with its own buttons (Post included): never covered. */
  composer: Box | null;
  /** The site's drawers and chat windows: never covered. */
  drawers: readonly Box[];
  /** The site's main column: covered only when nothing else has room. */
  columns: readonly Box[];
}

export const NOTHING_TO_KEEP_CLEAR: KeepClear = { composer: null, drawers: [], columns: [] };

export type SidebarSpot =
  | { kind: 'panel'; left: number; top: number; maxHeight: number }
  /** No room for the panel without covering the composer or a drawer: a tab at the right edge, at `top`. */
  | { kind: 'tab'; top: number };

interface Segment {
  start: number;
  end: number;
}

const overlapsColumn = (box: Box, left: number, width: number) => box.left < left + width && box.left + box.width > left;

/** The vertical stretches of the column [left, left + width) that no blocking box reaches (with a gap). */
function freeSegments(blocking: readonly Box[], left: number, width: number, viewport: ViewportSize): Segment[] {
  const blocked = blocking
    .filter((box) => box.width > 0 && box.height > 0 && overlapsColumn(box, left - GAP, width + 2 * GAP))
    .map((box) => ({ start: box.top - GAP, end: box.top + box.height + GAP }))
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = EDGE;
  for (const range of blocked) {
    if (range.start > cursor) segments.push({ start: cursor, end: Math.min(range.start, viewport.height - EDGE) });
    cursor = Math.max(cursor, range.end);
  }
  if (cursor < viewport.height - EDGE) segments.push({ start: cursor, end: viewport.height - EDGE });
  return segments.filter((segment) => segment.end > segment.start);
}

/** The top in `segments` nearest the wanted one that leaves at least `height` free below it, or null. */
function topIn(segments: readonly Segment[], wanted: number, height: number): { top: number; end: number } | null {
  let best: { top: number; end: number; distance: number } | null = null;
  for (const segment of segments) {
    if (segment.end - segment.start < height) continue;
    const top = Math.min(Math.max(wanted, segment.start), segment.end - height);
    const distance = Math.abs(top - wanted);
    if (!best || distance < best.distance) best = { top, end: segment.end, distance };
  }
  return best && { top: best.top, end: best.end };
}

const coveredArea = (boxes: readonly Box[], left: number, top: number, width: number, height: number) =>
  boxes.reduce((sum, box) => {
    const w = Math.min(left + width, box.left + box.width) - Math.max(left, box.left);
    const h = Math.min(top + height, box.top + box.height) - Math.max(top, box.top);
    return sum + (w > 0 && h > 0 ? w * h : 0);
  }, 0);

/**
 * Where the sidebar goes: a column beside the composer (right, then left), else at the window's right or left
 * edge, wherever it covers neither the composer with its buttons nor the site's drawers and chat windows; among
 * those, the one covering least of the main column. With no such room it folds to a tab at the right edge.
 */
export function placeSidebar(keepClear: KeepClear, viewport: ViewportSize, wantedTop: number, width = SIDEBAR_WIDTH): SidebarSpot {
  const { composer, drawers, columns } = keepClear;
  const blocking = composer ? [composer, ...drawers] : drawers;
  const lefts = [
    ...(composer ? [composer.left + composer.width + GAP, composer.left - GAP - width] : []),
    viewport.width - width - EDGE,
    EDGE,
  ].filter((left) => left >= EDGE && left + width <= viewport.width - EDGE);
  let best: { spot: SidebarSpot; covered: number } | null = null;
  for (const left of lefts) {
    const fit = topIn(freeSegments(blocking, left, width, viewport), wantedTop, MIN_PANEL_HEIGHT);
    if (!fit) continue;
    const maxHeight = fit.end - fit.top;
    const covered = coveredArea(columns, left, fit.top, width, maxHeight);
    if (!best || covered < best.covered) best = { spot: { kind: 'panel', left, top: fit.top, maxHeight }, covered };
    if (covered === 0) break;
  }
  if (best) return best.spot;
  const tabColumn = freeSegments(blocking, viewport.width - TAB_WIDTH, TAB_WIDTH, viewport);
  return { kind: 'tab', top: topIn(tabColumn, wantedTop, TAB_HEIGHT)?.top ?? clampTop(wantedTop, viewport) };
}

/** The remembered top, kept inside the window so the sidebar can always be reached. */
export function clampTop(top: number, viewport: ViewportSize): number {
  const safeTop = Number.isFinite(top) ? top : EDGE;
  return Math.min(Math.max(EDGE, safeTop), Math.max(EDGE, viewport.height - MIN_VISIBLE));
}
