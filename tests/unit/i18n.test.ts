import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import fc from 'fast-check';
import { formatNumber, pluralKey, resolveUiLocale, translate } from '@/lib/i18n';
import { dutchNounPost, formalYou, otherQuotes, tipForNudge } from './voice-checks';

describe('locale files', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('use only the key characters the browser accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('have no empty messages', () => {
    for (const catalog of [en, nl]) {
      for (const [key, value] of Object.entries(catalog)) expect(value.message.trim(), key).not.toBe('');
    }
  });

  // voice.md, and the Dutch review of issue #13 item 6
  it('say "bericht" for the Dutch noun, never "post" ("posten" is the verb)', () => {
    for (const [key, value] of Object.entries(nl)) expect(dutchNounPost(value.message), key).toEqual([]);
  });

  it('quote in one style in both languages: “…”, with \' only as an apostrophe', () => {
    for (const catalog of [en, nl]) {
      for (const [key, value] of Object.entries(catalog)) expect(otherQuotes(value.message), key).toEqual([]);
    }
  });

  it('say "je/jij" in Dutch, never "u"', () => {
    for (const [key, value] of Object.entries(nl)) expect(formalYou(value.message), key).toEqual([]);
  });

  it('say "tip" in Dutch only for the mildest severity, "advies" for a nudge in general', () => {
    const severityKeys = new Set(['sidebar_group_tip', 'options_severity_tip', 'options_mode_personal_explain']);
    for (const [key, value] of Object.entries(nl)) if (!severityKeys.has(key)) expect(tipForNudge(value.message), key).toEqual([]);
  });
});

describe('the voice checks themselves', () => {
  it.each([
    ['Maak dit bericht af', []],
    ['Waar post je voor je werk?', []],
    ['de coach past bij hoe jij post', []],
    ['Maak deze post af', ['deze post']],
    ['Vijf minuten om een nieuwe post af te maken', ['een nieuwe post']],
    ['Je posts van deze week', ['posts']],
  ] as const)('noun post in %j', (text, expected) => {
    expect(dutchNounPost(text)).toEqual(expected);
  });

  it.each([
    ['“Meer weergeven” na 210', []],
    ["Scheid trefwoorden met komma's; zo'n pauze", []],
    ["What's in it for your readers' work?", []],
    ['„Meer” na 210', ['„', '0 “ against 1 ”']],
    ["Zeg het zonder 'kut', ook klanten lezen mee", ["'"]],
    ['Schrijf "x" in gewone letters', ['"', '"']],
    ['Lengte en ‘meer weergeven’', ['‘', '’']],
    ['“half open', ['1 “ against 0 ”']],
  ] as const)('quotes in %j', (text, expected) => {
    expect(otherQuotes(text)).toEqual(expected);
  });
});

describe('resolveUiLocale', () => {
  it.each([
    ['auto', 'nl-BE', 'nl'], // Flemish browser gets Dutch
    ['auto', 'nl', 'nl'], // plain Dutch
    ['auto', 'en-GB', 'en'], // English browser
    ['auto', 'fr-FR', 'en'], // anything else falls back to English
    ['auto', undefined, 'en'], // unknown browser language
    ['en', 'nl-NL', 'en'], // the user's override wins
    ['nl', 'en-US', 'nl'], // override to Dutch
  ] as const)('override %s with browser %s gives %s', (override, browser, expected) => {
    expect(resolveUiLocale(override, browser)).toBe(expected);
  });
});

describe('translate', () => {
  it('picks the locale and falls back to the key for unknown messages', () => {
    expect(translate('nl', 'practiceTitle')).toBe('Oefen een bericht');
    expect(translate('en', 'practiceTitle')).toBe('Practise a post');
    expect(translate('en', 'noSuchKey' as never)).toBe('noSuchKey');
  });

  it('writes numbers as the language does', () => {
    expect(translate('nl', 'sidebar_length', [250, 3000])).toBe('250 / 3.000');
    expect(translate('en', 'sidebar_length', [250, 3000])).toBe('250 / 3,000');
  });
});

describe('formatNumber', () => {
  it('groups whole numbers exactly as Intl.NumberFormat does, without paying for one', () => {
    const intl = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };
    fc.assert(
      fc.property(fc.constantFrom('nl' as const, 'en' as const), fc.oneof(fc.integer(), fc.maxSafeInteger()), (locale, value) => {
        expect(formatNumber(locale, value)).toBe(intl[locale].format(value));
      }),
    );
  });

  it('still formats fractions through Intl', () => {
    expect(formatNumber('nl', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
});

describe('plurals (issue #13, item 6)', () => {
  it.each([
    { locale: 'nl' as const, count: 1, text: 'Nog 1 minuut' },
    { locale: 'nl' as const, count: 2, text: 'Nog 2 minuten' },
    { locale: 'nl' as const, count: 0, text: 'Nog 0 minuten' },
    { locale: 'en' as const, count: 1, text: '1 minute left' },
    { locale: 'en' as const, count: 12, text: '12 minutes left' },
  ])('$locale, $count: "$text"', ({ locale, count, text }) => {
    expect(translate(locale, pluralKey(locale, 'popup_minutes_left', count), [count])).toBe(text);
  });

  it.each([
    { locale: 'nl' as const, count: 1, text: '1 advies' },
    { locale: 'nl' as const, count: 3, text: '3 adviezen' },
    { locale: 'en' as const, count: 1, text: '1 nudge' },
    { locale: 'en' as const, count: 3, text: '3 nudges' },
  ])('the folded tab, $locale, $count: "$text"', ({ locale, count, text }) => {
    expect(translate(locale, pluralKey(locale, 'sidebar_tab_count', count), [count])).toBe(text);
  });
});
