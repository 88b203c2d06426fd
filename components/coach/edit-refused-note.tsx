import { useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';

export interface EditRefusedNoteProps {
  locale: UiLocale;
  /** The text the suggestion would have inserted, for the user to paste themselves. */
  suggestion: string;
  onCopy(text: string): Promise<void>;
  onDismiss(): void;
}

/** Said when a site's editor did not take a suggestion: the draft is as it was, and the text can be copied. */
export function EditRefusedNote({ locale, suggestion, onCopy, onDismiss }: EditRefusedNoteProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [copied, setCopied] = useState(false);
  return (
    <div class="sc-edit-refused" role="status" data-testid="edit-refused">
      <p>{t('sidebar_edit_refused')}</p>
      <div class="sc-edit-refused__actions">
        {suggestion.trim() !== '' && (
          <button type="button" class="sc-suggestion" onClick={() => onCopy(suggestion).then(() => setCopied(true), () => undefined)}>
            {copied ? t('sidebar_copied') : t('sidebar_copy_suggestion')}
          </button>
        )}
        <button type="button" class="sc-suggestion sc-suggestion--example" onClick={onDismiss}>
          {t('sidebar_dismiss')}
        </button>
      </div>
    </div>
  );
}
