import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampTop, MIN_PANEL_HEIGHT, placeSidebar, SIDEBAR_WIDTH, TAB_HEIGHT, TAB_WIDTH, type KeepClear } from '@/components/coach/placement';
import type { Box } from '@/components/coach/types';

const viewport = { width: 1280, height: 800 };
const clear = (composer: Box | null, drawers: Box[] = [], columns: Box[] = []): KeepClear => ({ composer, drawers, columns });
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;

describe('placeSidebar', () => {
  it.each([
    // room on the right of a centred column: sit just right of it, at the wanted top
    { keep: clear({ top: 0, left: 300, width: 600, height: 100 }), spot: { kind: 'panel', left: 912, top: 96, maxHeight: 696 } },
    // composer pushed right: sit on its left instead
    { keep: clear({ top: 0, left: 700, width: 560, height: 100 }), spot: { kind: 'panel', left: 368, top: 96, maxHeight: 696 } },
    // full-width composer near the top: below it at the window's right edge
    { keep: clear({ top: 0, left: 0, width: 1280, height: 100 }), spot: { kind: 'panel', left: 952, top: 112, maxHeight: 680 } },
    // a full-height composer as wide as the window: no room anywhere, fold to the tab
    { keep: clear({ top: 0, left: 0, width: 1280, height: 800 }), spot: { kind: 'tab', top: 96 } },
    // no composer known yet: right edge
    { keep: clear(null), spot: { kind: 'panel', left: 952, top: 96, maxHeight: 696 } },
    // X's messages drawer at the bottom right: the panel ends above it
    {
      keep: clear({ top: 50, left: 236, width: 600, height: 150 }, [{ top: 740, left: 940, width: 320, height: 60 }]),
      spot: { kind: 'panel', left: 848, top: 96, maxHeight: 632 },
    },
    // a main column on the right of the composer: the left edge covers less of it
    {
      keep: clear({ top: 10, left: 8, width: 300, height: 200 }, [], [{ top: 0, left: 340, width: 600, height: 800 }]),
      spot: { kind: 'panel', left: 952, top: 96, maxHeight: 696 },
    },
  ])('places the sidebar at $spot.kind $spot.left', ({ keep, spot }) => {
    expect(placeSidebar(keep, viewport, 96)).toEqual(spot);
  });

  it('never covers the composer or a drawer, at any window size', () => {
    const box = fc.record({ top: fc.integer({ min: 0, max: 900 }), left: fc.integer({ min: 0, max: 1900 }), width: fc.integer({ min: 1, max: 1200 }), height: fc.integer({ min: 1, max: 900 }) });
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 3 }), fc.integer({ min: 600, max: 2000 }), fc.integer({ min: 400, max: 1200 }), fc.integer({ min: 0, max: 1200 }), (composer, drawers, width, height, top) => {
        const view = { width, height };
        const spot = placeSidebar(clear(composer, drawers), view, top);
        const shown =
          spot.kind === 'panel'
            ? { left: spot.left, top: spot.top, width: SIDEBAR_WIDTH, height: spot.maxHeight }
            : { left: width - TAB_WIDTH, top: spot.top, width: TAB_WIDTH, height: TAB_HEIGHT };
        if (spot.kind === 'panel') {
          expect(spot.maxHeight).toBeGreaterThanOrEqual(MIN_PANEL_HEIGHT);
          expect(shown.left + shown.width).toBeLessThanOrEqual(width);
          expect(shown.top + shown.height).toBeLessThanOrEqual(height);
          // a panel is only ever shown where it covers nothing it must keep clear of
          for (const keep of [composer, ...drawers]) expect(overlaps(shown, keep)).toBe(false);
        }
      }),
    );
  });

  it('puts the tab where no drawer is, when there is a free spot at the edge', () => {
    const spot = placeSidebar(clear({ top: 0, left: 0, width: 1280, height: 700 }, [{ top: 690, left: 1100, width: 180, height: 110 }]), viewport, 96);
    expect(spot).toEqual({ kind: 'tab', top: 96 });
    const low = placeSidebar(clear({ top: 0, left: 0, width: 1100, height: 800 }, [{ top: 0, left: 1100, width: 180, height: 300 }]), viewport, 96);
    expect(low).toEqual({ kind: 'tab', top: 312 });
  });
});

describe('clampTop', () => {
  it.each([
    // remembered top fits: kept
    { top: 96, expected: 96 },
    // window shrank below the remembered top: pulled back so the header stays visible
    { top: 5000, expected: 752 },
    // negative from a wild drag: back to the edge
    { top: -40, expected: 8 },
    // malformed storage (NaN): a safe default rather than a hidden sidebar
    { top: Number.NaN, expected: 8 },
  ])('keeps $top reachable', ({ top, expected }) => {
    expect(clampTop(top, viewport)).toBe(expected);
  });
});
