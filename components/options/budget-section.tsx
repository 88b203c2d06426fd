import { PLATFORMS, type Platform, type UiLocale } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import { platformKey } from '../common/labels';
import { TimeField } from '../common/time-field';
import { LockedMark, lockedMarks } from '../common/locked-mark';
import { TypedInput, wholeNumber } from '../common/typed-input';
import type { Settings, TimesUpBehaviour, WorkWriting } from '@/lib/settings/defaults';
import type { PolicyField } from '@/lib/settings/policy';

interface BudgetSectionProps {
  settings: Settings;
  /** The page's language: the Dutch UI writes times of day in 24 hours whatever the browser's clock (TimeField). */
  locale?: UiLocale;
  t: Translate;
  onChange(settings: Settings): void;
  /** Turning the reminder on asks for the notifications permission, so it goes through the page's wiring. */
  onReminderChange(time: string | null): void;
  /** Settings the user's organisation locked: shown, marked, and not editable. */
  locked?: ReadonlySet<PolicyField>;
  /** Networks whose own limit the organisation locked (a locked `siteMinutes` covers the networks it names). */
  lockedSites?: ReadonlySet<Platform>;
}

const NOTHING_LOCKED: ReadonlySet<PolicyField> = new Set();
const NO_SITES: ReadonlySet<Platform> = new Set();

const DEFAULT_REMINDER = '09:00';
const TIMES_UP: readonly TimesUpBehaviour[] = ['note', 'soft-block'];
const WORK_WRITING: readonly WorkWriting[] = ['counts', 'own'];

