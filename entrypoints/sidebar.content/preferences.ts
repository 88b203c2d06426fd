import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mode } from '@/lib/coach/types';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_PLACEMENT, readPlacement, type SidebarPlacement } from '@/lib/settings/placement';
import { createRestartableTimer } from './timer';

export { DEFAULT_PLACEMENT };
/** A drag writes many positions; storage gets the one it ends on. */
const SAVE_DELAY_MS = 300;

/**
 * The stored placement, or the default when it is missing or malformed. Storage is closed to content scripts:
 * the background reads it for us.
 */
export async function loadPlacement(): Promise<SidebarPlacement> {
  return readPlacement(await sendMessage('cs-bg:get-placement').catch(() => null));
}

/** Saves at once when the sidebar folds or unfolds (a reload right after must keep it), later while it is dragged. */
export function createPlacementSaver(ctx: ContentScriptContext): (placement: SidebarPlacement, previous: SidebarPlacement) => void {
  let latest: SidebarPlacement | null = null;
  const save = (placement: SidebarPlacement) => void sendMessage('cs-bg:set-placement', placement).catch(() => undefined);
  const timer = createRestartableTimer(ctx, () => latest && save(latest));
  return (placement, previous) => {
    timer.cancel();
    latest = placement;
    if (placement.collapsed !== previous.collapsed) save(placement);
    else timer.start(SAVE_DELAY_MS);
  };
}

/** Mode is a preference: the background changes it for this tab's platform, on the latest settings. */
export async function saveMode(mode: Mode): Promise<void> {
  await sendMessage('cs-bg:set-mode', { mode });
}

/** The Sources page at a passage, opened by the background (a web page can't open the extension's pages). */
export async function openSource(anchor: string): Promise<void> {
  await sendMessage('cs-bg:open-source', { anchor });
}

/** The coach back on for this tab's site: the background writes it and tells the site's other tabs. */
export async function resumeSite(): Promise<void> {
  await sendMessage('cs-bg:resume-site');
}
