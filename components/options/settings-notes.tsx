import { PLATFORMS, type Platform } from '@/lib/coach/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { SchemaNote } from '@/lib/settings/schema';
import { platformKey } from '../common/labels';

/** Label of each settings field by its path; platform maps share one label with the platform filled in. */
const FIELD_LABELS: Record<string, MessageKey> = {
  '': 'options_field_all',
  platformModes: 'options_platform_modes_heading',
  budget: 'options_budget_heading',
  'budget.dailyMinutes': 'options_budget_minutes_label',
  'budget.noteAt80': 'options_budget_note80_label',
  'budget.timesUp': 'options_budget_timesup_label',
  'budget.reminderTime': 'options_budget_reminder_label',
  'budget.showBadge': 'options_budget_badge_label',
  coach: 'options_checks_heading',
  'coach.disabledRules': 'options_checks_heading',
  'coach.hashtagLimits': 'options_hashtags_heading',
  'coach.extraGenericHashtags': 'options_extra_hashtags_label',
  'coach.mastodonLimit': 'options_mastodon_limit_label',
  uiLanguage: 'options_language_label',
  mastodonInstances: 'options_mastodon_heading',
};

function fieldLabel(path: string, t: Translate): string {
  const [group, last] = [path.slice(0, path.lastIndexOf('.')), path.slice(path.lastIndexOf('.') + 1)];
  if ((PLATFORMS as readonly string[]).includes(last) && group === 'platformModes') return t('options_platform_mode_label', [t(platformKey(last as Platform))]);
  if ((PLATFORMS as readonly string[]).includes(last) && group === 'coach.hashtagLimits') return t('options_hashtag_limit_label', [t(platformKey(last as Platform))]);
  const key = FIELD_LABELS[path] ?? FIELD_LABELS[group] ?? 'options_field_all';
  return t(key);
}

function formatValue(path: string, value: unknown, t: Translate): string {
  if (path === 'budget.dailyMinutes') return t(value === 1 ? 'options_value_minutes_one' : 'options_value_minutes', [String(value)]);
  if (value === true) return t('options_value_on');
  if (value === false || value === null) return t('options_value_off');
  if (value === 'work' || value === 'personal') return t(value === 'work' ? 'options_mode_work' : 'options_mode_personal');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return t('options_value_default');
}

/** Tells the user which stored settings were invalid and what they are now. */
export function SettingsNotes({ notes, t }: { notes: readonly SchemaNote[]; t: Translate }) {
  if (notes.length === 0) return null;
  return (
    <div class="pg-note" role="alert" data-testid="settings-notes">
      <ul>
        {notes.map((note) => (
          <li key={note.path}>
            {note.kind === 'reset'
              ? t('options_note_reset', [fieldLabel(note.path, t), formatValue(note.path, note.resetTo, t)])
              : t('options_note_dropped', [fieldLabel(note.path.slice(0, note.path.lastIndexOf('.')), t)])}
          </li>
        ))}
      </ul>
    </div>
  );
}
