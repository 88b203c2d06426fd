import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampTop, SIDEBAR_WIDTH, sidebarLeft } from '@/components/coach/placement';

const viewport = { width: 1280, height: 800 };

describe('sidebarLeft', () => {
  it.each([
    // room on the right of a centred column: sit just right of it
    { composer: { top: 0, left: 300, width: 600, height: 100 }, left: 912 },
    // composer pushed right: sit on its left instead
    { composer: { top: 0, left: 700, width: 560, height: 100 }, left: 368 },
    // full-width composer: neither side has room, use the right edge
    { composer: { top: 0, left: 0, width: 1280, height: 100 }, left: 1280 - SIDEBAR_WIDTH - 8 },
    // no composer known yet: right edge
    { composer: null, left: 1280 - SIDEBAR_WIDTH - 8 },
  ])('places the sidebar at $left', ({ composer, left }) => {
    expect(sidebarLeft(composer, viewport)).toBe(left);
  });

  it('never overlaps the composer horizontally when it picks a side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1280 }), fc.integer({ min: 1, max: 1280 }), (left, width) => {
        const composer = { top: 0, left, width, height: 50 };
        const x = sidebarLeft(composer, viewport);
        const isEdge = x === viewport.width - SIDEBAR_WIDTH - 8;
        const clear = x + SIDEBAR_WIDTH <= composer.left || x >= composer.left + composer.width;
        return clear || isEdge;
      }),
    );
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
