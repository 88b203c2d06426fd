import type { Lexicon } from './index';
import enPrivacyHonorifics from './en/privacy-honorifics.json';
import nlPrivacyHonorifics from './nl/privacy-honorifics.json';
import enPrivacyTitles from './en/privacy-titles.json';
import nlPrivacyTitles from './nl/privacy-titles.json';
import enPrivacyClients from './en/privacy-clients.json';
import nlPrivacyClients from './nl/privacy-clients.json';
import enPrivacyHealth from './en/privacy-health.json';
import nlPrivacyHealth from './nl/privacy-health.json';
import enPrivacyDebts from './en/privacy-debts.json';
import nlPrivacyDebts from './nl/privacy-debts.json';
import enPrivacyFamily from './en/privacy-family.json';
import nlPrivacyFamily from './nl/privacy-family.json';
import enPrivacyRelatives from './en/privacy-relatives.json';
import nlPrivacyRelatives from './nl/privacy-relatives.json';
import enPrivacyOwn from './en/privacy-own.json';
import nlPrivacyOwn from './nl/privacy-own.json';
import enPrivacyTheir from './en/privacy-their.json';
import nlPrivacyTheir from './nl/privacy-their.json';
import enPrivacyPronouns from './en/privacy-pronouns.json';
import nlPrivacyPronouns from './nl/privacy-pronouns.json';
import enPrivacyExempt from './en/privacy-exempt.json';
import nlPrivacyExempt from './nl/privacy-exempt.json';
import enPrivateNewsHealth from './en/private-news-health.json';
import nlPrivateNewsHealth from './nl/private-news-health.json';
import enPrivacyOpeners from './en/privacy-openers.json';
import nlPrivacyOpeners from './nl/privacy-openers.json';
import enPrivacyBusinessNouns from './en/privacy-business-nouns.json';
import nlPrivacyBusinessNouns from './nl/privacy-business-nouns.json';
import enPrivacyBusinessNames from './en/privacy-business-names.json';
import nlPrivacyBusinessNames from './nl/privacy-business-names.json';
import enPrivacyBusinessContext from './en/privacy-business-context.json';
import nlPrivacyBusinessContext from './nl/privacy-business-context.json';
import enPrivacyBusinessContextWeak from './en/privacy-business-context-weak.json';
import nlPrivacyBusinessContextWeak from './nl/privacy-business-context-weak.json';

/** Client privacy and private news in work mode (seed 001 point 10, seed 000 knelpunt 9). Entries may be phrases. */

/** Mevrouw, meneer, Mr, Mrs: a title that comes before a person's name. */
export const HONORIFICS: Lexicon = { nl: nlPrivacyHonorifics, en: enPrivacyHonorifics };

/** Roles that make a named person public or a colleague (minister, wethouder, collega, CEO): never a client. */
export const ROLE_TITLES: Lexicon = { nl: nlPrivacyTitles, en: enPrivacyTitles };

/** One client, patient or resident (singular only: "onze cliënten" names nobody). */
export const CLIENT_WORDS: Lexicon = { nl: nlPrivacyClients, en: enPrivacyClients };

/** Illness, diagnosis, addiction, pregnancy, homelessness: details that make a client recognisable. */
export const HEALTH_WORDS: Lexicon = { nl: nlPrivacyHealth, en: enPrivacyHealth };

/** Debts and money trouble. */
export const DEBT_WORDS: Lexicon = { nl: nlPrivacyDebts, en: enPrivacyDebts };

/** A family situation: divorce, widowhood, custody, foster care, domestic violence. */
export const FAMILY_WORDS: Lexicon = { nl: nlPrivacyFamily, en: enPrivacyFamily };

/** Family members: daughter, husband, mother. */
export const RELATIVES: Lexicon = { nl: nlPrivacyRelatives, en: enPrivacyRelatives };

/** My, our: the writer's own family. */
export const OWN_WORDS: Lexicon = { nl: nlPrivacyOwn, en: enPrivacyOwn };

/** Her, his, their: someone else's family. */
export const THEIR_WORDS: Lexicon = { nl: nlPrivacyTheir, en: enPrivacyTheir };

/** She, he, they: a sentence that goes on about the person named before. */
export const PRONOUNS: Lexicon = { nl: nlPrivacyPronouns, en: enPrivacyPronouns };

/** Workshops, research, campaigns, books: a sentence about the subject, not about a person. */
export const EXEMPT_CONTEXT: Lexicon = { nl: nlPrivacyExempt, en: enPrivacyExempt };

/** Surgery, chemo, a diagnosis, a stay in hospital: news about a relative's health (not a cold). */
export const SERIOUS_HEALTH_NEWS: Lexicon = { nl: nlPrivateNewsHealth, en: enPrivateNewsHealth };

/** Words that open an ordinary sentence (she, today, the): after "mevrouw X." they start a new sentence, not a surname. */
export const SENTENCE_OPENERS: Lexicon = { nl: nlPrivacyOpeners, en: enPrivacyOpeners };

/** Bakery, webshop, agency, bedrijf: what a client is when it is a business ("our client, a vegan bakery"). */
export const BUSINESS_NOUNS: Lexicon = { nl: nlPrivacyBusinessNouns, en: enPrivacyBusinessNouns };

/** Words in a business's name that are nobody's given name or surname: Five Vegans, Bakkerij De Korenbloem, Acme Solutions. */
export const BUSINESS_NAME_WORDS: Lexicon = { nl: nlPrivacyBusinessNames, en: enPrivacyBusinessNames };

/** Revenue, SEO, omzet, ads: words of work done for a business, one of them enough with another trade word nearby. */
export const BUSINESS_CONTEXT: Lexicon = { nl: nlPrivacyBusinessContext, en: enPrivacyBusinessContext };

/** Results, website, campaign, klanten: trade words that also turn up around care, counted only beside a stronger one. */
export const BUSINESS_CONTEXT_WEAK: Lexicon = { nl: nlPrivacyBusinessContextWeak, en: enPrivacyBusinessContextWeak };
