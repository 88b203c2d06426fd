import type { KeepClear } from '@/components/coach/placement';
import type { Box, ViewportSize } from '@/components/coach/types';
import type { SiteAdapter } from '@/lib/sites/types';

/** How far up from the editor its own Post button is looked for (X's toolbar sits three levels up). */
const PUBLISH_BUTTON_DEPTH = 5;

const boxOf = (element: Element): Box => {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
};

const union = (a: Box, b: Box): Box => {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
};

/**
 * The area the sidebar must stay clear of: the whole dialog for dialog composers (its buttons included),
 * otherwise the editor with the Post button that sends it.
 */
export function composerBox(editor: HTMLElement, adapter?: SiteAdapter): Box {
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) return boxOf(dialog);
  let box = boxOf(editor);
  if (!adapter) return box;
  let scope = editor.parentElement;
  for (let depth = 0; scope && depth < PUBLISH_BUTTON_DEPTH; depth++, scope = scope.parentElement) {
    const buttons = [...scope.querySelectorAll('button, [role="button"], input[type="submit"]')].filter((button) => adapter.isPublishButton(button, editor));
    if (buttons.length === 0) continue;
    for (const button of buttons) box = union(box, boxOf(button));
    break;
  }
  return box;
}

const visibleBoxes = (doc: Document, selector: string | undefined): Box[] =>
  selector ? [...doc.querySelectorAll(selector)].map(boxOf).filter((box) => box.width > 0 && box.height > 0) : [];

/** The composer, the site's drawers and chat windows, and its main column, as they are on screen now. */
export function keepClearOf(editor: HTMLElement, adapter: SiteAdapter): KeepClear {
  return {
    composer: composerBox(editor, adapter),
    drawers: visibleBoxes(editor.ownerDocument, adapter.drawers),
    columns: visibleBoxes(editor.ownerDocument, adapter.columns),
  };
}

export function viewportOf(win: Window): ViewportSize {
  return { width: win.innerWidth, height: win.innerHeight };
}

const sameBox = (a: Box, b: Box) => a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
const sameBoxes = (a: readonly Box[], b: readonly Box[]) => a.length === b.length && a.every((box, i) => sameBox(box, b[i]!));

export function sameKeepClear(a: KeepClear, b: KeepClear): boolean {
  const composers = a.composer === b.composer || (!!a.composer && !!b.composer && sameBox(a.composer, b.composer));
  return composers && sameBoxes(a.drawers, b.drawers) && sameBoxes(a.columns, b.columns);
}
