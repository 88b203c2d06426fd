import type { LocalizedText } from './rule';
import type { Platform, UiLocale } from './types';

export type MessageData = Record<string, string | number | LocalizedText>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function pickLocalized(text: LocalizedText, locale: UiLocale): string {
  return text[locale];
}

/** Fills `{name}` from `data`; a LocalizedText value is picked by locale. Unknown names stay visible. */
export function fillMessage(template: string, data: MessageData | undefined, locale: UiLocale): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? pickLocalized(value, locale) : String(value);
  });
}

/** The placeholder names a template uses, sorted: lets the meta-test compare nl and en. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** Joins items the way each language lists them: "a, b and c" / "a, b en c". */
export function joinList(items: readonly string[], locale: UiLocale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** Whole numbers as each language groups them: 3.000 in Dutch, 3,000 in English (as lib/i18n's formatNumber). */
export function numberText(value: number): LocalizedText {
  const digits = String(Math.abs(Math.round(value)));
  const sign = value < 0 ? '-' : '';
  return { en: sign + digits.replace(/\B(?=(\d{3})+$)/g, ','), nl: sign + digits.replace(/\B(?=(\d{3})+$)/g, '.') };
}

/** "1 teken" / "12 tekens", "1 character" / "3,001 characters": the noun agrees with the count in each language. */
export function countText(count: number, nouns: Readonly<Record<UiLocale, readonly [one: string, other: string]>>): LocalizedText {
  const number = numberText(count);
  const form = Math.abs(count) === 1 ? 0 : 1;
  return { en: `${number.en} ${nouns.en[form]}`, nl: `${number.nl} ${nouns.nl[form]}` };
}

/** Network names as the networks write them; the same in both UI languages. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
