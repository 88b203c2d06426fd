import { useMemo, useState } from 'preact/hooks';
import { PLATFORMS, type Platform, type UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import type { Settings, WorkWriting } from '@/lib/settings/defaults';
import type { Policy } from '@/lib/settings/policy';
import { lockedPlatforms, NO_ANSWERS, type WelcomeAnswers } from '@/lib/settings/welcome';
import { platformKey } from '../common/labels';
import { ModeSwitch } from '../common/mode-switch';
import { LockedMark, lockedMarks } from '../common/locked-mark';
import { TypedInput, wholeNumber } from '../common/typed-input';

export interface WelcomeViewProps {
  locale: UiLocale;
  /** The settings as they are now (the organisation's locked values in force). */
  settings: Settings;
  policy: Policy;
  /** Writes the answers into the settings; rejects when they could not be saved. */
  onSave(answers: WelcomeAnswers): Promise<void>;
  /** Why the last save failed, or null. */
  saveError?: string | null;
  practiceUrl: string;
  optionsUrl: string;
}

const WORK_WRITING: readonly WorkWriting[] = ['counts', 'own'];

/**
 * The first thing after install: per network work or private, the daily budget, whether work writing counts toward
 * it, and the optional intention pause. An unanswered question shows the current setting and leaves it as it is;
 * what the organisation locked is shown, marked and can't be changed. Ends on a next step: a practice post.
 */
export function WelcomeView({ locale, settings, policy, onSave, saveError = null, practiceUrl, optionsUrl }: WelcomeViewProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [answers, setAnswers] = useState<WelcomeAnswers>(NO_ANSWERS);
  const [stage, setStage] = useState<'asking' | 'saving' | 'done'>('asking');
  const locked = policy.locked;
  const lockedModes = lockedPlatforms(policy);
  const mark = lockedMarks(locked, t);
  const answer = (patch: Partial<WelcomeAnswers>) => setAnswers((current) => ({ ...current, ...patch }));
  const modeOf = (platform: Platform) => (lockedModes.has(platform) ? undefined : answers.platformModes[platform]) ?? settings.platformModes[platform];
  const shown = {
    dailyMinutes: (locked.has('dailyMinutes') ? undefined : answers.dailyMinutes) ?? settings.budget.dailyMinutes,
    workWriting: (locked.has('workWriting') ? undefined : answers.workWriting) ?? settings.budget.workWriting,
    workMinutes: (locked.has('workMinutes') ? undefined : answers.workMinutes) ?? settings.budget.workMinutes,
    intentionPause: (locked.has('intentionPause') ? undefined : answers.intentionPause) ?? settings.budget.intentionPause,
  };
  const save = (event: Event) => {
    event.preventDefault();
    setStage('saving');
    onSave(answers).then(
      () => setStage('done'),
      () => setStage('asking'),
    );
  };

  if (stage === 'done') {
    return (
      <main class="op wc" lang={locale} data-page="welcome" data-stage="done">
        <h1>{t('welcomeTitle')}</h1>
        <section class="pg-card" aria-labelledby="wc-done-heading">
          <h2 id="wc-done-heading">{t('welcome_done_heading')}</h2>
          <p>{t('welcome_done_text')}</p>
          <p class="wc-actions">
            <a class="wc-button wc-button--primary" href={practiceUrl} data-testid="welcome-practice">
              {t('welcome_practice')}
            </a>
            <a class="wc-button" href={optionsUrl}>
              {t('welcome_options')}
            </a>
          </p>
        </section>
      </main>
    );
  }

  return (
    <main class="op wc" lang={locale} data-page="welcome" data-stage={stage}>
      <h1>{t('welcomeTitle')}</h1>
      <p class="wc-intro">{t('welcome_intro')}</p>
      {locked.size > 0 && (
        <p class="pg-note" data-testid="policy-note">
          {t('options_policy_note')}
        </p>
      )}
      <form onSubmit={save}>
        <section class="pg-card" aria-labelledby="wc-modes-heading" data-section="modes">
          <h2 id="wc-modes-heading">{t('welcome_modes_heading')}</h2>
          <p class="pg-soft">{t('welcome_modes_intro')}</p>
          <ul class="op-list wc-modes">
            {PLATFORMS.map((platform) => (
              <li key={platform} class="pg-row" data-platform={platform}>
                <span>{t(platformKey(platform))}</span>
                <ModeSwitch
                  mode={modeOf(platform)}
                  label={t('options_platform_mode_label', [t(platformKey(platform))])}
                  t={t}
                  disabled={lockedModes.has(platform)}
                  onModeChange={(mode) => answer({ platformModes: { ...answers.platformModes, [platform]: mode } })}
                />
                <LockedMark field="platformModes" locked={lockedModes.has(platform)} t={t} />
              </li>
            ))}
          </ul>
        </section>
        <section class="pg-card" aria-labelledby="wc-budget-heading" data-section="budget">
          <h2 id="wc-budget-heading">{t('welcome_budget_heading')}</h2>
          <p class="pg-soft">{t('options_budget_intro')}</p>
          <div class="pg-row">
            <label for="wc-minutes">{t('options_budget_minutes_label')}</label>
            {mark('dailyMinutes')}
            <TypedInput
              id="wc-minutes"
              type="number"
              min={1}
              max={1440}
              step={1}
              disabled={locked.has('dailyMinutes')}
              value={String(shown.dailyMinutes)}
              onCommit={(text) => {
                const value = wholeNumber(text, 1, 1440);
                if (value !== null) answer({ dailyMinutes: value });
              }}
            />
          </div>
          <fieldset class="op-fieldset">
            <legend>
              {t('welcome_work_legend')} {mark('workWriting')}
            </legend>
            {WORK_WRITING.map((choice) => (
              <div class="pg-row" key={choice}>
                <input
                  id={`wc-work-${choice}`}
                  type="radio"
                  name="wc-work"
                  value={choice}
                  disabled={locked.has('workWriting')}
                  checked={shown.workWriting === choice}
                  onChange={() => answer({ workWriting: choice })}
                />
                <label for={`wc-work-${choice}`}>{t(choice === 'counts' ? 'options_budget_work_counts' : 'options_budget_work_own')}</label>
              </div>
            ))}
            {shown.workWriting === 'own' && (
              <div class="pg-row">
                <label for="wc-work-minutes">{t('options_budget_work_minutes_label')}</label>
                {mark('workMinutes')}
                <TypedInput
                  id="wc-work-minutes"
                  type="number"
                  min={1}
                  max={1440}
                  step={1}
                  disabled={locked.has('workMinutes')}
                  value={String(shown.workMinutes)}
                  onCommit={(text) => {
                    const value = wholeNumber(text, 1, 1440);
                    if (value !== null) answer({ workMinutes: value });
                  }}
                />
              </div>
            )}
          </fieldset>
        </section>
        <section class="pg-card" aria-labelledby="wc-pause-heading" data-section="pause">
          <h2 id="wc-pause-heading">{t('welcome_pause_heading')}</h2>
          <div class="pg-row">
            <input
              id="wc-pause"
              type="checkbox"
              disabled={locked.has('intentionPause')}
              checked={shown.intentionPause}
              aria-describedby="wc-pause-hint"
              onChange={(event) => answer({ intentionPause: event.currentTarget.checked })}
            />
            <label for="wc-pause">{t('options_pause_label')}</label>
            {mark('intentionPause')}
          </div>
          <p class="pg-soft" id="wc-pause-hint">
            {t('options_pause_hint')}
          </p>
        </section>
        <p role="alert" class={saveError ? 'pg-note' : ''} data-testid="save-error">
          {saveError ?? ''}
        </p>
        <div class="wc-actions">
          <button type="submit" class="pg-primary" disabled={stage === 'saving'} data-testid="welcome-save">
            {t('welcome_save')}
          </button>
          <p class="pg-soft">{t('welcome_skip_hint')}</p>
        </div>
      </form>
    </main>
  );
}
