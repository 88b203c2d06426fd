import type { Token } from '../rule';
import { defineRule } from '../rule';
import { readForPrivacy } from '../text/privacy-signals';
import type { TextRange } from '../types';

/**
 * A relative's health news on a work account (seed 000 knelpunt 9, keeping work and private apart): "mijn dochter
 * net geopereerd", "my husband's chemo". Your own story stays welcome ("Last year I burned out"), and so do your
 * kids, a cold, a son's autism told as what it taught you, and a relative who works in a hospital or runs for
 * cancer research: only serious health news (surgery, chemo, a heart attack, a stay in hospital) about someone of
 * your own, in one sentence, counts.
 */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "our partner GGZ Noord", "onze partner": an organisation's partner; "my partner" is family. */
const PLURAL_OWN = new Set(['our', 'onze', 'ons']);
/** "mijn moeder werkte op de IC", "my wife works in intensive care", "mijn vader is oncoloog": a job, not health news. */
const AT_WORK = new Set([
  'werkt', 'werkte', 'werken', 'werkzaam', 'verpleegkundige', 'verpleger', 'arts', 'huisarts', 'oncoloog', 'chirurg', 'psychiater', 'therapeut', 'zorgverlener',
  'works', 'worked', 'working', 'nurse', 'doctor', 'oncologist', 'surgeon', 'psychiatrist', 'therapist', 'caregiver',
]);
/** How far after the relative a job is read as theirs: "mijn moeder werkte", "mijn vader is oncoloog". */
const JOB_REACH = 3;

function atWork(words: readonly Token[], sentenceOf: readonly number[], relative: number): boolean {
  for (let at = relative + 1; at <= relative + JOB_REACH; at++) {
    if (sentenceOf[at] !== sentenceOf[relative]) return false;
    if (AT_WORK.has((words[at] as Token).normalized)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'private-news',
    category: 'privacy',
    severity: { work: 'warning', personal: null },
    source: { seed: '000_7507ea6b21acd829.txt', quote: 'Werk en privé gescheiden houden', translation: 'Keeping work and private life apart' },
    messages: {
      relativesHealth: {
        message: { en: "Keep the news about “{relative}” for friends", nl: "Houd het nieuws over “{relative}” voor vrienden" },
        explanation: {
          en: 'Your kids, your hobbies, your lunch: your work network is welcome to see that. The health of the people close to you is their own story, and clients and colleagues read along here. Tell your friends; here, “a tough week at home” says enough.',
          nl: 'Je kinderen, je hobby, je lunch: dat mag je werknetwerk zien. De gezondheid van je naasten is hun eigen verhaal, en hier lezen cliënten en collega\'s mee. Vertel het aan vrienden; hier zegt “een zware week thuis” genoeg.',
        },
      },
    },
  },
  check(context) {
    if (context.words.length < 3) return;
    const reading = readForPrivacy(context);
    const { words, sentenceOf } = reading;
    // "mijn dochter", "mijn jongste dochter", "my husband's": a relative of the writer's own.
    const relativeRanges = new Map<number, TextRange>();
    for (const match of reading.matches('relative')) {
      const index = match.wordIndex;
      const sentence = sentenceOf[index] as number;
      const own = [index - 1, index - 2].find((at) => at >= 0 && sentenceOf[at] === sentence && reading.is(at, 'own'));
      if (own === undefined || relativeRanges.has(sentence)) continue;
      if (match.phrase === 'partner' && PLURAL_OWN.has((words[own] as Token).normalized)) continue;
      if (!atWork(words, sentenceOf, match.lastWordIndex)) relativeRanges.set(sentence, { start: (words[own] as Token).start, end: match.end });
    }
    if (relativeRanges.size === 0) return;
    const news = reading
      .matches('healthNews')
      .filter((match) => relativeRanges.has(sentenceOf[match.wordIndex] ?? -1))
      .filter((match) => !reading.partOfName(match));
    const [first] = news;
    if (!first) return;
    const sentences = new Set(news.map((match) => sentenceOf[match.wordIndex] as number));
    const ranges = [...[...sentences].map((sentence) => relativeRanges.get(sentence) as TextRange), ...news].sort((a, b) => a.start - b.start);
    const relative = relativeRanges.get(sentenceOf[first.wordIndex] as number) as TextRange;
    context.report({
      messageId: 'relativesHealth',
      ranges: ranges.map(({ start, end }) => ({ start, end })),
      // "Mijn vader" opening a sentence reads "mijn vader" inside the message; "my husband's" reads "my husband".
      data: { relative: lowerFirst(context.text.slice(relative.start, relative.end).replace(/['’]s$/u, '')) },
    });
  },
});
