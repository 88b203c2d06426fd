import type { MessageKey, Translate } from '@/lib/i18n';
import type { MatrixColumn } from '@/lib/week/matrix';
import type { TopicSuggestion } from '@/lib/week/week';

const topicKey = (column: MatrixColumn) => `sidebar_topic_${column}` as MessageKey;

interface TopicNoteProps {
  topic: TopicSuggestion;
  t: Translate;
  onDismiss(): void;
}

/** Beside an empty draft: one topic from the matrix column the user's posts touched least lately (seed 000 k6). */
export function TopicNote({ topic, t, onDismiss }: TopicNoteProps) {
  return (
    <div class="sc-plan-note" data-testid="topic" data-column={topic.column}>
      <p>{t(topicKey(topic.column), [topic.keyword])}</p>
      <button type="button" class="sc-suggestion sc-suggestion--example" onClick={onDismiss}>
        {t('sidebar_topic_dismiss')}
      </button>
    </div>
  );
}

/** A draft that touches none of the matrix's keywords: maybe on purpose, maybe off the user's focus. */
export function OffFocusNote({ t }: { t: Translate }) {
  return (
    <div class="sc-plan-note" data-testid="off-focus">
      <p>{t('sidebar_off_focus')}</p>
      <p class="sc-plan-note__why">{t('sidebar_off_focus_why')}</p>
    </div>
  );
}
