import type { Lexicon } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import { RELATIVES } from '../lexicons/privacy';
import { PITCH_PHRASES, PLUG_PHRASES, PROMO_PHRASES, READER_VALUE, READER_WORDS, SENDER_WORDS, SPONSORED_TAGS } from '../lexicons/self-promotion';
import type { LocalizedSuggestion, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { asksAQuestion } from '../text/sentences';
import type { TextRange } from '../types';
import { MODELS } from '../model/index';
import { combine, probabilityOf, strongestSpans } from '../model/linear';

/**
 * How strongly each kind of evidence says "this post only sells the sender". A post is nudged from
 * `THRESHOLD`: one pitch or one announcement of the sender's own does it; a plug for the sender's own content
 * or a sponsored tag needs more, such as the sender saying "we/our" more than once. What the reader gets
 * (a question, a tip, a post that talks to "you" more than about "me") weighs against it.
 */
const WEIGHT = { pitch: 3, sponsored: 2, announcement: 3, plug: 2, senderTalk: 1, readerFocus: -2, readerQuestion: -3, readerValue: -3 } as const;
const THRESHOLD = 3;
/** "We ... our ... ons": the sender talks about themself this often. */
const SENDER_TALK = 2;

const SUGGESTIONS: Record<'nl' | 'en', readonly string[]> = {
  nl: ['Vraag naar de ervaring van je lezer: “Hoe beviel het jou?”', 'Geef één tip die je lezer vandaag kan gebruiken', 'Bedank wie hieraan meewerkte'],
  en: ['Ask about your reader\'s experience: “How did it go for you?”', 'Share one tip your reader can use today', 'Thank the people who helped'],
};

interface Evidence {
  score: number;
  /** Which kinds of evidence were found, as features for the model (`r:pitch`, `r:question`, ...). */
  signals: string[];
  ranges: TextRange[];
  senderCount: number;
}

/** How often the draft says a word of `lexicon` ("we", "our", "ik" / "you", "jij"). */
function countWords(words: readonly Token[], lexicon: Lexicon): number {
  const set = lexiconSet(lexicon, BOTH_LANGUAGES);
  return words.filter((word) => set.has(word.normalized)).length;
}

/** "Trots op", "proud of": pride that may be in someone else rather than in the sender's own news. */
const PRIDE_IN = new Set(['trots op', 'supertrots op', 'proud of']);
/** How far after "trots op" the person it is about may stand: "trots op deze sterke vrouw". */
const PRIDE_REACH = 3;

/**
 * Pride in a relative or friend ("ik ben super trots op deze sterke vrouw", "trots op mijn opa") credits another
 * person, which the rubric counts as giving the reader something: it is no announcement of the sender's own.
 */
function prideInSomeoneElse(match: PhraseMatch, words: readonly Token[]): boolean {
  if (!PRIDE_IN.has(match.phrase)) return false;
  const relatives = lexiconSet(RELATIVES, BOTH_LANGUAGES);
  const last = words.findIndex((word) => word.start >= match.end);
  if (last < 0) return false;
  return words.slice(last, last + PRIDE_REACH).some((word) => relatives.has(word.normalized));
}

/** Adds up what says "sales" and what gives the reader something; the ranges are the words that sold. */
export function weigh(context: RuleContext): Evidence {
  const words = context.words;
  const senderCount = countWords(words, SENDER_WORDS);
  const readerCount = countWords(words, READER_WORDS);
  const pitch = findLexicon(PITCH_PHRASES, BOTH_LANGUAGES, words);
  const sponsoredTags = lexiconSet(SPONSORED_TAGS, BOTH_LANGUAGES);
  const sponsored = context.hashtags.filter((tag) => sponsoredTags.has(tag.normalized));
  // "We won", "proud to announce": the sender's own news. Without a "we/I" it is news about someone else.
  const announcements = senderCount > 0 ? findLexicon(PROMO_PHRASES, BOTH_LANGUAGES, words).filter((match) => !prideInSomeoneElse(match, words)) : [];
  const plugs = findLexicon(PLUG_PHRASES, BOTH_LANGUAGES, words);
  let score = 0;
  const signals: string[] = [];
  const add = (signal: keyof typeof WEIGHT, present: boolean) => {
    if (!present) return;
    score += WEIGHT[signal];
    signals.push(`r:${signal}`);
  };
  add('pitch', pitch.length > 0);
  add('sponsored', sponsored.length > 0);
  add('announcement', announcements.length > 0);
  add('plug', plugs.length > 0);
  add('senderTalk', senderCount >= SENDER_TALK);
  // A pitch talks to "you" and asks questions too ("Al geproefd? Bestel nu"); without one, both point to the reader:
  // advice that talks to "you" more than about "me" is about the reader, whatever it plugs at the end.
  add('readerFocus', pitch.length === 0 && readerCount > senderCount);
  add('readerQuestion', pitch.length === 0 && asksAQuestion(context.text, context.urls));
  add('readerValue', findLexicon(READER_VALUE, BOTH_LANGUAGES, words).length > 0);
  if (score >= THRESHOLD) signals.push('r:fired');
  const ranges = [...pitch, ...sponsored, ...announcements, ...plugs].sort((a, b) => a.start - b.start);
  return { score, signals, ranges, senderCount };
}

export default defineRule({
  meta: {
    id: 'self-promotion',
    category: 'self-promotion',
    severity: { work: 'warning', personal: null },
    kinds: ['post'],
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'En je klant denkt: ja, en?', translation: 'And your customer thinks: yes, so what?' },
    messages: {
      readsAsAdvert: {
        message: { en: "What's in it for your reader?", nl: 'Wat heeft je lezer hieraan?' },
        explanation: {
          en: "Words like “{phrase}” read like an advert: real posts written this way were mostly about the sender alone. Your reader simply thinks: so what? Ask how it went for them, share a tip, or credit someone else.",
          nl: "Woorden als “{phrase}” klinken als reclame: echte berichten die zo klinken gingen meestal alleen over de afzender. Je lezer denkt dan: ja, en? Vraag hoe het de lezer beviel, geef een tip of zet iemand anders in het zonnetje.",
        },
      },
      onlyAboutSender: {
        message: { en: "What's in it for your reader?", nl: 'Wat heeft je lezer hieraan?' },
        explanation: {
          en: "This post sells ({phrase}) and gives the reader nothing to use. Your reader simply thinks: so what? Ask how it went for them, share a tip, or credit someone else.",
          nl: 'Dit bericht verkoopt ({phrase}) en geeft de lezer niets wat hij kan gebruiken. Je lezer denkt dan: ja, en? Vraag hoe het de lezer beviel, geef een tip of zet iemand anders in het zonnetje.',
        },
      },
    },
  },
  check(context) {
    const evidence = weigh(context);
    const [first] = evidence.ranges;
    const ruleFired = evidence.score >= THRESHOLD && first !== undefined;
    // The model (lib/coach/model) weighs in: it nudges where no phrase of ours matched, marking its heaviest words.
    const model = MODELS['self-promotion'];
    const verdict = model ? combine(ruleFired, probabilityOf(model, context.tokens, evidence.signals), model) : ruleFired ? 'rule' : 'none';
    const ranges = verdict === 'rule' ? evidence.ranges : verdict === 'model' && model ? strongestSpans(model, context.tokens, context.text) : [];
    const [marked] = ranges;
    if (!marked) return;
    const language = context.language === 'und' ? context.uiLocale : context.language;
    const suggestions: LocalizedSuggestion[] = SUGGESTIONS[language].map((example) => ({ label: { en: example, nl: example } }));
    const phrase = context.text.slice(marked.start, marked.end);
    context.report({ messageId: verdict === 'rule' ? 'onlyAboutSender' : 'readsAsAdvert', ranges, data: { phrase }, suggestions });
  },
});
