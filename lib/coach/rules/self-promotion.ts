import type { Lexicon } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import { PITCH_PHRASES, PLUG_PHRASES, PROMO_PHRASES, READER_VALUE, READER_WORDS, SENDER_WORDS, SPONSORED_TAGS } from '../lexicons/self-promotion';
import type { LocalizedSuggestion, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { asksAQuestion } from '../text/sentences';
import type { TextRange } from '../types';

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
  nl: ['Vraag je lezer naar diens ervaring: "Hoe beviel het jou?"', 'Geef één tip die je lezer vandaag kan gebruiken', 'Bedank wie hieraan meewerkte'],
  en: ['Ask about your reader\'s experience: "How did it go for you?"', 'Share one tip your reader can use today', 'Thank the people who helped'],
};

interface Evidence {
  score: number;
  ranges: TextRange[];
  senderCount: number;
}

/** How often the draft says a word of `lexicon` ("we", "our", "ik" / "you", "jij"). */
function countWords(words: readonly Token[], lexicon: Lexicon): number {
  const set = lexiconSet(lexicon, BOTH_LANGUAGES);
  return words.filter((word) => set.has(word.normalized)).length;
}

/** Adds up what says "sales" and what gives the reader something; the ranges are the words that sold. */
function weigh(context: RuleContext): Evidence {
  const words = context.words;
  const senderCount = countWords(words, SENDER_WORDS);
  const readerCount = countWords(words, READER_WORDS);
  const pitch = findLexicon(PITCH_PHRASES, BOTH_LANGUAGES, words);
  const sponsoredTags = lexiconSet(SPONSORED_TAGS, BOTH_LANGUAGES);
  const sponsored = context.hashtags.filter((tag) => sponsoredTags.has(tag.normalized));
  // "We won", "proud to announce": the sender's own news. Without a "we/I" it is news about someone else.
  const announcements = senderCount > 0 ? findLexicon(PROMO_PHRASES, BOTH_LANGUAGES, words) : [];
  const plugs = findLexicon(PLUG_PHRASES, BOTH_LANGUAGES, words);
  let score = 0;
  if (pitch.length > 0) score += WEIGHT.pitch;
  if (sponsored.length > 0) score += WEIGHT.sponsored;
  if (announcements.length > 0) score += WEIGHT.announcement;
  if (plugs.length > 0) score += WEIGHT.plug;
  if (senderCount >= SENDER_TALK) score += WEIGHT.senderTalk;
  // A pitch talks to "you" and asks questions too ("Al geproefd? Bestel nu"); without one, both point to the reader:
  // advice that talks to "you" more than about "me" is about the reader, whatever it plugs at the end.
  if (pitch.length === 0 && readerCount > senderCount) score += WEIGHT.readerFocus;
  if (pitch.length === 0 && asksAQuestion(context.text, context.urls)) score += WEIGHT.readerQuestion;
  if (findLexicon(READER_VALUE, BOTH_LANGUAGES, words).length > 0) score += WEIGHT.readerValue;
  const ranges = [...pitch, ...sponsored, ...announcements, ...plugs].sort((a, b) => a.start - b.start);
  return { score, ranges, senderCount };
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
          en: "This post sells ({phrase}) and gives the reader nothing to use. In the article's cake-shop example the customer simply thinks: so what? Ask how it went for them, share a tip, or credit someone else.",
          nl: 'Dit bericht verkoopt ({phrase}) en geeft de lezer niets om mee te doen. In het taartenvoorbeeld uit het artikel denkt de klant: ja, en? Vraag hoe het de lezer beviel, geef een tip of zet iemand anders in het zonnetje.',
        },
      },
    },
  },
  check(context) {
    const evidence = weigh(context);
    const [first] = evidence.ranges;
    if (evidence.score < THRESHOLD || !first) return;
    const language = context.language === 'und' ? context.uiLocale : context.language;
    const suggestions: LocalizedSuggestion[] = SUGGESTIONS[language].map((example) => ({ label: { en: example, nl: example } }));
    const phrase = context.text.slice(first.start, first.end);
    context.report({ messageId: 'onlyAboutSender', ranges: evidence.ranges, data: { phrase }, suggestions });
  },
});
