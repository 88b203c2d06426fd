import en from '../public/_locales/en/messages.json';
import nl from '../public/_locales/nl/messages.json';
import type { UiLocale } from './coach/types';
import type { UiLanguage } from './settings/defaults';

/**
 * UI strings come from public/_locales, the browser's own i18n files. We read them ourselves rather than through
 * i18n.getMessage so the user can override the browser language in the options.
 */
export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<UiLocale, Catalog> = { en, nl };

/** The user's override wins; otherwise the browser language; English when neither is Dutch. */
export function resolveUiLocale(override: UiLanguage | undefined, browserLanguage: string | undefined): UiLocale {
  if (override === 'nl' || override === 'en') return override;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Numbers as each language writes them: 3.000 in Dutch, 3,000 in English. */
const NUMBER_LOCALES: Record<UiLocale, string> = { en: 'en-GB', nl: 'nl-NL' };
const THOUSANDS_SEPARATORS: Record<UiLocale, string> = { en: ',', nl: '.' };
const numberFormats: Partial<Record<UiLocale, Intl.NumberFormat>> = {};

export function formatNumber(locale: UiLocale, value: number): string {
  // Whole numbers are grouped by hand: building an Intl.NumberFormat loads locale data (about 20 ms), and the
  // sidebar's counts would pay that on every social page.
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    const grouped = digits.replace(/\B(?=(\d{3})+$)/g, THOUSANDS_SEPARATORS[locale]);
    return value < 0 ? `-${grouped}` : grouped;
  }
  numberFormats[locale] ??= new Intl.NumberFormat(NUMBER_LOCALES[locale]);
  return numberFormats[locale].format(value);
}

const pluralRules: Partial<Record<UiLocale, Intl.PluralRules>> = {};

/** `key`, or its `key_one` form where the language says "one" of `count` ("Nog 1 minuut", "1 minute left"). */
export function pluralKey(locale: UiLocale, key: MessageKey, count: number): MessageKey {
  pluralRules[locale] ??= new Intl.PluralRules(NUMBER_LOCALES[locale]);
  const one = `${key}_one`;
  return pluralRules[locale].select(count) === 'one' && one in CATALOGS.en ? (one as MessageKey) : key;
}

/** Looks a message up; `$1`…`$9` take `subs` in order. Falls back to English, then to the key itself. */
export function translate(locale: UiLocale, key: MessageKey, subs: (string | number)[] = []): string {
  const template = CATALOGS[locale][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  if (subs.length === 0) return template;
  return template.replace(/\$(\d)/g, (whole, digit: string) => {
    const sub = subs[Number(digit) - 1];
    if (sub === undefined) return whole;
    return typeof sub === 'number' ? formatNumber(locale, sub) : sub;
  });
}

export type Translate = (key: MessageKey, subs?: (string | number)[]) => string;

export function translator(locale: UiLocale): Translate {
  return (key, subs) => translate(locale, key, subs);
}
