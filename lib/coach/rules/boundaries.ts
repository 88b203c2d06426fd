import { ABOUT_SELF, EXEMPT, EXPLICIT, RECOVERY, SELF_WORDS } from '../lexicons/boundaries';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import { placeWords, sentencesOf } from '../text/sentences';

/**
 * Too-private content for a work account. Seed 000 knelpunt 6 asks for kids, hikes and pancakes, so only
 * crude, bodily and intoxicated details count, and the ambiguous ones ("dronken", "toilet") only when the
 * writer tells them about themself.
 */
function tooPrivate(context: RuleContext): PhraseMatch[] {
  const explicit = findLexicon(EXPLICIT, BOTH_LANGUAGES, context.words);
  const aboutSelf = findLexicon(ABOUT_SELF, BOTH_LANGUAGES, context.words);
  if (explicit.length === 0 && aboutSelf.length === 0) return [];
  // "I woke up hungover … I owe that to sobriety": a story of quitting shares the low point to help others, anywhere in the draft.
  if (findLexicon(RECOVERY, BOTH_LANGUAGES, context.words).length > 0) return [];
  const selfWords = lexiconSet(SELF_WORDS, BOTH_LANGUAGES);
  const exemptWords = lexiconSet(EXEMPT, BOTH_LANGUAGES);
  const sentenceOfWord: number[] = [];
  const sentenceIsAboutSelf: boolean[] = [];
  const sentenceIsExempt: boolean[] = [];
  sentencesOf(placeWords(context.tokens, context.text)).forEach((sentence, number) => {
    for (const word of sentence) sentenceOfWord[word.index] = number;
    sentenceIsAboutSelf[number] = sentence.some((word) => selfWords.has(word.token.normalized));
    sentenceIsExempt[number] = sentence.some((word) => exemptWords.has(word.token.normalized));
  });
  const allowed = (match: PhraseMatch, needsSelf: boolean): boolean => {
    const sentence = sentenceOfWord[match.wordIndex] ?? -1;
    return !sentenceIsExempt[sentence] && (!needsSelf || sentenceIsAboutSelf[sentence] === true);
  };
  const found = [...explicit.filter((match) => allowed(match, false)), ...aboutSelf.filter((match) => allowed(match, true))];
  return withoutOverlaps(found);
}

/** "zo lam" and "lam" may both match: keep the first of overlapping matches. */
function withoutOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  const kept: PhraseMatch[] = [];
  for (const match of matches.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = kept[kept.length - 1];
    if (!previous || match.start >= previous.end) kept.push(match);
  }
  return kept;
}

export default defineRule({
  meta: {
    id: 'boundaries',
    category: 'boundaries',
    severity: { work: 'warning', personal: null },
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'Er zijn grenzen!', translation: 'There are limits!' },
    messages: {
      tooPrivate: {
        message: { en: "Keep “{word}” for friends, not for work", nl: "Houd “{word}” voor vrienden, niet voor je werk" },
        explanation: {
          en: "Showing your personality works: your kids, your hobbies, your lunch. Bodily details and nights out are where it stops: clients remember such a post longer than you'd like.",
          nl: 'Je persoonlijkheid laten zien werkt: je kinderen, je hobby, je lunch. Bij lichamelijke details en doorzakken houdt het op: klanten onthouden zo\'n bericht langer dan je lief is.',
        },
      },
    },
  },
  check(context) {
    const matches = tooPrivate(context);
    const [first] = matches;
    if (!first) return;
    context.report({ messageId: 'tooPrivate', ranges: matches, data: { word: context.text.slice(first.start, first.end) } });
  },
});
