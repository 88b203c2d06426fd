import type { Box, ViewportSize } from '@/components/coach/types';

/**
 * The area the sidebar must stay clear of: the whole dialog for dialog composers (its buttons included),
 * otherwise the editor's own box.
 */
export function composerBox(editor: HTMLElement): Box {
  const scope = editor.closest('[role="dialog"]') ?? editor;
  const rect = scope.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

export function viewportOf(win: Window): ViewportSize {
  return { width: win.innerWidth, height: win.innerHeight };
}

export function sameBox(a: Box | null, b: Box | null): boolean {
  return a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);
}
