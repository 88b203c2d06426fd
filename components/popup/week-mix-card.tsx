import type { MessageKey, Translate } from '@/lib/i18n';
import type { ContentPlan } from '@/lib/settings/defaults';
import { MATRIX_COLUMNS } from '@/lib/week/matrix';
import type { WeekFigures } from '@/lib/week/week';
import { columnKey, platformKey } from '../common/labels';

interface WeekMixCardProps {
  figures: WeekFigures;
  plan: ContentPlan;
  t: Translate;
}

function balanceKey({ published, aboutSender }: WeekFigures): MessageKey {
  if (aboutSender === 0) return 'week_balance_none';
  if (published === 1) return 'week_balance_single';
  return aboutSender === 1 ? 'week_balance_one' : 'week_balance_many';
}

/**
 * "Your week": which matrix columns this week's posts touched, how many were only about the user, posts per
 * network against the plan, and posts at the fixed time; the seed line behind each figure one click away (the
 * popup has 600 px). Counts only: no text was kept.
 */
export function WeekMixCard({ figures, plan, t }: WeekMixCardProps) {
  const filled = MATRIX_COLUMNS.filter((column) => plan.matrix[column].length > 0);
  const { published, aboutSender } = figures;
  const showsFixedTime = plan.fixedTime !== null && published > 0;
  const seeds: MessageKey[] = [
    ...(filled.length > 0 ? (['week_topics_seed'] as const) : []),
    ...(published > 0 ? (['week_balance_seed'] as const) : []),
    ...(figures.rhythm.length > 0 ? (['week_rhythm_seed'] as const) : []),
    ...(showsFixedTime ? (['week_fixed_time_seed'] as const) : []),
  ];
  return (
    <section class="pg-card pp-mix" aria-labelledby="pp-mix-heading" data-testid="week-mix">
      {/* Folded: with a full plan the open card alone was 460 px, and the popup has 600 (issue 15). The summary keeps
          the balance in sight; columns, networks, the fixed time and the seeds' lines are one click away. */}
      <details class="pp-mix__fold">
        <summary>
          <h2 id="pp-mix-heading">{t('week_heading')}</h2>
          {published > 0 && (
            <span class="pp-mix__headline" data-testid="week-balance" data-about-sender={aboutSender} data-published={published}>
              {t(balanceKey(figures), [aboutSender, published])}
              {figures.mostlyAboutSender && <strong class="pp-gentle"> {t('week_balance_gentle')}</strong>}
            </span>
          )}
        </summary>
        {filled.length > 0 && (
          <div class="pp-mix__row pp-mix__inline" data-testid="week-topics">
            <h3>{t('week_topics_heading')}</h3>
            <ul class="pp-columns">
              {filled.map((column) => {
                const posts = figures.byColumn[column];
                return (
                  <li key={column} data-column={column} data-touched={posts > 0 ? 'true' : 'false'}>
                    <span aria-hidden="true">{posts > 0 ? '●' : '○'}</span> {t(columnKey(column))}
                    {posts > 0 && <span class="pg-soft"> ({posts})</span>}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {figures.rhythm.length > 0 && (
          <div class="pp-mix__row pp-mix__inline" data-testid="week-rhythm">
            <h3>{t('week_rhythm_heading')}</h3>
            <ul class="pp-rhythm">
              {figures.rhythm.map((row) => (
                <li key={row.platform} data-platform={row.platform} data-posts={row.posts} data-planned={row.planned}>
                  {t(platformKey(row.platform))}{' '}
                  <span class="pp-rhythm__count">{row.planned > 0 ? t('week_rhythm_of_plan', [row.posts, row.planned]) : row.posts}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {showsFixedTime && (
          <p class="pp-mix__row" data-testid="week-fixed-time" data-at-fixed-time={figures.atFixedTime}>
            {t('week_fixed_time', [plan.fixedTime!, figures.atFixedTime, published])}
          </p>
        )}
        {filled.length === 0 && figures.rhythm.every((row) => row.planned === 0) && <p class="pg-soft pp-mix__row">{t('week_set_up_hint')}</p>}
        {seeds.length > 0 && (
          <details class="pp-seeds">
            <summary>{t('week_seeds_summary')}</summary>
            <ul>
              {seeds.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </details>
        )}
      </details>
    </section>
  );
}
