import type { Translate } from '@/lib/i18n';
import type { ContentPlan } from '@/lib/settings/defaults';
import { MATRIX_COLUMNS } from '@/lib/week/matrix';
import type { WeekFigures } from '@/lib/week/week';
import { columnKey, platformKey } from '../common/labels';

interface WeekMixCardProps {
  figures: WeekFigures;
  plan: ContentPlan;
  t: Translate;
}

/** A seed's line under the figure it backs: the coach's advice is the seeds', and says so. */
function SeedLine({ text }: { text: string }) {
  return <p class="pg-soft pp-seed">{text}</p>;
}

/**
 * "Your week": which matrix columns this week's posts touched, how many were only about the user, posts per
 * network against the plan, and posts at the fixed time. Counts only: no text was kept.
 */
export function WeekMixCard({ figures, plan, t }: WeekMixCardProps) {
  const filled = MATRIX_COLUMNS.filter((column) => plan.matrix[column].length > 0);
  const { published, aboutSender } = figures;
  return (
    <section class="pg-card" aria-labelledby="pp-mix-heading" data-testid="week-mix">
      <h2 id="pp-mix-heading">{t('week_heading')}</h2>
      {filled.length > 0 && (
        <div data-testid="week-topics">
          <h3>{t('week_topics_heading')}</h3>
          <ul class="pp-columns">
            {filled.map((column) => (
              <li key={column} data-column={column} data-touched={figures.byColumn[column] > 0 ? 'true' : 'false'}>
                <span aria-hidden="true">{figures.byColumn[column] > 0 ? '●' : '○'}</span> {t(columnKey(column))}
                {figures.byColumn[column] > 0 && <span class="pg-soft"> ({figures.byColumn[column]})</span>}
              </li>
            ))}
          </ul>
          <SeedLine text={t('week_topics_seed')} />
        </div>
      )}
      {published > 0 && (
        <div data-testid="week-balance" data-about-sender={aboutSender} data-published={published}>
          <h3>{t('week_balance_heading')}</h3>
          <p>
            {aboutSender === 0
              ? t('week_balance_none')
              : published === 1
                ? t('week_balance_single')
                : t(aboutSender === 1 ? 'week_balance_one' : 'week_balance_many', [aboutSender, published])}
          </p>
          {figures.mostlyAboutSender && <p class="pp-gentle">{t('week_balance_gentle')}</p>}
          <SeedLine text={t('week_balance_seed')} />
        </div>
      )}
      {figures.rhythm.length > 0 && (
        <div data-testid="week-rhythm">
          <h3>{t('week_rhythm_heading')}</h3>
          <dl class="pp-rhythm">
            {figures.rhythm.map((row) => (
              <div key={row.platform} data-platform={row.platform} data-posts={row.posts} data-planned={row.planned}>
                <dt>{t(platformKey(row.platform))}</dt>
                <dd>{row.planned > 0 ? t('week_rhythm_of_plan', [row.posts, row.planned]) : row.posts}</dd>
              </div>
            ))}
          </dl>
          <SeedLine text={t('week_rhythm_seed')} />
        </div>
      )}
      {plan.fixedTime !== null && published > 0 && (
        <div data-testid="week-fixed-time" data-at-fixed-time={figures.atFixedTime}>
          <p>{t('week_fixed_time', [plan.fixedTime, figures.atFixedTime, published])}</p>
          <SeedLine text={t('week_fixed_time_seed')} />
        </div>
      )}
      {filled.length === 0 && figures.rhythm.every((row) => row.planned === 0) && <p class="pg-soft">{t('week_set_up_hint')}</p>}
    </section>
  );
}
