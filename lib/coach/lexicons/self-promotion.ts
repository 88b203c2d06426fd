import type { Lexicon } from './index';
import enPromoSender from './en/promo-sender.json';
import nlPromoSender from './nl/promo-sender.json';
import enPromoReader from './en/promo-reader.json';
import nlPromoReader from './nl/promo-reader.json';
import enPromoPhrases from './en/promo-phrases.json';
import nlPromoPhrases from './nl/promo-phrases.json';
import enPromoPitch from './en/promo-pitch.json';
import nlPromoPitch from './nl/promo-pitch.json';
import enPromoPlug from './en/promo-plug.json';
import nlPromoPlug from './nl/promo-plug.json';
import enPromoSponsored from './en/promo-sponsored.json';
import nlPromoSponsored from './nl/promo-sponsored.json';
import enPromoCampaign from './en/promo-campaign.json';
import nlPromoCampaign from './nl/promo-campaign.json';
import enPromoReaderValue from './en/promo-reader-value.json';
import nlPromoReaderValue from './nl/promo-reader-value.json';

/** Self-promotion (seed 004 point 11): who the post is about, pitches, plugs, and what gives the reader something. */

/** The sender: we, our, I, my. */
export const SENDER_WORDS: Lexicon = { nl: nlPromoSender, en: enPromoSender };
/** The reader: you, your, jij, jullie. */
export const READER_WORDS: Lexicon = { nl: nlPromoReader, en: enPromoReader };
/** Announcements, awards and launches: self-promotion when the sender says they are theirs. */
export const PROMO_PHRASES: Lexicon = { nl: nlPromoPhrases, en: enPromoPhrases };
/** Sales language ("shop now", "bestel vandaag", "reserveer snel"): a pitch whether or not it says "we". */
export const PITCH_PHRASES: Lexicon = { nl: nlPromoPitch, en: enPromoPitch };
/** Plugs for the sender's own content, account or products ("new video", "follow for more", "onze nieuwe"). */
export const PLUG_PHRASES: Lexicon = { nl: nlPromoPlug, en: enPromoPlug };
/** A campaign's own words ("make your vote count", "our plan to", "re-elected"): asking for votes is promotion. */
export const CAMPAIGN_PHRASES: Lexicon = { nl: nlPromoCampaign, en: enPromoCampaign };
/** Hashtags that mark sponsored or gifted content: #ad, #gekregen. */
export const SPONSORED_TAGS: Lexicon = { nl: nlPromoSponsored, en: enPromoSponsored };
/** Tips, credit, data and notices: something the reader can use. */
export const READER_VALUE: Lexicon = { nl: nlPromoReaderValue, en: enPromoReaderValue };
