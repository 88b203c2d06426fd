import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Mode, Platform, UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import type { SidebarPlacement } from '@/lib/settings/placement';
import { clampTop, sidebarLeft, SIDEBAR_WIDTH } from './placement';
import type { Box, ColorScheme, ViewportSize } from './types';
import { useDragToMove } from './use-drag-to-move';

/** The shell ends this far above the window's bottom edge, and never gets shorter than its header and a line. */
const EDGE_GAP = 8;
const MIN_HEIGHT = 120;

export interface SidebarProps {
  locale: UiLocale;
  platform: Platform;
  mode: Mode;
  scheme: ColorScheme;
  placement: SidebarPlacement;
  /** The composer the sidebar sits beside; null puts it at the right edge. */
  composer: Box | null;
  viewport: ViewportSize;
  onPlacementChange(placement: SidebarPlacement): void;
  children: ComponentChildren;
}

/** The floating shell: beside the composer, folds to a tab at the screen edge, Escape folds it. */
export function Sidebar(props: SidebarProps) {
  const { placement, viewport, onPlacementChange } = props;
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const top = clampTop(placement.top, viewport);
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  // Focus follows a fold or unfold the user made, never a re-render.
  const focusAfterToggle = useRef(false);
  const moveHandlers = useDragToMove(top, (nextTop) => onPlacementChange({ ...placement, top: clampTop(nextTop, viewport) }));

  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    (placement.collapsed ? tabRef : collapseRef).current?.focus();
  }, [placement.collapsed]);

  const setCollapsed = (collapsed: boolean) => {
    focusAfterToggle.current = true;
    onPlacementChange({ ...placement, collapsed });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setCollapsed(true);
  };

  return (
    <div
      class="sc-theme sc-sidebar"
      data-scheme={props.scheme}
      data-platform={props.platform}
      data-mode={props.mode}
      data-collapsed={placement.collapsed}
      lang={props.locale}
    >
      {placement.collapsed ? (
        <button ref={tabRef} type="button" class="sc-tab" style={{ top: `${top}px` }} aria-expanded={false} onClick={() => setCollapsed(false)}>
          {t('sidebar_tab')}
        </button>
      ) : (
        <aside
          class="sc-shell"
          aria-label={t('sidebar_title')}
          style={{
            top: `${top}px`,
            left: `${sidebarLeft(props.composer, viewport)}px`,
            width: `${SIDEBAR_WIDTH}px`,
            maxHeight: `${Math.max(MIN_HEIGHT, viewport.height - top - EDGE_GAP)}px`,
          }}
          onKeyDown={onKeyDown}
        >
          <div class="sc-shell__bar">
            <button type="button" class="sc-shell__move" aria-label={t('sidebar_move')} title={t('sidebar_move_hint')} {...moveHandlers} />
            <span class="sc-shell__title">{t('sidebar_title')}</span>
            <button ref={collapseRef} type="button" class="sc-shell__collapse" aria-expanded={true} onClick={() => setCollapsed(true)}>
              {t('sidebar_collapse')}
            </button>
          </div>
          <div class="sc-shell__body">{props.children}</div>
        </aside>
      )}
    </div>
  );
}
