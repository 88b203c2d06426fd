import { PLATFORMS, type Platform, type UiLocale } from '@/lib/coach/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { MATRIX_COLUMNS, MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_COLUMN, type MatrixColumn } from '@/lib/week/matrix';
import { columnKey, platformKey } from '../common/labels';
import { TimeField } from '../common/time-field';
import { TypedInput } from '../common/typed-input';

interface PlanSectionProps {
  settings: Settings;
  /** The page's language: the Dutch UI writes the fixed time in 24 hours (TimeField). */
  locale?: UiLocale;
  t: Translate;
  onChange(settings: Settings): void;
}

/** "buurthuis, Zorg in de wijk;markt" → ['buurthuis', 'Zorg in de wijk', 'markt']: trimmed, each once, within bounds. */
export function parseKeywords(input: string): string[] {
  const keywords = input
    .split(/[,;\n]+/)
    .map((keyword) => keyword.replace(/\s+/g, ' ').replace(/\p{C}/gu, '').trim().slice(0, MAX_KEYWORD_LENGTH).trim())
    .filter((keyword) => keyword.length > 0);
  const seen = new Set<string>();
  return keywords.filter((keyword) => !seen.has(keyword.toLowerCase()) && seen.add(keyword.toLowerCase())).slice(0, MAX_KEYWORDS_PER_COLUMN);
}

const exampleKey = (column: MatrixColumn) => `options_matrix_example_${column}` as MessageKey;

/**
 * The content matrix of seed 000 (k6) and a posting plan (seed 004 §8): what "your week" in the popup and the topic
 * tips beside an empty draft are measured against.
 */
export function PlanSection({ settings, locale = 'en', t, onChange }: PlanSectionProps) {
  const plan = settings.contentPlan;
  const setPlan = (patch: Partial<Settings['contentPlan']>) => onChange({ ...settings, contentPlan: { ...plan, ...patch } });
  const setPostsPerWeek = (platform: Platform, text: string) => {
    const posts = text === '' ? 0 : Number(text);
    if (Number.isInteger(posts) && posts >= 0 && posts <= 50) setPlan({ postsPerWeek: { ...plan.postsPerWeek, [platform]: posts } });
  };
  return (
    <section class="pg-card" aria-labelledby="op-plan-heading" data-section="plan">
      <h2 id="op-plan-heading">{t('options_plan_heading')}</h2>
      <p class="pg-soft">{t('options_matrix_intro')}</p>
      <div class="op-matrix">
        {MATRIX_COLUMNS.map((column) => (
          <div class="op-matrix__column" key={column}>
            <label for={`op-matrix-${column}`}>{t(columnKey(column))}</label>
            <TypedInput
              id={`op-matrix-${column}`}
              type="text"
              data-column={column}
              value={plan.matrix[column].join(', ')}
              placeholder={t(exampleKey(column))}
              aria-describedby="op-matrix-hint"
              onCommit={(text) => setPlan({ matrix: { ...plan.matrix, [column]: parseKeywords(text) } })}
            />
          </div>
        ))}
      </div>
      <p id="op-matrix-hint" class="pg-soft">
        {t('options_matrix_hint', [MAX_KEYWORDS_PER_COLUMN])}
      </p>
      <div class="pg-row">
        <input id="op-topic-tips" type="checkbox" checked={plan.topicTips} onChange={(event) => setPlan({ topicTips: event.currentTarget.checked })} />
        <label for="op-topic-tips">{t('options_topic_tips_label')}</label>
      </div>
      <h3>{t('options_rhythm_heading')}</h3>
      <p class="pg-soft">{t('options_rhythm_intro')}</p>
      <div class="op-rhythm">
        {PLATFORMS.map((platform) => (
          <div class="pg-row" key={platform}>
            <label for={`op-rhythm-${platform}`}>{t(platformKey(platform))}</label>
            <TypedInput
              id={`op-rhythm-${platform}`}
              type="number"
              min={0}
              max={50}
              step={1}
              data-platform={platform}
              value={plan.postsPerWeek[platform] ? String(plan.postsPerWeek[platform]) : ''}
              placeholder="0"
              onCommit={(text) => setPostsPerWeek(platform, text)}
            />
            <span class="pg-soft">{t('options_rhythm_unit')}</span>
          </div>
        ))}
      </div>
      <div class="pg-row">
        <input
          id="op-fixed-time"
          type="checkbox"
          checked={plan.fixedTime !== null}
          onChange={(event) => setPlan({ fixedTime: event.currentTarget.checked ? '12:00' : null })}
        />
        <label for="op-fixed-time">{t('options_fixed_time_label')}</label>
        {plan.fixedTime !== null && (
          <TimeField
            id="op-fixed-time-time"
            locale={locale}
            t={t}
            testId="fixed-time"
            label={t('options_fixed_time_time_label')}
            value={plan.fixedTime}
            onChange={(fixedTime) => setPlan({ fixedTime })}
          />
        )}
      </div>
    </section>
  );
}
