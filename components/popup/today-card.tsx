import { Fragment } from 'preact';
import { PLATFORMS, type Platform } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { apportionMinutes } from '@/lib/time/apportion';
import { budgetUsedMs, NEAR_SHARE, workAllowanceMsOf } from '@/lib/time/budget';
import { siteUsage } from '@/lib/time/limits';
import type { DayUsage } from '@/lib/time/types';
import { emptyDay } from '@/lib/time/usage';
import { platformKey } from '../common/labels';

interface TodayCardProps {
  usage: DayUsage | undefined;
  budget: Settings['budget'];
  /** Visits the intention pause turned back in the last seven days. */
  turnedBackThisWeek: number;
  t: Translate;
}

const MINUTE_MS = 60_000;
const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const minutesOf = (ms: number) => Math.floor(ms / MINUTE_MS);

/** English and Dutch both say "one" for 1 only: "1 minute", "1 minuut". */
const minutesOver = (t: Translate, minutes: number) => t(minutes === 1 ? 'popup_minutes_over_one' : 'popup_minutes_over', [minutes]);

/**
 * The line beside the ring, in the ring's own whole minutes so the two add up to the budget: "12 of 30" and
 * "18 minutes left". At the budget, and in the first minute past it, the budget is used up: never "0 minutes over".
 */
function budgetLine(t: Translate, used: number, budgetMinutes: number, over: boolean): string {
  if (used < budgetMinutes && !over) {
    const left = budgetMinutes - used;
    return t(left === 1 ? 'popup_minutes_left_one' : 'popup_minutes_left', [left]);
  }
  const past = used - budgetMinutes;
  return past >= 1 ? minutesOver(t, past) : t('popup_budget_used_up');
}

/** Today's minutes against the budget as a ring, then the split per platform and reading versus writing. */

export function TodayCard({ usage, budget, turnedBackThisWeek, t }: TodayCardProps) {
  const budgetMinutes = budget.dailyMinutes;
  const activeMs = usage?.activeMs ?? 0;
  // What counts against the budget: all of it, unless work writing has its own allowance first.
  const countedMs = budgetUsedMs(usage ?? emptyDay(), budget);
  const used = minutesOf(countedMs);
  const over = countedMs > budgetMinutes * MINUTE_MS;
  const share = Math.min(1, countedMs / (budgetMinutes * MINUTE_MS));
  // Amber from 80 %, red once over: the same steps as the toolbar badge.
  const tone = over ? 'over' : share >= NEAR_SHARE ? 'near' : 'ok';
  const workAllowanceMs = workAllowanceMsOf(budget);
  const platformMs = PLATFORMS.map((platform): [Platform, number] => [platform, usage?.byPlatform[platform] ?? 0]);
  // Whole minutes that add up to today's (the ring's, unless work writing has its own allowance): largest remainder.
  const platformMinutes = apportionMinutes(
    platformMs.map(([, ms]) => ms),
    activeMs,
  );
  const platforms = platformMs
    .map(([platform, ms], index): [Platform, number, number] => [platform, ms, platformMinutes[index] as number])
    .filter(([, ms]) => ms >= 1000)
    .sort((a, b) => b[1] - a[1]);
  // The networks with a limit of their own, and only those: whole minutes used (as the ring counts) against it.
  const siteLimits = PLATFORMS.flatMap((platform) => {
    const site = siteUsage(usage ?? emptyDay(), budget, platform);
    return site ? [{ platform, ...site }] : [];
  });
  const [readingMinutes, writingMinutes] = apportionMinutes([usage?.byActivity.reading ?? 0, usage?.byActivity.writing ?? 0], activeMs);

  return (
    <section class="pg-card pp-today" aria-labelledby="pp-today-heading">
      <h2 id="pp-today-heading">{t('popup_today_heading')}</h2>
      <div class="pp-today__main">
        <svg
          class="pp-ring"
          viewBox="0 0 100 100"
          role="img"
          aria-label={t(budgetMinutes === 1 ? 'popup_ring_label_one' : 'popup_ring_label', [used, budgetMinutes])}
          data-testid="today"
          data-seconds={Math.floor(activeMs / 1000)}
          data-over={over}
          data-tone={tone}
        >
          <circle cx={50} cy={50} r={RADIUS} class="pp-ring__track" />
          {share > 0 && (
            <circle
              cx={50}
              cy={50}
              r={RADIUS}
              class={`pp-ring__used pp-ring__used--${tone}`}
              stroke-dasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
              transform="rotate(-90 50 50)"
            />
          )}
          <text x={50} y={50} text-anchor="middle" class="pp-ring__minutes">
            {used}
          </text>
          <text x={50} y={66} text-anchor="middle" class="pp-ring__of">
            {t('popup_of_budget', [budgetMinutes])}
          </text>
        </svg>
        <div class="pp-today__text">
          <p class={over ? 'pp-left pg-over' : 'pp-left'} data-testid="minutes-left">
            {budgetLine(t, used, budgetMinutes, over)}
          </p>
          <p class="pg-soft" data-testid="resets">{t('popup_resets')}</p>
          {budget.timesUp === 'soft-block' && (
            <p class="pg-soft" data-testid="snoozes">
              {t('popup_snoozes', [usage?.snoozes ?? 0, budget.snoozesPerDay])}
            </p>
          )}
          {activeMs >= 1000 && (
            <p class="pg-soft">{t('popup_reading_writing', [readingMinutes ?? 0, writingMinutes ?? 0])}</p>
          )}
        </div>
      </div>
      {workAllowanceMs > 0 && (
        <p data-testid="work-allowance">
          <strong>{t('popup_work_heading')}</strong>{' '}
          {t(Math.round(workAllowanceMs / MINUTE_MS) === 1 ? 'popup_work_line_one' : 'popup_work_line', [minutesOf(usage?.workWritingMs ?? 0), Math.round(workAllowanceMs / MINUTE_MS)])}
        </p>
      )}
      {siteLimits.length > 0 && (
        <p class="pp-limits" data-testid="site-limits">
          <strong>{t('popup_site_limits_heading')}</strong>{' '}
          {siteLimits.map(({ platform, usedMs, limitMs }, index) => (
            <Fragment key={platform}>
              {index > 0 && ' · '}
              <span data-platform={platform} data-over={usedMs >= limitMs} class={usedMs >= limitMs ? 'pg-over' : undefined}>
                {t('popup_site_limit', [t(platformKey(platform)), minutesOf(usedMs), Math.round(limitMs / MINUTE_MS)])}
              </span>
            </Fragment>
          ))}
        </p>
      )}
      {(budget.intentionPause || turnedBackThisWeek > 0) && (
        <p class="pg-soft" data-testid="turned-back">
          {turnedBackThisWeek === 1 ? t('popup_turned_back_one') : t('popup_turned_back_many', [turnedBackThisWeek])}
        </p>
      )}
      {platforms.length > 0 ? (
        <ul class="pp-platforms" aria-label={t('popup_per_platform')}>
          {platforms.map(([platform, ms, minutes]) => (
            <li key={platform} data-platform={platform}>
              <span>{t(platformKey(platform))}</span>
              <span class="pp-platforms__bar" aria-hidden="true">
                <span style={{ width: `${Math.round((ms / Math.max(activeMs, 1)) * 100)}%` }} />
              </span>
              <span>{t('popup_minutes_short', [minutes])}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="pg-soft">{t('popup_nothing_today')}</p>
      )}
    </section>
  );
}
