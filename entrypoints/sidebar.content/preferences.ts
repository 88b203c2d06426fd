import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mode, Platform } from '@/lib/coach/types';
import { settingsItem, sidebarPlacementItem, type SidebarPlacement } from '@/lib/storage';
import { createRestartableTimer } from './timer';

export const DEFAULT_PLACEMENT: SidebarPlacement = { collapsed: false, top: 96 };
/** A drag writes many positions; storage gets the one it ends on. */
const SAVE_DELAY_MS = 300;

/** The stored placement, or the default when it is missing or malformed. */
export async function loadPlacement(): Promise<SidebarPlacement> {
  const stored: unknown = await sidebarPlacementItem.getValue().catch(() => null);
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PLACEMENT;
  const { collapsed, top } = stored as Partial<Record<keyof SidebarPlacement, unknown>>;
  return {
    collapsed: typeof collapsed === 'boolean' ? collapsed : DEFAULT_PLACEMENT.collapsed,
    top: typeof top === 'number' && Number.isFinite(top) ? top : DEFAULT_PLACEMENT.top,
  };
}

/** Saves at once when the sidebar folds or unfolds (a reload right after must keep it), later while it is dragged. */
export function createPlacementSaver(ctx: ContentScriptContext): (placement: SidebarPlacement, previous: SidebarPlacement) => void {
  let latest: SidebarPlacement | null = null;
  const save = (placement: SidebarPlacement) => void sidebarPlacementItem.setValue(placement).catch(() => undefined);
  const timer = createRestartableTimer(ctx, () => latest && save(latest));
  return (placement, previous) => {
    timer.cancel();
    latest = placement;
    if (placement.collapsed !== previous.collapsed) save(placement);
    else timer.start(SAVE_DELAY_MS);
  };
}

/** Mode is a preference: read the latest settings first so a change made in the popup meanwhile survives. */
export async function saveMode(platform: Platform, mode: Mode): Promise<void> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, platformModes: { ...settings.platformModes, [platform]: mode } });
}
