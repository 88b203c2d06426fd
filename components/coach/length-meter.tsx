import { limitInSight } from '@/lib/coach/text/platforms';
import type { DraftStats } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

interface LengthMeterProps {
  stats: DraftStats;
  t: Translate;
}

function percentOf(value: number, limit: number): number {
  return limit > 0 ? Math.min(100, (value / limit) * 100) : 0;
}

/** Length as the platform counts it, against its limit, with the "see more" fold marked where it applies. */
export function LengthMeter({ stats, t }: LengthMeterProps) {
  const over = stats.length > stats.limit;
  const pastFold = stats.foldAt !== undefined && stats.length > stats.foldAt;
  // A limit far out of reach (Facebook's 63,206): the count alone, no bar that never moves.
  if (!limitInSight(stats.length, stats.limit)) {
    return (
      <div class="sc-meter" data-over={false} data-limit="far">
        <div class="sc-meter__text">
          <span>{t(stats.length === 1 ? 'sidebar_length_count_one' : 'sidebar_length_count', [stats.length])}</span>
        </div>
      </div>
    );
  }
  return (
    <div class="sc-meter" data-over={over}>
      <div class="sc-meter__text">
        <span>{t('sidebar_length', [stats.length, stats.limit])}</span>
        {stats.foldAt !== undefined && (
          <span class="sc-meter__fold-text" data-past-fold={pastFold}>
            {t('sidebar_fold', [stats.foldAt])}
          </span>
        )}
      </div>
      <div
        class="sc-meter__bar"
        role="meter"
        aria-label={t('sidebar_length_label')}
        aria-valuemin={0}
        aria-valuemax={stats.limit}
        aria-valuenow={Math.min(stats.length, stats.limit)}
        aria-valuetext={t('sidebar_length', [stats.length, stats.limit])}
      >
        <div class="sc-meter__fill" style={{ width: `${percentOf(stats.length, stats.limit)}%` }} />
        {stats.foldAt !== undefined && (
          <div class="sc-meter__fold" style={{ left: `${percentOf(stats.foldAt, stats.limit)}%` }} />
        )}
      </div>
    </div>
  );
}
