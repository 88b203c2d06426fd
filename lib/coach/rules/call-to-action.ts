import {
  ASK_COMMENT, ASK_FOLLOW, ASK_LIKE, ASK_SHARE, ASK_TAG, IMPERATIVE_OPENERS, IMPERATIVES, INVITATION_PHRASES, SUGGESTIONS,
} from '../lexicons/call-to-action';
import type { Lexicon } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import { joinList, PLATFORM_NAMES } from '../messages';
import type { LocalizedSuggestion, LocalizedText, RuleContext } from '../rule';
import { defineRule } from '../rule';
import type { PlacedWord } from '../text/sentences';
import { asksAQuestion, placeWords } from '../text/sentences';

/** Seed 004 point 15: asking works, "Doe het echter wel met mate". This many different asks is begging. */
const BEGGING_ASKS = 3;
/** "and share", "en deel": after these a verb still asks something. */
const LIST_WORDS = new Set(['and', 'en', 'or', 'of']);

const ASK_KINDS: readonly { lexicon: Lexicon; name: LocalizedText }[] = [
  { lexicon: ASK_LIKE, name: { en: 'like', nl: 'liken' } },
  { lexicon: ASK_SHARE, name: { en: 'share', nl: 'delen' } },
  { lexicon: ASK_COMMENT, name: { en: 'comment', nl: 'reageren' } },
  { lexicon: ASK_TAG, name: { en: 'tag someone', nl: 'taggen' } },
  { lexicon: ASK_FOLLOW, name: { en: 'follow', nl: 'volgen' } },
];

/** A verb asks something at the start of a sentence, after "please"/"gerust" or in a list of verbs ("Deel dit", not "een deel"). */
function asImperative(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  if (match.phrase.trim().includes(' ')) return true;
  const word = placed[match.wordIndex];
  if (!word) return false;
  if (word.opensSentence || word.afterSeparator) return true;
  const previous = placed[match.wordIndex - 1];
  if (!previous || previous.sentence !== word.sentence) return false;
  const opener = lexiconSet(IMPERATIVE_OPENERS, BOTH_LANGUAGES).has(previous.token.normalized);
  return opener || LIST_WORDS.has(previous.token.normalized);
}

function asksIn(context: RuleContext, placed: readonly PlacedWord[]): { kinds: LocalizedText[]; ranges: PhraseMatch[] } {
  const kinds: LocalizedText[] = [];
  const ranges: PhraseMatch[] = [];
  for (const { lexicon, name } of ASK_KINDS) {
    const asks = findLexicon(lexicon, BOTH_LANGUAGES, context.words).filter((match) => asImperative(placed, match));
    if (asks.length > 0) kinds.push(name);
    ranges.push(...asks);
  }
  return { kinds, ranges: ranges.sort((a, b) => a.start - b.start) };
}

/** "Lees meer: [link]": a writer who drafts with a placeholder will paste a link there. */
const LINK_PLACEHOLDER = /[[<](?:link|url)[\]>]/iu;

function invitesTheReader(context: RuleContext, placed: readonly PlacedWord[]): boolean {
  if (context.urls.length > 0 || asksAQuestion(context.text, context.urls) || LINK_PLACEHOLDER.test(context.text)) return true;
  if (findLexicon(INVITATION_PHRASES, BOTH_LANGUAGES, context.words).length > 0) return true;
  return findLexicon(IMPERATIVES, BOTH_LANGUAGES, context.words).some((match) => asImperative(placed, match));
}

/** Examples in the draft's own language, added at the end of the draft when chosen. */
function invitationSuggestions(context: RuleContext): LocalizedSuggestion[] {
  const language = context.language === 'und' ? context.uiLocale : context.language;
  const end = context.text.length;
  const separator = context.text.trim() === '' ? '' : context.text.endsWith('\n') ? '\n' : '\n\n';
  return SUGGESTIONS[language][context.platform].map((example) => ({
    label: { en: example, nl: example },
    edit: { start: end, end, from: '', to: `${separator}${example}` },
  }));
}

export default defineRule({
  meta: {
    id: 'call-to-action',
    category: 'call-to-action',
    severity: { work: 'warning', personal: 'tip' },
    source: {
      seed: '000_7507ea6b21acd829.txt',
      quote: 'Lok reacties en acties uit door er naar te vragen of door mensen op te roepen iets te doen',
    },
    messages: {
      noInvitation: {
        message: { en: 'Invite your readers on {platform} to respond', nl: 'Nodig je lezers op {platform} uit om te reageren' },
        explanation: {
          en: 'Of every ten followers, usually only one does something with a post. People respond more when you ask them: a question, an invitation or a link gives them a reason. Take one of the examples or write your own.',
          nl: 'Van de tien volgers doet er meestal maar één iets met je bericht. Mensen reageren vaker als je het ze vraagt: een vraag, een uitnodiging of een link geeft ze een reden. Neem een voorbeeld over of schrijf je eigen vraag.',
        },
      },
      tooManyAsks: {
        message: { en: '{count} asks in one post: keep the one that matters', nl: '{count} verzoeken in één bericht: houd er één over' },
        explanation: {
          en: "You ask readers to {asks}. Asking to share can bring four times more activity, but the seed adds 'Doe het echter wel met mate'. One clear ask gets more done than a list.",
          nl: "Je vraagt lezers om te {asks}. Vragen om te delen levert volgens het artikel vier keer meer activiteit op, maar 'Doe het echter wel met mate'. Eén duidelijk verzoek werkt beter dan een rijtje.",
        },
      },
    },
  },
  check(context) {
    const placed = placeWords(context.tokens, context.text);
    const asks = asksIn(context, placed);
    if (asks.kinds.length >= BEGGING_ASKS) {
      const asksByLocale = { en: joinList(asks.kinds.map((kind) => kind.en), 'en'), nl: joinList(asks.kinds.map((kind) => kind.nl), 'nl') };
      context.report({ messageId: 'tooManyAsks', severity: 'tip', ranges: asks.ranges, data: { count: asks.kinds.length, asks: asksByLocale } });
      return;
    }
    // Seed 000 knelpunt 5 is about posts: a reply is already a conversation.
    if (context.kind === 'comment' || asks.kinds.length > 0 || invitesTheReader(context, placed)) return;
    context.report({
      messageId: 'noInvitation',
      data: { platform: PLATFORM_NAMES[context.platform] },
      suggestions: invitationSuggestions(context),
    });
  },
});
