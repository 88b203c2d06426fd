/** Where the sidebar sits and whether it is folded to a tab: a preference, not a stat. */
export interface SidebarPlacement {
  collapsed: boolean;
  /** Distance from the top of the window, in px. */
  top: number;
}

export const DEFAULT_PLACEMENT: SidebarPlacement = { collapsed: false, top: 96 };
/** Taller than any screen: the sidebar clamps itself to the window anyway. */
const MAX_TOP_PX = 20_000;

/** The placement in `value`, field by field, or the default where it is missing, malformed or out of range. */
export function readPlacement(value: unknown): SidebarPlacement {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_PLACEMENT };
  const { collapsed, top } = value as Partial<Record<keyof SidebarPlacement, unknown>>;
  return {
    collapsed: typeof collapsed === 'boolean' ? collapsed : DEFAULT_PLACEMENT.collapsed,
    top: typeof top === 'number' && Number.isFinite(top) && top >= 0 && top <= MAX_TOP_PX ? top : DEFAULT_PLACEMENT.top,
  };
}
