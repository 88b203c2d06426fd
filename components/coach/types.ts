/** Shapes the coach components take as props. Plain data, so the practice page can feed them too. */

export type ColorScheme = 'light' | 'dark';

/** A box on screen in viewport px, like DOMRect but easy to build in tests. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ViewportSize {
  width: number;
  height: number;
}

