import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Mode, Platform, UiLocale } from '@/lib/coach/types';
import { pluralKey, translator } from '@/lib/i18n';
import type { SidebarPlacement } from '@/lib/settings/placement';
import { clampTop, placeSidebar, SIDEBAR_WIDTH, type KeepClear } from './placement';
import type { ColorScheme, ViewportSize } from './types';
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
  /** The composer the sidebar sits beside and what else on the page it must not cover. */
  keepClear: KeepClear;
  viewport: ViewportSize;
  /** How many nudges the folded tab counts. */
  count?: number;
  onPlacementChange(placement: SidebarPlacement): void;
  /** "Pause the coach here" is on for this site today: only a small tab that says so, with a way back. */
  paused?: boolean;
  /** Gets the click: only a person's own (trusted) click turns the coach back on. */
  onResume?(event: Event): void;
  children: ComponentChildren;
}

/**
 * The floating shell: beside the composer where it covers neither the composer nor the site's drawers, else
 * folded to a tab at the screen edge. Opened from that tab it lies over the page until focus goes back to it
 * ("peek"). Escape folds it.
 */
export function Sidebar(props: SidebarProps) {
  const { placement, viewport, onPlacementChange } = props;
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const top = clampTop(placement.top, viewport);
  const spot = placeSidebar(props.keepClear, viewport, top);
  const [peek, setPeek] = useState(false);
  const folded = placement.collapsed || (spot.kind === 'tab' && !peek);
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  // Focus follows a fold or unfold the user made, never a re-render.
  const focusAfterToggle = useRef(false);
  const moveHandlers = useDragToMove(top, (nextTop) => onPlacementChange({ ...placement, top: clampTop(nextTop, viewport) }));

  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    (folded ? tabRef : collapseRef).current?.focus();
  }, [folded]);

  const setCollapsed = (collapsed: boolean) => {
    focusAfterToggle.current = true;
    if (!collapsed) {
      setPeek(spot.kind === 'tab');
      if (placement.collapsed) onPlacementChange({ ...placement, collapsed: false });
    } else if (peek) setPeek(false);
    else onPlacementChange({ ...placement, collapsed: true });
  };

  // A peeked panel lies over the page: it folds back once the user goes back to the page.
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (peek && !(next && (event.currentTarget as Node).contains(next))) setPeek(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setCollapsed(true);
  };

  if (props.paused) {
    return (
      <div
        class="sc-theme sc-sidebar"
        data-scheme={props.scheme}
        data-platform={props.platform}
        data-mode={props.mode}
        data-placement="paused"
        data-paused="true"
        lang={props.locale}
      >
        <div class="sc-tab sc-tab--paused" role="group" aria-label={t('sidebar_title')} style={{ top: `${spot.kind === 'tab' ? spot.top : top}px` }}>
          <span>{t('sidebar_paused')}</span>
          <button type="button" class="sc-button" data-action="resume" onClick={(event) => props.onResume?.(event)}>
            {t('sidebar_resume')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div
      class="sc-theme sc-sidebar"
      data-scheme={props.scheme}
      data-platform={props.platform}
      data-mode={props.mode}
      data-collapsed={placement.collapsed}
      data-placement={folded ? 'tab' : spot.kind === 'tab' ? 'peek' : 'panel'}
      lang={props.locale}
    >
      {folded ? (
        <button
          ref={tabRef}
          type="button"
          class="sc-tab"
          style={{ top: `${spot.kind === 'tab' ? spot.top : top}px` }}
          aria-expanded={false}
          onClick={() => setCollapsed(false)}
        >
          {t('sidebar_tab')}
          {!!props.count && (
            <span class="sc-tab__count" aria-label={t(pluralKey(props.locale, 'sidebar_tab_count', props.count), [props.count])}>
              {props.count}
            </span>
          )}
        </button>
      ) : (
        <aside
          class="sc-shell"
          aria-label={t('sidebar_title')}
          style={
            spot.kind === 'panel'
              ? { top: `${spot.top}px`, left: `${spot.left}px`, width: `${SIDEBAR_WIDTH}px`, maxHeight: `${spot.maxHeight}px` }
              : {
                  top: `${top}px`,
                  right: `${EDGE_GAP}px`,
                  width: `${Math.min(SIDEBAR_WIDTH, viewport.width - 2 * EDGE_GAP)}px`,
                  maxHeight: `${Math.max(MIN_HEIGHT, viewport.height - top - EDGE_GAP)}px`,
                }
          }
          onKeyDown={onKeyDown}
          onFocusOut={onFocusOut}
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
