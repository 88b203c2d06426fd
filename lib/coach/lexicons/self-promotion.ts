import type { Lexicon } from './index';
import enPromoSender from './en/promo-sender.json';
import nlPromoSender from './nl/promo-sender.json';
import enPromoReader from './en/promo-reader.json';
import nlPromoReader from './nl/promo-reader.json';
import enPromoPhrases from './en/promo-phrases.json';
import nlPromoPhrases from './nl/promo-phrases.json';
import enPromoReaderValue from './en/promo-reader-value.json';
import nlPromoReaderValue from './nl/promo-reader-value.json';

/** Self-promotion (seed 004 point 11): who the post is about, brag phrases, and what gives the reader something. */

/** The sender: we, our, I, my. */
export const SENDER_WORDS: Lexicon = { nl: nlPromoSender, en: enPromoSender };
/** The reader: you, your, jij, jullie. */
export const READER_WORDS: Lexicon = { nl: nlPromoReader, en: enPromoReader };
/** Announcements, awards, launches and sales. */
export const PROMO_PHRASES: Lexicon = { nl: nlPromoPhrases, en: enPromoPhrases };
/** Tips, credit, data and notices: something the reader can use. */
export const READER_VALUE: Lexicon = { nl: nlPromoReaderValue, en: enPromoReaderValue };
