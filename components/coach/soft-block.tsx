import { useMemo } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import type { Box, ColorScheme, ViewportSize } from './types';

export interface SoftBlockProps {
  locale: UiLocale;
  scheme: ColorScheme;
  /** The focused composer: left uncovered so an unsaved draft stays visible and editable. */
  keepClear: Box | null;
  viewport: ViewportSize;
  onSnooze(): void;
}

type Panel = Box;

/** Four panels around the composer (or one over everything) make a screen with a hole in it. */
function panelsAround(hole: Box | null, viewport: ViewportSize): Panel[] {
  if (!hole) return [{ top: 0, left: 0, width: viewport.width, height: viewport.height }];
  const bottom = hole.top + hole.height;
  const right = hole.left + hole.width;
  return [
    { top: 0, left: 0, width: viewport.width, height: Math.max(0, hole.top) },
    { top: bottom, left: 0, width: viewport.width, height: Math.max(0, viewport.height - bottom) },
    { top: hole.top, left: 0, width: Math.max(0, hole.left), height: hole.height },
    { top: hole.top, left: right, width: Math.max(0, viewport.width - right), height: hole.height },
  ].filter((panel) => panel.width > 0 && panel.height > 0);
}

/** The message card goes in the taller free band above or below the composer. */
function cardTop(hole: Box | null, viewport: ViewportSize): number {
  if (!hole) return viewport.height / 3;
  const below = viewport.height - (hole.top + hole.height);
  return hole.top >= below ? hole.top / 2 : hole.top + hole.height + below / 2;
}

const px = (box: Box) => ({ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` });

/** A calm screen over the feed once the budget is spent, with a five-minute snooze. Never touches the composer. */
export function SoftBlock({ locale, scheme, keepClear, viewport, onSnooze }: SoftBlockProps) {
  const t = useMemo(() => translator(locale), [locale]);
  return (
    <div class="sc-theme sc-block" data-scheme={scheme} lang={locale}>
      {panelsAround(keepClear, viewport).map((panel, index) => (
        <div key={index} class="sc-block__panel" style={px(panel)} />
      ))}
      <div class="sc-block__card" role="region" aria-label={t('budget_block_title')} style={{ top: `${cardTop(keepClear, viewport)}px` }}>
        <p class="sc-block__title">{t('budget_block_title')}</p>
        <p>{t('budget_block_body')}</p>
        <button type="button" class="sc-button sc-button--primary" onClick={onSnooze}>
          {t('budget_snooze')}
        </button>
      </div>
    </div>
  );
}
