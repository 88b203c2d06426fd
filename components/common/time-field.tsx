import { useState } from 'preact/hooks';
import type { UiLocale } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import { clockTimeFromText, isClockTime } from '@/lib/time/clock-time';

interface TimeFieldProps {
  id?: string;
  locale: UiLocale;
  /** "HH:MM", as the settings keep it. */
  value: string;
  t: Translate;
  disabled?: boolean;
  label?: string;
  testId?: string;
  /** Only ever a valid "HH:MM". */
  onChange(value: string): void;
}

/**
 * A time of day. Browsers draw `<input type="time">` in their own language's clock, whatever the page's `lang`
 * (Chromium in English: 10:00 PM), so the Dutch UI takes a text field with 24-hour times instead ("22:00"; "22.00",
 * "2200" and "7" are read too). English keeps the browser's own time field.
 */
export function TimeField({ id, locale, value, t, disabled = false, label, testId, onChange }: TimeFieldProps) {
  const [typed, setTyped] = useState<string | null>(null);
  if (locale !== 'nl') {
    return (
      <input
        id={id}
        type="time"
        disabled={disabled}
        aria-label={label}
        data-testid={testId}
        value={value}
        onChange={(event) => isClockTime(event.currentTarget.value) && onChange(event.currentTarget.value)}
      />
    );
  }
  const invalid = typed !== null && clockTimeFromText(typed) === null;
  const errorId = id ? `${id}-error` : undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        class="pg-time"
        lang="nl"
        inputMode="numeric"
        autocomplete="off"
        size={5}
        maxLength={5}
        placeholder="22:00"
        disabled={disabled}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        data-testid={testId}
        value={typed ?? value}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onChange={(event) => {
          const time = clockTimeFromText(event.currentTarget.value);
          if (time === null) return setTyped(event.currentTarget.value);
          setTyped(null);
          if (time !== value) onChange(time);
        }}
      />
      {invalid && (
        <span class="pg-field-error" id={errorId} role="alert">
          {t('options_time_invalid')}
        </span>
      )}
    </>
  );
}
