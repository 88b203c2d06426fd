// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPageScheme } from '@/entrypoints/sidebar.content/page-scheme';

function fakeWindow(backgrounds: { body: string; html: string }, prefersDark: boolean): Window {
  return {
    getComputedStyle: (element: Element) => ({ backgroundColor: element === document.body ? backgrounds.body : backgrounds.html }),
    matchMedia: vi.fn(() => ({ matches: prefersDark })),
  } as unknown as Window;
}

afterEach(() => vi.restoreAllMocks());

describe('detectPageScheme', () => {
  it.each([
    // X "Lights out": black body
    { body: 'rgb(0, 0, 0)', html: 'rgba(0, 0, 0, 0)', prefersDark: false, scheme: 'dark' },
    // X "Dim": dark blue-grey
    { body: 'rgb(21, 32, 43)', html: 'rgba(0, 0, 0, 0)', prefersDark: false, scheme: 'dark' },
    // a light site on a dark OS: the site wins
    { body: 'rgb(255, 255, 255)', html: 'rgba(0, 0, 0, 0)', prefersDark: true, scheme: 'light' },
    // body transparent, <html> painted (LinkedIn-style)
    { body: 'rgba(0, 0, 0, 0)', html: 'rgb(243, 242, 239)', prefersDark: true, scheme: 'light' },
    // nothing painted: follow the OS
    { body: 'rgba(0, 0, 0, 0)', html: 'rgba(0, 0, 0, 0)', prefersDark: true, scheme: 'dark' },
    // a barely-there overlay colour does not count as a background
    { body: 'rgba(255, 255, 255, 0.1)', html: 'rgba(0, 0, 0, 0)', prefersDark: true, scheme: 'dark' },
    // a colour format we do not parse: follow the OS rather than guess
    { body: 'color(display-p3 1 1 1)', html: 'rgba(0, 0, 0, 0)', prefersDark: false, scheme: 'light' },
  ])('$body on $html, OS dark $prefersDark → $scheme', ({ body, html, prefersDark, scheme }) => {
    expect(detectPageScheme(document, fakeWindow({ body, html }, prefersDark))).toBe(scheme);
  });
});
