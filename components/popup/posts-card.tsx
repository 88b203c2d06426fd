import type { Translate } from '@/lib/i18n';
import { categoryKey } from '../common/labels';
import type { PostSummary } from './summary';

interface PostsCardProps {
  summary: PostSummary;
  t: Translate;
}

/** How the user's posts fared: counts, open problems, and the nudges that came up most. */
export function PostsCard({ summary, t }: PostsCardProps) {
  return (
    <section class="pg-card" aria-labelledby="pp-posts-heading" data-testid="posts">
      <h2 id="pp-posts-heading">{t('popup_posts_heading')}</h2>
      {summary.week === 0 ? (
        <p class="pg-soft">{t('popup_no_posts')}</p>
      ) : (
        <>
          <dl class="pp-figures">
            <div>
              <dt>{t('popup_posts_today')}</dt>
              <dd data-testid="posts-today">{summary.today}</dd>
            </div>
            <div>
              <dt>{t('popup_posts_week')}</dt>
              <dd data-testid="posts-week">{summary.week}</dd>
            </div>
            <div>
              <dt>{t('popup_posts_open')}</dt>
              <dd data-testid="posts-open">{summary.weekWithOpenProblems}</dd>
            </div>
          </dl>
          {summary.topCategories.length > 0 && (
            <>
              <h3>{t('popup_top_categories')}</h3>
              <ol class="pp-categories">
                {summary.topCategories.map(({ category, count }) => (
                  <li key={category} data-category={category}>
                    {t(categoryKey(category))} <span class="pg-soft">({count})</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
