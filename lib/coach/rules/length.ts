import { countText, numberText, PLATFORM_NAMES } from '../messages';
import { defineRule } from '../rule';
import { offsetPastLimit } from '../text/length';
import { PLATFORM_FOLDS } from '../text/platforms';

/** The opening ends at the first sentence end or line break. */
const OPENING_END = /[.!?](?=\s|$)|\n/gu;
const HIDDEN_QUOTE_LENGTH = 40;
const CHARACTERS = { en: ['character', 'characters'], nl: ['teken', 'tekens'] } as const;

function quoteStart(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > HIDDEN_QUOTE_LENGTH ? `${trimmed.slice(0, HIDDEN_QUOTE_LENGTH).trimEnd()}…` : trimmed;
}

export default defineRule({
  meta: {
    id: 'length',
    category: 'length',
    severity: { work: 'warning', personal: 'tip' },
    otherSeverities: [
      {
        severity: { work: 'problem', personal: 'problem' },
        when: { en: 'over the network\'s limit', nl: 'over de limiet van het netwerk' },
      },
    ],
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'op LinkedIn krachtiger is met een korte, zakelijke inleiding', translation: 'on LinkedIn it is stronger with a short, businesslike introduction' },
    messages: {
      overLimit: {
        message: { en: 'Shorten by {over} to fit {platform}', nl: 'Kort {over} in om op {platform} te passen' },
        explanation: {
          en: '{platform} counts {length} of {limit} characters here, so this will not post. Cut what your reader can miss.',
          nl: '{platform} telt hier {length} van de {limit} tekens, dus dit kun je zo niet plaatsen. Schrap wat je lezer kan missen.',
        },
      },
      overLimitThread: {
        message: { en: 'Shorten by {over} or start a thread', nl: 'Kort {over} in of maak er een draadje van' },
        explanation: {
          en: 'X counts {length} of {limit} characters here; a link counts as 23 and an emoji as 2. Cut it down, or split it into a short thread with the teaser first.',
          nl: 'X telt hier {length} van de {limit} tekens; een link telt als 23 en een emoji als 2. Kort het in, of verdeel het over een kort draadje met de teaser voorop.',
        },
      },
      foldHidesOpening: {
        message: { en: 'Put your key point in the first {fold} characters', nl: 'Zet je kernpunt in de eerste {fold} tekens' },
        explanation: {
          en: '{platform} shows about {fold} characters before “see more”, and your opening runs past it: “{hidden}” stays hidden. A short first line makes people read on.',
          nl: '{platform} toont zo\'n {fold} tekens vóór “meer weergeven”, en je opening loopt daaroverheen: “{hidden}” blijft verborgen. Een korte eerste zin maakt mensen nieuwsgierig.',
        },
      },
    },
  },
  check(context) {
    const { text, platform, tokens } = context;
    const { length, limit: hardLimit, foldAt } = context.stats;
    if (length > hardLimit) {
      context.report({
        messageId: platform === 'x' ? 'overLimitThread' : 'overLimit',
        severity: 'problem',
        ranges: [{ start: offsetPastLimit(platform, text, tokens, hardLimit), end: text.length }],
        data: { over: countText(length - hardLimit, CHARACTERS), length: numberText(length), limit: numberText(hardLimit), platform: PLATFORM_NAMES[platform] },
      });
      return;
    }
    const fold = PLATFORM_FOLDS[platform];
    if (!fold || foldAt === undefined) return;
    const leading = Math.max(0, text.search(/\S/u));
    OPENING_END.lastIndex = leading;
    const openingEnd = OPENING_END.exec(text);
    const end = openingEnd ? openingEnd.index + openingEnd[0].trimEnd().length : text.length;
    if (end <= foldAt || text.slice(foldAt, end).trim() === '') return;
    context.report({
      messageId: 'foldHidesOpening',
      ranges: [{ start: foldAt, end }],
      data: { fold: fold.chars, platform: PLATFORM_NAMES[platform], hidden: quoteStart(text.slice(foldAt, end)) },
    });
  },
});
