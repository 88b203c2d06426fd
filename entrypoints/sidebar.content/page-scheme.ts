import type { ColorScheme } from '@/components/coach/types';

/** Relative luminance below this reads as a dark page (X "Lights out" is 0, "Dim" about 0.03). */
const DARK_LUMINANCE = 0.4;

function parseRgb(color: string): [number, number, number, number] | null {
  const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(color);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The site's own scheme: the page background when it paints one (sites have their own dark-mode switch),
 * otherwise the OS preference.
 */
export function detectPageScheme(doc: Document, win: Window): ColorScheme {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
