import { MODES, PLATFORMS, type UiLocale } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import type { Settings, UiLanguage } from '@/lib/settings/defaults';
import { platformKey } from '../common/labels';
import { LockedMark } from '../common/locked-mark';
import { ruleLabel, severityLines, type RuleInfo } from './rule-info';
import { TypedInput } from '../common/typed-input';

interface ChecksSectionProps {
  locale: UiLocale;
  settings: Settings;
  rules: readonly RuleInfo[];
  t: Translate;
  onChange(settings: Settings): void;
  /** Which checks are on was set by the user's organisation: shown, not changeable. */
  rulesLocked?: boolean;
}

const LANGUAGES: readonly UiLanguage[] = ['auto', 'nl', 'en'];

/** "#Fun, news  #NEWS" → ['fun', 'news']: stored lower case without '#', each once. */
export function parseHashtagList(input: string): string[] {
  const tags = input
    .split(/[\s,;]+/)
    .map((tag) => tag.replace(/^#+/, '').toLowerCase())
    .filter((tag) => /^[\p{Ll}\p{Lo}\p{Lm}\p{N}_]{1,60}$/u.test(tag));
  return [...new Set(tags)];
}

/** Each check on or off with what it does per mode, hashtag norms per platform, own generic tags, UI language. */
export function ChecksSection({ locale, settings, rules, t, onChange, rulesLocked = false }: ChecksSectionProps) {
  const coach = settings.coach;
  const setCoach = (patch: Partial<Settings['coach']>) => onChange({ ...settings, coach: { ...coach, ...patch } });
  const toggleRule = (id: string, on: boolean) =>
    setCoach({ disabledRules: on ? coach.disabledRules.filter((rule) => rule !== id) : [...coach.disabledRules, id] });
  const setLimit = (platform: (typeof PLATFORMS)[number], text: string) => {
    const limit = Number(text);
    if (Number.isInteger(limit) && limit >= 0 && limit <= 30) setCoach({ hashtagLimits: { ...coach.hashtagLimits, [platform]: limit } });
  };
  return (
    <section class="pg-card" aria-labelledby="op-checks-heading" data-section="checks">
      <h2 id="op-checks-heading">{t('options_checks_heading')}</h2>
      <LockedMark field="disabledRules" locked={rulesLocked} t={t} />
      {rules.length === 0 ? (
        <p class="pg-soft">{t('options_checks_none')}</p>
      ) : (
        <table class="op-rules">
          <caption class="pg-soft">{t('options_checks_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_checks_rule')}</th>
              <th scope="col">{t('options_mode_work')}</th>
              <th scope="col">{t('options_mode_personal')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.id} data-rule={rule.id}>
                <td>
                  <input
                    id={`op-rule-${rule.id}`}
                    type="checkbox"
                    checked={!coach.disabledRules.includes(rule.id)}
                    disabled={rulesLocked}
                    onChange={(event) => toggleRule(rule.id, event.currentTarget.checked)}
                  />{' '}
                  <label for={`op-rule-${rule.id}`}>{ruleLabel(t, rule)}</label>
                </td>
                {MODES.map((mode) => {
                  const [own, ...others] = severityLines(t, rule, mode, locale);
                  return (
                    <td key={mode} data-mode={mode}>
                      {own}
                      {others.map((line) => (
                        <span key={line} class="op-rules__other pg-soft">
                          {line}
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('options_hashtags_heading')}</h3>
      <p class="pg-soft">{t('options_hashtags_intro')}</p>
      <div class="op-grid">
        {PLATFORMS.map((platform) => (
          <div key={platform} class="pg-row">
            <label for={`op-limit-${platform}`}>{t(platformKey(platform))}</label>
            <TypedInput
              id={`op-limit-${platform}`}
              type="number"
              min={0}
              max={30}
              value={String(coach.hashtagLimits[platform])}
              onCommit={(text) => setLimit(platform, text)}
            />
          </div>
        ))}
      </div>
      <div class="op-stack">
        <label for="op-generic">{t('options_extra_hashtags_label')}</label>
        <TypedInput
          id="op-generic"
          type="text"
          value={coach.extraGenericHashtags.map((tag) => `#${tag}`).join(' ')}
          aria-describedby="op-generic-hint"
          onCommit={(text) => setCoach({ extraGenericHashtags: parseHashtagList(text) })}
        />
        <span id="op-generic-hint" class="pg-soft">
          {t('options_extra_hashtags_hint')}
        </span>
      </div>
      <h3>{t('options_language_heading')}</h3>
      <div class="pg-row">
        <label for="op-language">{t('options_language_label')}</label>
        <select id="op-language" value={settings.uiLanguage} onChange={(event) => onChange({ ...settings, uiLanguage: event.currentTarget.value as UiLanguage })}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`options_language_${language}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
