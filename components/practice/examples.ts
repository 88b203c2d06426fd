import type { Category, Mode, Platform } from '@/lib/coach/types';
import type { MessageKey } from '@/lib/i18n';

/** A draft to try on the practice page, written to draw one particular nudge. */
export interface PracticeExample {
  id: string;
  /** Button label. */
  titleKey: MessageKey;
  language: 'nl' | 'en';
  platform: Platform;
  mode: Mode;
  /** The nudge this draft is meant to show. */
  category: Category;
  text: string;
}

export const PRACTICE_EXAMPLES: readonly PracticeExample[] = [
  {
    id: 'hashtag-wall',
    titleKey: 'practice_example_hashtags',
    language: 'nl',
    platform: 'x',
    mode: 'personal',
    category: 'hashtags',
    text: 'Vanmiddag eindelijk mijn eerste halve marathon gelopen. Zwaar, maar wat een gevoel! #sport #hardlopen #motivatie #love #instagood',
  },
  {
    id: 'self-promotion',
    titleKey: 'practice_example_promotion',
    language: 'en',
    platform: 'linkedin',
    mode: 'work',
    category: 'self-promotion',
    text: 'We are proud to announce that our company has launched our new product. Our team worked hard and our solution is the best on the market. Visit our website and buy our product today.',
  },
  {
    id: 'no-invitation',
    titleKey: 'practice_example_invitation',
    language: 'nl',
    platform: 'linkedin',
    mode: 'work',
    category: 'call-to-action',
    text: 'Deze week drie klantgesprekken gehad over thuiswerken. Opvallend: iedereen mist vooral de korte gesprekjes bij de koffieautomaat. Daar ontstaan blijkbaar de beste ideeën.',
  },
  {
    id: 'too-long',
    titleKey: 'practice_example_length',
    language: 'en',
    platform: 'x',
    mode: 'personal',
    category: 'length',
    text: 'I spent the whole weekend reorganising my garden shed and I learned a few things along the way. First, you own far more screwdrivers than you think. Second, labels are your friend, especially on boxes you will not open for a year. Third, a good playlist makes any chore feel shorter than it is.',
  },
  {
    id: 'bare-link',
    titleKey: 'practice_example_context',
    language: 'nl',
    platform: 'facebook',
    mode: 'personal',
    category: 'context',
    text: 'https://www.example.nl/artikel/slapen-en-schermtijd',
  },
  {
    id: 'lowercase-tag',
    titleKey: 'practice_example_accessibility',
    language: 'en',
    platform: 'instagram',
    mode: 'personal',
    category: 'accessibility',
    text: 'Sunday morning at the farmers market, fresh bread and the first strawberries of the year. #farmersmarket #sundaymorning',
  },
];
