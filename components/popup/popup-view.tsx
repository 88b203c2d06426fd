import { useMemo } from 'preact/hooks';
import type { Mode, Platform, UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import type { DayKey, PostHistory, UsageHistory } from '@/lib/time/types';
import { normalizeHistory } from '@/lib/time/usage';
import { platformKey } from '../common/labels';
import { LockedMark } from '../common/locked-mark';
import { ModeSwitch } from '../common/mode-switch';
import { WeekChart } from '../common/week-chart';
import { PostsCard } from './posts-card';
import { isFirstDay, lastSevenDays, streakWithinBudget, summarizePosts, turnedBackThisWeek } from './summary';
import { TodayCard } from './today-card';
import { WeekMixCard } from './week-mix-card';
import { isMatrixFilled } from '@/lib/week/matrix';
import { weekFigures } from '@/lib/week/week';

export interface PopupViewProps {
  locale: UiLocale;
  today: DayKey;
  settings: Settings;
  usage: UsageHistory;
  posts: PostHistory;
  /** The platform of the active tab, or null when it is not a social site. */
  activePlatform: Platform | null;
  /** The organisation locked this network's mode: shown, not changeable. */
  modeLocked?: boolean;
  optionsUrl: string;
  practiceUrl: string;
  /** Switches the mode of the active tab's platform. */
  onModeChange(mode: Mode): void;
  /** "Pause the coach here" is on for the active tab's site today. */
  sitePaused?: boolean;
  /** Pauses the coach on the active tab's site for the rest of today, or turns it back on. */
  onSitePauseChange?(paused: boolean): void;
}

/** The toolbar popup: how today went, the last week, posts, and the mode in force. */
export function PopupView(props: PopupViewProps) {
  const { locale, today, settings, posts, activePlatform } = props;
  const t = useMemo(() => translator(locale), [locale]);
  // Read as stored: a day written by an older version can lack fields (byPlatform before 0.1), which read as zero.
  const usage = useMemo(() => normalizeHistory(props.usage), [props.usage]);
  const budget = settings.budget.dailyMinutes;
  const week = lastSevenDays(usage, today, budget);
  const streak = streakWithinBudget(usage, today, budget);
  // Every site keeps its own mode: away from a social site there is no mode to show or switch.
  const mode = activePlatform && settings.platformModes[activePlatform];
  const modeLabel = activePlatform && t('popup_mode_on', [t(platformKey(activePlatform))]);
  const plan = settings.contentPlan;
  const mix = weekFigures(posts, today, plan.matrix, plan.postsPerWeek);
  const showMix = mix.published > 0 || isMatrixFilled(plan.matrix) || mix.rhythm.length > 0;
  const mixCard = <WeekMixCard figures={mix} plan={plan} t={t} />;

  return (
    <main class="pp" lang={locale} data-page="popup">
      <header class="pp-header">
        <h1>{t('popupTitle')}</h1>
        <nav class="pp-links" aria-label={t('popup_links_label')}>
          <a href={props.practiceUrl} target="_blank" rel="noopener">
            {t('popup_open_practice')}
          </a>
          <a href={props.optionsUrl} target="_blank" rel="noopener">
            {t('popup_open_options')}
          </a>
        </nav>
      </header>
      {/* Two columns: the popup can be at most 600 px tall, and a week of data in one column was 815 px. */}
      <div class="pp-column">
        {/* Time left first: it is what most people open the popup for. */}
        <TodayCard usage={usage[today]} budget={settings.budget} turnedBackThisWeek={turnedBackThisWeek(usage, today)} t={t} />
        {mode && modeLabel && (
          <section class="pp-mode" aria-labelledby="pp-mode-heading">
            <div class="pp-mode__row">
              <h2 id="pp-mode-heading">{modeLabel}</h2>
              <ModeSwitch mode={mode} label={modeLabel} t={t} onModeChange={props.onModeChange} disabled={props.modeLocked} />
            </div>
            {props.modeLocked && (
              <p class="pp-mode__hint">
                <LockedMark field="platformModes" locked t={t} />
              </p>
            )}
            {props.sitePaused ? (
              <div class="pp-pause" data-testid="site-pause" data-paused="true">
                <p>{t('popup_paused_site', [t(platformKey(activePlatform))])}</p>
                <button type="button" onClick={() => props.onSitePauseChange?.(false)}>
                  {t('popup_resume_site')}
                </button>
              </div>
            ) : (
              <>
                <p class="pg-soft pp-mode__hint">{t(mode === 'work' ? 'popup_mode_work_hint' : 'popup_mode_personal_hint')}</p>
                <div class="pp-pause" data-testid="site-pause" data-paused="false">
                  <button type="button" onClick={() => props.onSitePauseChange?.(true)}>
                    {t('popup_pause_site')}
                  </button>
                </div>
              </>
            )}
          </section>
        )}
        {showMix && !mode && mixCard}
      </div>
      <div class="pp-column">
      {isFirstDay(usage, posts, today) ? (
        <section class="pg-card" data-testid="first-day">
          <h2>{t('popup_first_day_title')}</h2>
          <p>{t('popup_first_day_body')}</p>
        </section>
      ) : (
        <>
          <section class="pg-card" aria-labelledby="pp-week-heading">
            <h2 id="pp-week-heading">{t('popup_week_heading')}</h2>
            <WeekChart
              days={week}
              budgetMinutes={budget}
              locale={locale}
              label={t('popup_week_label', [week.filter((day) => day.over).length])}
              budgetLabel={t('popup_minutes_short', [budget])}
            />
            <p data-testid="streak">
              {streak === 0 ? t('popup_streak_none') : streak === 1 ? t('popup_streak_one') : t('popup_streak_many', [streak])}
            </p>
          </section>
          <PostsCard summary={summarizePosts(posts, today)} t={t} />
        </>
      )}
      {/* Folded; under the week over a social site, where the left column is full with today and the mode. */}
      {showMix && mode && mixCard}
      </div>
    </main>
  );
}
