import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import { PROMO_PHRASES, READER_VALUE, READER_WORDS, SENDER_WORDS } from '../lexicons/self-promotion';
import type { LocalizedSuggestion, RuleContext } from '../rule';
import { defineRule } from '../rule';
import { asksAQuestion } from '../text/sentences';

/** The sender must clearly dominate: at least this many "we/our/ik/mijn" and twice as many as "you/jij". */
const MIN_SENDER_WORDS = 2;
const SENDER_TO_READER = 2;

const SUGGESTIONS: Record<'nl' | 'en', readonly string[]> = {
  nl: ['Vraag je lezer naar diens ervaring: "Hoe beviel het jou?"', 'Geef één tip die je lezer vandaag kan gebruiken', 'Bedank wie hieraan meewerkte'],
  en: ['Ask about your reader\'s experience: "How did it go for you?"', 'Share one tip your reader can use today', 'Thank the people who helped'],
};

/** Anything the reader can use ends the case: a question, a tip, credit to someone, a notice, a recall. */
function offersTheReaderSomething(context: RuleContext): boolean {
  if (context.mentions.length > 0 || asksAQuestion(context.text, context.urls)) return true;
  return findLexicon(READER_VALUE, BOTH_LANGUAGES, context.words).length > 0;
}

/** How often the draft says "we", "our", "ik", "mijn". */
function countWords(context: RuleContext, words: ReadonlySet<string>): number {
  return context.words.filter((word) => words.has(word.normalized)).length;
}

export default defineRule({
  meta: {
    id: 'self-promotion',
    category: 'self-promotion',
    severity: { work: 'warning', personal: null },
    kinds: ['post'],
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'En je klant denkt: ja, en?' },
    messages: {
      onlyAboutSender: {
        message: { en: "What's in it for your reader?", nl: 'Wat heeft je lezer hieraan?' },
        explanation: {
          en: "This post talks about you ({count}× we, our, I or my) and gives the reader nothing to use. In the article's cake-shop example the customer simply thinks: so what? Ask how it went for them, share a tip, or credit someone else.",
          nl: 'Dit bericht gaat over jou ({count}× wij, ons, ik of mijn) en geeft de lezer niets om mee te doen. In het taartenvoorbeeld uit het artikel denkt de klant: ja, en? Vraag hoe het de lezer beviel, geef een tip of zet iemand anders in het zonnetje.',
        },
      },
    },
  },
  check(context) {
    if (offersTheReaderSomething(context)) return;
    const promos = findLexicon(PROMO_PHRASES, BOTH_LANGUAGES, context.words);
    if (promos.length === 0) return;
    const senderCount = countWords(context, lexiconSet(SENDER_WORDS, BOTH_LANGUAGES));
    const readerCount = countWords(context, lexiconSet(READER_WORDS, BOTH_LANGUAGES));
    if (senderCount < MIN_SENDER_WORDS || senderCount < SENDER_TO_READER * readerCount) return;
    const language = context.language === 'und' ? context.uiLocale : context.language;
    const suggestions: LocalizedSuggestion[] = SUGGESTIONS[language].map((example) => ({ label: { en: example, nl: example } }));
    context.report({ messageId: 'onlyAboutSender', ranges: promos, data: { count: senderCount }, suggestions });
  },
});
