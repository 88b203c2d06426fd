import { useMemo } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import { pluralKey, translator, type Translate } from '@/lib/i18n';
import type { BudgetStatus } from '@/lib/time/types';
import { platformKey } from '../common/labels';
import type { Box, ColorScheme, ViewportSize } from './types';

export interface SoftBlockProps {
  locale: UiLocale;
  scheme: ColorScheme;
  /** The focused composer: left uncovered so an unsaved draft stays visible and editable. */
  keepClear: Box | null;
  viewport: ViewportSize;
  /** Snoozes still allowed today, and the next one's length: each is shorter, and there are only so many. */
  snoozesLeft: number;
  snoozeMinutes: number;
  /** Why the screen is there, and until when: the day's budget (the default), the network's own limit, quiet hours. */
  reason?: BudgetStatus['reason'];
  quietUntil?: string;
  site?: BudgetStatus['site'];
  /** "Leave now" was asked while a draft waits: the page stays, and the card says why. */
  leaveHeld: boolean;
  /** Gets the click: only a person's own (trusted) click may snooze. */
  onSnooze(event: Event): void;
  onLeave(): void;
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

/** The card's title, body and when it ends, for each reason the screen is there. */
function wording(t: Translate, locale: UiLocale, { reason, quietUntil, site }: Pick<SoftBlockProps, 'reason' | 'quietUntil' | 'site'>): [string, string, string] {
  if (reason === 'quiet') return [t('budget_block_quiet_title'), t('budget_block_quiet_body'), t('budget_quiet_until', [quietUntil ?? ''])];
  if (reason === 'site' && site) {
    const network = t(platformKey(site.platform));
    const minutes = Math.round(site.limitMs / 60_000);
    return [t('budget_block_site_title', [network]), t(pluralKey(locale, 'budget_block_site_body', minutes), [network, minutes]), t('budget_resets_midnight_site', [network])];
  }
  return [t('budget_block_title'), t('budget_block_body'), t('budget_resets_midnight')];
}

/**
 * A calm screen over the feed once the budget is spent: leave now, or one of the day's few snoozes, each shorter.
 * Never touches the composer, and says when the budget starts again.
 */
export function SoftBlock({ locale, scheme, keepClear, viewport, snoozesLeft, snoozeMinutes, leaveHeld, onSnooze, onLeave, ...why }: SoftBlockProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [title, body, ends] = wording(t, locale, why);
  return (
    <div class="sc-theme sc-block" data-scheme={scheme} lang={locale}>
      {panelsAround(keepClear, viewport).map((panel, index) => (
        <div key={index} class="sc-block__panel" style={px(panel)} />
      ))}
      <div
        class="sc-block__card"
        role="region"
        aria-label={title}
        data-reason={why.reason ?? 'budget'}
        style={{ top: `${cardTop(keepClear, viewport)}px` }}
      >
        <p class="sc-block__title">{title}</p>
        <p>{body}</p>
        <p class="sc-block__resets">{ends}</p>
        {leaveHeld && (
          <p class="sc-block__held" role="status">
            {t('budget_leave_held')}
          </p>
        )}
        <div class="sc-block__choices">
          <button type="button" class="sc-button sc-button--primary" data-choice="leave" onClick={onLeave}>
            {t('budget_leave_now')}
          </button>
          {snoozesLeft > 0 && (
            <button type="button" class="sc-button" data-choice="snooze" onClick={onSnooze}>
              {snoozeMinutes === 1 ? t('budget_snooze_one') : t('budget_snooze', [snoozeMinutes])}
            </button>
          )}
        </div>
        <p class="sc-block__snoozes" data-testid="snoozes-left">
          {snoozesLeft === 0 ? t('budget_snoozes_none') : snoozesLeft === 1 ? t('budget_snoozes_one') : t('budget_snoozes_many', [snoozesLeft])}
        </p>
      </div>
    </div>
  );
}
