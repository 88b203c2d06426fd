// The click guard's hazard on the X fixture, shared by the Chromium spec (tests/e2e/sidebar/settle-guard.spec.ts) and
// the Firefox one (tests/e2e-firefox/settle-guard.spec.ts). Free of either driver: the in-page functions go to
// Playwright's and puppeteer's `page.evaluate` alike.

/**
 * The repeated tag typed last brings a problem nudge in above the tip the pointer rests on, and its "Remove the
 * repeated" chip slides over the place of the tip's "Use #SocialMedia".
 */
export const HAZARD = {
  /** The draft before the tag: one tip, "Use #SocialMedia", where the pointer comes to rest. */
  first: 'Sunny walk today. What do you think? #socialmedia',
  /** Typed on with the pointer resting: the tag again, and a new nudge above the tip. A tag first written as a word
   * ("Love #socialmedia today") and tagged again at the end is no repeat: here both are tags. */
  tag: ' #socialmedia',
  repeated: 'Sunny walk today. What do you think? #socialmedia #socialmedia',
  /** The chip the user aims at. */
  aimedAt: 'Use #SocialMedia',
  /** The chip that slides under the pointer in its place. */
  sliding: 'Remove the repeated #socialmedia',
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part two boxes share (width or height zero or less when they do not overlap), and its centre. */
export function overlap(a: Box, b: Box): { width: number; height: number; x: number; y: number } {
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  const left = Math.max(a.x, b.x);
  const right = Math.min(a.x + a.width, b.x + b.width);
  return { width: right - left, height: bottom - top, x: (left + right) / 2, y: (top + bottom) / 2 };
}

/**
 * In the page: the label of the sidebar's button under a point of the viewport, as a pointer resting there would hit
 * it (null over anything else). Self-contained, as the drivers send its source to the page.
 */
export const buttonLabelAt = ([x, y]: readonly [number, number]): string | null =>
  document.querySelector('social-coach')?.shadowRoot?.elementFromPoint(x, y)?.closest('button')?.textContent ?? null;

/** In the page: whether the sidebar's button under the point is labelled `label` (for polling in the page). */
export const buttonAtIs = ([x, y, label]: readonly [number, number, string]): boolean =>
  document.querySelector('social-coach')?.shadowRoot?.elementFromPoint(x, y)?.closest('button')?.textContent === label;
