import { PLATFORMS, type Platform } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import type { DayUsage } from '@/lib/time/types';
import { platformKey } from '../common/labels';

interface TodayCardProps {
  usage: DayUsage | undefined;
  budgetMinutes: number;
  t: Translate;
}

const MINUTE_MS = 60_000;
const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const minutesOf = (ms: number) => Math.floor(ms / MINUTE_MS);

/** Today's minutes against the budget as a ring, then the split per platform and reading versus writing. */
export function TodayCard({ usage, budgetMinutes, t }: TodayCardProps) {
  const activeMs = usage?.activeMs ?? 0;
  const used = minutesOf(activeMs);
  const over = activeMs > budgetMinutes * MINUTE_MS;
  const share = Math.min(1, activeMs / (budgetMinutes * MINUTE_MS));
  const platforms = PLATFORMS.map((platform): [Platform, number] => [platform, usage?.byPlatform[platform] ?? 0])
    .filter(([, ms]) => ms >= 1000)
    .sort((a, b) => b[1] - a[1]);
  const writingMs = usage?.byActivity.writing ?? 0;
  const readingMs = usage?.byActivity.reading ?? 0;
  const left = Math.max(0, budgetMinutes - Math.ceil(activeMs / MINUTE_MS));

  return (
    <section class="pg-card pp-today" aria-labelledby="pp-today-heading">
      <h2 id="pp-today-heading">{t('popup_today_heading')}</h2>
      <div class="pp-today__main">
        <svg
          class="pp-ring"
          viewBox="0 0 100 100"
          role="img"
          aria-label={t('popup_ring_label', [used, budgetMinutes])}
          data-testid="today"
          data-seconds={Math.floor(activeMs / 1000)}
          data-over={over}
        >
          <circle cx={50} cy={50} r={RADIUS} class="pp-ring__track" />
          {share > 0 && (
            <circle
              cx={50}
              cy={50}
              r={RADIUS}
              class={over ? 'pp-ring__used pp-ring__used--over' : 'pp-ring__used'}
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
            {over ? t('popup_minutes_over', [minutesOf(activeMs) - budgetMinutes]) : t('popup_minutes_left', [left])}
          </p>
          {activeMs >= 1000 && (
            <p class="pg-soft">{t('popup_reading_writing', [minutesOf(readingMs), minutesOf(writingMs)])}</p>
          )}
        </div>
      </div>
      {platforms.length > 0 ? (
        <ul class="pp-platforms" aria-label={t('popup_per_platform')}>
          {platforms.map(([platform, ms]) => (
            <li key={platform} data-platform={platform}>
              <span>{t(platformKey(platform))}</span>
              <span class="pp-platforms__bar" aria-hidden="true">
                <span style={{ width: `${Math.round((ms / Math.max(activeMs, 1)) * 100)}%` }} />
              </span>
              <span>{t('popup_minutes_short', [minutesOf(ms)])}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="pg-soft">{t('popup_nothing_today')}</p>
      )}
    </section>
  );
}
