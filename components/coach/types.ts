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

export type BudgetLevel = 'ok' | 'near' | 'over' | 'extra';

/** The budget as the sidebar shows it; the background's BudgetStatus fits this shape. */
export interface BudgetView {
  level: BudgetLevel;
  usedMs: number;
  budgetMs: number;
  /** "Finish this post" is still available today. */
  canExtend: boolean;
  blocked: boolean;
}
