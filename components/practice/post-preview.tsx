import type { ComponentChildren } from 'preact';
import type { DraftStats, Platform } from '@/lib/coach/types';
import { tokenize } from '@/lib/coach/text/tokenize';
import type { Translate } from '@/lib/i18n';
import { platformKey } from '../common/labels';

interface PostPreviewProps {
  text: string;
  platform: Platform;
  stats: DraftStats;
  t: Translate;
}

/** Where a hashtag leads on each platform: the preview shows tags the way readers meet them, as links. */
const HASHTAG_URL: Record<Platform, (tag: string) => string> = {
  x: (tag) => `https://x.com/hashtag/${tag}`,
  linkedin: (tag) => `https://www.linkedin.com/feed/hashtag/${tag.toLowerCase()}`,
  facebook: (tag) => `https://www.facebook.com/hashtag/${tag.toLowerCase()}`,
  instagram: (tag) => `https://www.instagram.com/explore/tags/${tag.toLowerCase()}/`,
  threads: (tag) => `https://www.threads.net/search?q=${encodeURIComponent(`#${tag}`)}`,
  bluesky: (tag) => `https://bsky.app/hashtag/${tag}`,
  mastodon: (tag) => `https://mastodon.social/tags/${tag}`,
};

/** Text between `start` and `end` with its hashtags as links and its URLs styled as links. */
function Rich({ text, start, end, platform }: { text: string; start: number; end: number; platform: Platform }) {
  const parts: ComponentChildren[] = [];
  let at = start;
  for (const token of tokenize(text)) {
    if (token.end <= start || token.start >= end || (token.kind !== 'hashtag' && token.kind !== 'url')) continue;
    const from = Math.max(token.start, start);
    const to = Math.min(token.end, end);
    parts.push(text.slice(at, from));
    const shown = text.slice(from, to);
    parts.push(
      token.kind === 'hashtag' ? (
        <a key={from} href={HASHTAG_URL[platform](encodeURIComponent(token.text.slice(1)))} target="_blank" rel="noopener noreferrer" class="pr-tag">
          {shown}
        </a>
      ) : (
        <span key={from} class="pr-link">
          {shown}
        </span>
      ),
    );
    at = to;
  }
  parts.push(text.slice(at, end));
  return <>{parts}</>;
}

/** How the post will look: the count as the platform counts it, the "see more" fold, and the tags as links. */
export function PostPreview({ text, platform, stats, t }: PostPreviewProps) {
  const fold = stats.foldAt !== undefined && stats.foldAt < text.length ? stats.foldAt : text.length;
  const over = stats.length > stats.limit;
  return (
    <section class="pg-card pr-preview" aria-labelledby="pr-preview-heading" data-testid="preview">
      <h2 id="pr-preview-heading">{t('practice_preview_heading', [t(platformKey(platform))])}</h2>
      <p class={over ? 'pg-over' : 'pg-soft'} data-testid="char-count" data-length={stats.length} data-limit={stats.limit}>
        {t(over ? 'practice_count_over' : 'practice_count', [stats.length, stats.limit])}
      </p>
      {text.trim() === '' ? (
        <p class="pg-soft">{t('practice_preview_empty')}</p>
      ) : (
        <div class="pr-post">
          <Rich text={text} start={0} end={fold} platform={platform} />
          {fold < text.length && (
            <>
              <span class="pr-fold" data-testid="fold">
                {t('practice_see_more')}
              </span>
              <p class="pr-hidden-label pg-soft">{t('practice_hidden_label')}</p>
              <div class="pr-hidden">
                <Rich text={text} start={fold} end={text.length} platform={platform} />
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
