import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { BUILT_IN_MASTODON_HOST, normalizeInstanceHost } from '@/lib/settings/hosts';

interface MastodonSectionProps {
  settings: Settings;
  t: Translate;
  onChange(settings: Settings): void;
  /** Called from the click itself: the browser only shows the permission prompt during a user gesture. */
  onAddInstance(host: string): void;
  onRemoveInstance(host: string): void;
  /** Outcome of the last add, e.g. the permission was refused. */
  status: string | null;
}

/** Extra Mastodon instances, each needing its own host permission, and the instance's character limit. */
export function MastodonSection({ settings, t, onChange, onAddInstance, onRemoveInstance, status }: MastodonSectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const host = normalizeInstanceHost(draft);
    if (!host) return setError(t('options_mastodon_invalid', [draft.trim()]));
    if (host === BUILT_IN_MASTODON_HOST || settings.mastodonInstances.includes(host)) return setError(t('options_mastodon_duplicate', [host]));
    setError(null);
    setDraft('');
    onAddInstance(host);
  };
  const setLimit = (input: HTMLInputElement) => {
    const limit = Number(input.value);
    if (Number.isInteger(limit) && limit >= 1 && limit <= 100_000) onChange({ ...settings, coach: { ...settings.coach, mastodonLimit: limit } });
    else input.value = String(settings.coach.mastodonLimit);
  };
  return (
    <section class="pg-card" aria-labelledby="op-mastodon-heading" data-section="mastodon">
      <h2 id="op-mastodon-heading">{t('options_mastodon_heading')}</h2>
      <p class="pg-soft">{t('options_mastodon_intro', [BUILT_IN_MASTODON_HOST])}</p>
      <ul class="op-list" data-testid="instances">
        {settings.mastodonInstances.map((host) => (
          <li key={host} class="pg-row">
            <span>{host}</span>
            <button type="button" aria-label={t('options_mastodon_remove_label', [host])} onClick={() => onRemoveInstance(host)}>
              {t('options_mastodon_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="pg-row"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for="op-instance">{t('options_mastodon_add_label')}</label>
        <input
          id="op-instance"
          type="text"
          inputMode="url"
          placeholder="mastodon.nl"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby="op-instance-status"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('options_mastodon_add')}</button>
      </form>
      <p id="op-instance-status" role="status" class={error ? 'pg-over' : 'pg-soft'}>
        {error ?? status ?? ''}
      </p>
      <div class="pg-row">
        <label for="op-mastodon-limit">{t('options_mastodon_limit_label')}</label>
        <input id="op-mastodon-limit" type="number" min={1} max={100000} value={settings.coach.mastodonLimit} onChange={(event) => setLimit(event.currentTarget)} />
      </div>
    </section>
  );
}
