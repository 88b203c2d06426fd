import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import { translator, type MessageKey } from '@/lib/i18n';
import type { ColorScheme } from './types';

/** Seconds before "go on" can be taken: the pause is the point (one sec, PNAS 2023). */
export const PAUSE_SECONDS = 3;

const INTENTS = ['post', 'reply', 'look'] as const;
type Intent = (typeof INTENTS)[number];
const INTENT_KEYS: Record<Intent, MessageKey> = { post: 'pause_intent_post', reply: 'pause_intent_reply', look: 'pause_intent_look' };

export interface IntentionPauseProps {
  locale: UiLocale;
  scheme: ColorScheme;
  /** Get the click: only a person's own (trusted) click answers the pause (a 'leave' is counted). */
  onGoOn(event: Event): void;
  onLeave(event: Event): void;
}

/**
 * A calm full-page pause on arriving after a while away: what did you come to do? "Go on" after a few seconds, or
 * "leave" at once. The answer stays in this tab: only a visit turned back is counted, never what was chosen.
 */
export function IntentionPause({ locale, scheme, onGoOn, onLeave }: IntentionPauseProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [wait, setWait] = useState(PAUSE_SECONDS);
  const [intent, setIntent] = useState<Intent | null>(null);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  return (
    <div class="sc-theme sc-block sc-pause" data-scheme={scheme} lang={locale}>
      <div class="sc-block__panel" style={{ top: '0px', left: '0px', width: '100vw', height: '100vh' }} />
      <div class="sc-block__card sc-pause__card" role="dialog" aria-modal="true" aria-labelledby="sc-pause-title" style={{ top: '40%' }}>
        <p class="sc-block__title" id="sc-pause-title">
          {t('pause_title')}
        </p>
        <p class="sc-pause__body">{t('pause_body')}</p>
        <div class="sc-pause__intents" role="radiogroup" aria-label={t('pause_title')}>
          {INTENTS.map((choice) => (
            <button
              key={choice}
              type="button"
              role="radio"
              aria-checked={intent === choice}
              class={intent === choice ? 'sc-suggestion sc-pause__intent sc-pause__intent--chosen' : 'sc-suggestion sc-pause__intent'}
              data-intent={choice}
              onClick={() => setIntent(choice)}
            >
              {t(INTENT_KEYS[choice])}
            </button>
          ))}
        </div>
        <div class="sc-block__choices">
          <button type="button" class="sc-button sc-button--primary" data-choice="leave" onClick={onLeave}>
            {t('pause_leave')}
          </button>
          <button type="button" class="sc-button" data-choice="go-on" disabled={wait > 0} onClick={onGoOn}>
            {wait > 0 ? t('pause_go_on_wait', [wait]) : t('pause_go_on')}
          </button>
        </div>
      </div>
    </div>
  );
}
