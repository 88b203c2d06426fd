import type { Translate } from '@/lib/i18n';
import type { Settings, TimesUpBehaviour } from '@/lib/settings/defaults';

interface BudgetSectionProps {
  settings: Settings;
  t: Translate;
  onChange(settings: Settings): void;
  /** Turning the reminder on asks for the notifications permission, so it goes through the page's wiring. */
  onReminderChange(time: string | null): void;
}

const DEFAULT_REMINDER = '09:00';
const TIMES_UP: readonly TimesUpBehaviour[] = ['note', 'soft-block'];

/** The daily budget: minutes, the 80 % note, what happens when time is up, a reminder and the badge. */
export function BudgetSection({ settings, t, onChange, onReminderChange }: BudgetSectionProps) {
  const budget = settings.budget;
  const setBudget = (patch: Partial<Settings['budget']>) => onChange({ ...settings, budget: { ...budget, ...patch } });
  const setMinutes = (input: HTMLInputElement) => {
    const minutes = Number(input.value);
    if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440) setBudget({ dailyMinutes: minutes });
    else input.value = String(budget.dailyMinutes);
  };
  return (
    <section class="pg-card" aria-labelledby="op-budget-heading" data-section="budget">
      <h2 id="op-budget-heading">{t('options_budget_heading')}</h2>
      <p class="pg-soft">{t('options_budget_intro')}</p>
      <div class="pg-row">
        <label for="op-minutes">{t('options_budget_minutes_label')}</label>
        <input
          id="op-minutes"
          type="number"
          min={1}
          max={1440}
          step={1}
          value={budget.dailyMinutes}
          data-testid="budget-minutes"
          onChange={(event) => setMinutes(event.currentTarget)}
        />
      </div>
      <div class="pg-row">
        <input id="op-note80" type="checkbox" checked={budget.noteAt80} onChange={(event) => setBudget({ noteAt80: event.currentTarget.checked })} />
        <label for="op-note80">{t('options_budget_note80_label')}</label>
      </div>
      <fieldset class="op-fieldset">
        <legend>{t('options_budget_timesup_label')}</legend>
        {TIMES_UP.map((choice) => (
          <div class="pg-row" key={choice}>
            <input
              id={`op-timesup-${choice}`}
              type="radio"
              name="op-timesup"
              value={choice}
              checked={budget.timesUp === choice}
              onChange={() => setBudget({ timesUp: choice })}
            />
            <label for={`op-timesup-${choice}`}>{t(choice === 'note' ? 'options_budget_timesup_note' : 'options_budget_timesup_block')}</label>
          </div>
        ))}
      </fieldset>
      <div class="pg-row">
        <input
          id="op-reminder"
          type="checkbox"
          checked={budget.reminderTime !== null}
          onChange={(event) => onReminderChange(event.currentTarget.checked ? DEFAULT_REMINDER : null)}
        />
        <label for="op-reminder">{t('options_budget_reminder_label')}</label>
        {budget.reminderTime !== null && (
          <input
            type="time"
            aria-label={t('options_budget_reminder_time_label')}
            value={budget.reminderTime}
            onChange={(event) => event.currentTarget.value && onReminderChange(event.currentTarget.value)}
          />
        )}
      </div>
      <div class="pg-row">
        <input id="op-badge" type="checkbox" checked={budget.showBadge} onChange={(event) => setBudget({ showBadge: event.currentTarget.checked })} />
        <label for="op-badge">{t('options_budget_badge_label')}</label>
      </div>
    </section>
  );
}
