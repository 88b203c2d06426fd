import { countText, numberText, PLATFORM_NAMES } from '../messages';
import { defineRule } from '../rule';
import { offsetPastLimit } from '../text/length';
import { PLATFORM_FOLDS, PLATFORM_WALLS } from '../text/platforms';
import type { RuleContext } from '../rule';
import { countGraphemes } from '../text/graphemes';
import type { TextRange } from '../types';

/** The opening ends at the first sentence end or line break. */
const OPENING_END = /[.!?](?=\s|$)|\n/gu;
const HIDDEN_QUOTE_LENGTH = 40;
const CHARACTERS = { en: ['character', 'characters'], nl: ['teken', 'tekens'] } as const;

function quoteStart(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > HIDDEN_QUOTE_LENGTH ? `${trimmed.slice(0, HIDDEN_QUOTE_LENGTH).trimEnd()}…` : trimmed;
}

/**
 * The longest paragraph of at least `wall` characters, counted as a reader sees them (graphemes: a family emoji is
 * one), with its length; none when every paragraph is shorter. A paragraph with fewer UTF-16 units than `wall` cannot
 * have that many graphemes, so only the longer ones are counted.
 */
function wallOf(text: string, wall: number): { range: TextRange; length: number } | undefined {
  let found: { range: TextRange; length: number } | undefined;
  let start = 0;
  for (const paragraph of text.split('\n')) {
    const length = paragraph.length >= wall ? countGraphemes(paragraph) : 0;
    if (length >= wall && length > (found?.length ?? 0)) found = { range: { start, end: start + paragraph.length }, length };
    start += paragraph.length + 1;
  }
  return found;
}

/** A block without line breaks on a short-post network: said next to any other length nudge, as it asks another fix. */
function reportWallOfText(context: RuleContext): void {
  const wall = PLATFORM_WALLS[context.platform];
  const found = wall === undefined ? undefined : wallOf(context.text, wall);
  if (!found) return;
  context.report({ messageId: 'wallOfText', ranges: [found.range], data: { count: numberText(found.length), platform: PLATFORM_NAMES[context.platform] } });
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
      wallOfText: {
        message: { en: 'Break this {count}-character block into short lines', nl: 'Knip dit blok van {count} tekens op in korte regels' },
        explanation: {
          en: 'On {platform} people read on a phone while scrolling. A long block without breaks gets skipped. Short lines, or a thread, keep readers with you.',
          nl: 'Op {platform} lezen mensen op hun telefoon, al scrollend. Een lang blok zonder witregels wordt overgeslagen. Korte regels, of een draadje, houden lezers bij je.',
        },
      },
    },
  },
  check(context) {
    const { text, platform, tokens } = context;
    const { length, limit: hardLimit, foldAt } = context.stats;
    reportWallOfText(context);
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