/** The daily budget: minutes, the 80 % note, what happens when time is up, a reminder and the badge. */
export function BudgetSection({ settings, locale = 'en', t, onChange, onReminderChange, locked = NOTHING_LOCKED, lockedSites = NO_SITES }: BudgetSectionProps) {
  const quietLocked = locked.has('quietHours');
  const budget = settings.budget;
  const mark = lockedMarks(locked, t);
  const setBudget = (patch: Partial<Settings['budget']>) => onChange({ ...settings, budget: { ...budget, ...patch } });
  const setQuiet = (patch: Partial<Settings['budget']['quietHours']>) => setBudget({ quietHours: { ...budget.quietHours, ...patch } });
  /** Empty (or 0) is no limit of its own. */
  const setSiteMinutes = (platform: Platform, text: string) => {
    const minutes = text.trim() === '' ? 0 : wholeNumber(text, 0, 1440);
    if (minutes !== null) setBudget({ siteMinutes: { ...budget.siteMinutes, [platform]: minutes } });
  };
  const setNumber = (field: 'dailyMinutes' | 'snoozesPerDay' | 'workMinutes' | 'pauseAfterMinutes', min: number, max: number) => (text: string) => {
    const value = wholeNumber(text, min, max);
    if (value !== null) setBudget({ [field]: value });
  };
  return (
    <section class="pg-card" aria-labelledby="op-budget-heading" data-section="budget">
      <h2 id="op-budget-heading">{t('options_budget_heading')}</h2>
      <p class="pg-soft">{t('options_budget_intro')}</p>
      <div class="pg-row">
        <label for="op-minutes">{t('options_budget_minutes_label')}</label>
        {mark('dailyMinutes')}
        <TypedInput
          id="op-minutes"
          disabled={locked.has('dailyMinutes')}
          type="number"
          min={1}
          max={1440}
          step={1}
          value={String(budget.dailyMinutes)}
          data-testid="budget-minutes"
          onCommit={setNumber('dailyMinutes', 1, 1440)}
        />
      </div>
      <div class="pg-row">
        <input id="op-note80" type="checkbox" checked={budget.noteAt80} onChange={(event) => setBudget({ noteAt80: event.currentTarget.checked })} />
        <label for="op-note80">{t('options_budget_note80_label')}</label>
      </div>
      <fieldset class="op-fieldset">
        <legend>
          {t('options_budget_timesup_label')} {mark('timesUp')}
        </legend>
        {TIMES_UP.map((choice) => (
          <div class="pg-row" key={choice}>
            <input
              id={`op-timesup-${choice}`}
              type="radio"
              name="op-timesup"
              value={choice}
              disabled={locked.has('timesUp')}
              checked={budget.timesUp === choice}
              onChange={() => setBudget({ timesUp: choice })}
            />
            <label for={`op-timesup-${choice}`}>{t(choice === 'note' ? 'options_budget_timesup_note' : 'options_budget_timesup_block')}</label>
          </div>
        ))}
      </fieldset>
      {budget.timesUp === 'soft-block' && (
        <div class="pg-row">
          <label for="op-snoozes">{t('options_budget_snoozes_label')}</label>
          {mark('snoozesPerDay')}
          <TypedInput
            id="op-snoozes"
            disabled={locked.has('snoozesPerDay')}
            type="number"
            min={0}
            max={5}
            step={1}
            value={String(budget.snoozesPerDay)}
            onCommit={setNumber('snoozesPerDay', 0, 5)}
          />
        </div>
      )}
      <fieldset class="op-fieldset">
        <legend>
          {t('options_budget_work_label')} {mark('workWriting')}
        </legend>
        {WORK_WRITING.map((choice) => (
          <div class="pg-row" key={choice}>
            <input
              id={`op-work-${choice}`}
              type="radio"
              name="op-work"
              value={choice}
              disabled={locked.has('workWriting')}
              checked={budget.workWriting === choice}
              onChange={() => setBudget({ workWriting: choice })}
            />
            <label for={`op-work-${choice}`}>{t(choice === 'counts' ? 'options_budget_work_counts' : 'options_budget_work_own')}</label>
          </div>
        ))}
        {budget.workWriting === 'own' && (
          <div class="pg-row">
            <label for="op-work-minutes">{t('options_budget_work_minutes_label')}</label>
            {mark('workMinutes')}
            <TypedInput
              id="op-work-minutes"
              disabled={locked.has('workMinutes')}
              type="number"
              min={1}
              max={1440}
              step={1}
              value={String(budget.workMinutes)}
              onCommit={setNumber('workMinutes', 1, 1440)}
            />
          </div>
        )}
      </fieldset>
      <div class="pg-row">
        <input
          id="op-pause"
          type="checkbox"
          disabled={locked.has('intentionPause')}
          checked={budget.intentionPause}
          aria-describedby="op-pause-hint"
          onChange={(event) => setBudget({ intentionPause: event.currentTarget.checked })}
        />
        <label for="op-pause">{t('options_pause_label')}</label>
        {mark('intentionPause')}
      </div>
      <p class="pg-soft" id="op-pause-hint">{t('options_pause_hint')}</p>
      {budget.intentionPause && (
        <div class="pg-row">
          <label for="op-pause-minutes">{t('options_pause_minutes_label')}</label>
          {mark('pauseAfterMinutes')}
          <TypedInput
            id="op-pause-minutes"
            disabled={locked.has('pauseAfterMinutes')}
            type="number"
            min={5}
            max={1440}
            step={1}
            value={String(budget.pauseAfterMinutes)}
            onCommit={setNumber('pauseAfterMinutes', 5, 1440)}
          />
        </div>
      )}
      <fieldset class="op-fieldset" data-testid="site-limits">
        <legend>{t('options_site_limits_heading')}</legend>
        <p class="pg-soft">{t('options_site_limits_intro')}</p>
        <div class="op-grid">
          {PLATFORMS.map((platform) => (
            <div key={platform} class="pg-row">
              <label for={`op-site-${platform}`}>{t(platformKey(platform))}</label>
              <TypedInput
                id={`op-site-${platform}`}
                disabled={lockedSites.has(platform)}
                type="number"
                min={1}
                max={1440}
                step={1}
                aria-label={t('options_site_limit_label', [t(platformKey(platform))])}
                value={budget.siteMinutes[platform] > 0 ? String(budget.siteMinutes[platform]) : ''}
                onCommit={(text) => setSiteMinutes(platform, text)}
              />
              <LockedMark field="siteMinutes" locked={lockedSites.has(platform)} platform={platform} t={t} />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset class="op-fieldset" data-testid="quiet-hours">
        <legend>
          {t('options_quiet_heading')} {mark('quietHours')}
        </legend>
        <div class="pg-row">
          <input id="op-quiet" type="checkbox" disabled={quietLocked} checked={budget.quietHours.on} onChange={(event) => setQuiet({ on: event.currentTarget.checked })} />
          <label for="op-quiet">{t('options_quiet_on')}</label>
        </div>
        {budget.quietHours.on && (
          <div class="pg-row">
            <label for="op-quiet-from">{t('options_quiet_from')}</label>
            <TimeField id="op-quiet-from" locale={locale} t={t} disabled={quietLocked} value={budget.quietHours.from} onChange={(from) => setQuiet({ from })} />
            <label for="op-quiet-to">{t('options_quiet_to')}</label>
            <TimeField id="op-quiet-to" locale={locale} t={t} disabled={quietLocked} value={budget.quietHours.to} onChange={(to) => setQuiet({ to })} />
          </div>
        )}
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
          <TimeField
            id="op-reminder-time"
            locale={locale}
            t={t}
            label={t('options_budget_reminder_time_label')}
            value={budget.reminderTime}
            onChange={onReminderChange}
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
