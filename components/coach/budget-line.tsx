import { useMemo } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import { pluralKey, translator, type Translate } from '@/lib/i18n';
import type { BudgetStatus } from '@/lib/time/types';

export interface BudgetLineProps {
  locale: UiLocale;
  budget: BudgetStatus;
  /** The user's setting for the gentle note at 80 %. */
  showNearNote: boolean;
  /** The user closed today's "time's up"; the line stays, the message goes. */
  timesUpClosed: boolean;
  /** Gets the click: only a person's own (trusted) click may add the five minutes. */
  onFinishPost(event: Event): void;
  onCloseTimesUp(): void;
  onLeave(): void;
}

const MINUTE_MS = 60_000;

function TimesUp({ budget, t, onFinishPost, onCloseTimesUp, onLeave }: Pick<BudgetLineProps, 'budget' | 'onFinishPost' | 'onCloseTimesUp' | 'onLeave'> & { t: Translate }) {
  return (
    <div class="sc-budget__times-up" role="alert">
      <p class="sc-budget__title">{t('budget_times_up')}</p>
      <p>{t('budget_times_up_body')}</p>
      <p class="sc-budget__resets">{t('budget_resets_midnight')}</p>
      <div class="sc-budget__choices">
        {budget.canExtend && (
          <button type="button" class="sc-button sc-button--primary" data-choice="finish-post" onClick={onFinishPost}>
            {t('budget_finish_post')}
          </button>
        )}
        <button type="button" class="sc-button" data-choice="leave" onClick={onLeave}>
          {t('budget_leave_now')}
        </button>
        <button type="button" class="sc-button" data-choice="close" onClick={onCloseTimesUp}>
          {t('budget_close')}
        </button>
      </div>
    </div>
  );
}

/** Minutes used of today's budget, with the gentle note at 80 % and the clear "time's up" at 100 %. */
export function BudgetLine(props: BudgetLineProps) {
  const { budget, locale } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const used = Math.floor(Math.max(0, budget.usedMs) / MINUTE_MS);
  const total = Math.round(Math.max(0, budget.budgetMs) / MINUTE_MS);
  return (
    <section class="sc-budget" data-level={budget.level} aria-label={t('budget_label')}>
      <p class="sc-budget__line">{t(pluralKey(locale, 'budget_line', total), [used, total])}</p>
      {budget.work && (
        <p class="sc-budget__line" data-testid="work-line">
          {t(pluralKey(locale, 'budget_work_line', Math.round(budget.work.budgetMs / MINUTE_MS)), [Math.floor(budget.work.usedMs / MINUTE_MS), Math.round(budget.work.budgetMs / MINUTE_MS)])}
        </p>
      )}
      <div role="status" aria-live="polite">
        {budget.level === 'near' && props.showNearNote && <p class="sc-budget__note">{t('budget_near')}</p>}
        {budget.level === 'extra' && <p class="sc-budget__note">{t('budget_extra')}</p>}
      </div>
      {budget.level === 'over' && !props.timesUpClosed && <TimesUp {...props} t={t} />}
    </section>
  );
}
