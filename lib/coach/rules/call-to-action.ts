import { ADVICE_VERBS, IMPERATIVES, INVITATION_PHRASES, SUGGESTIONS } from '../lexicons/call-to-action';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import { PLATFORM_NAMES } from '../messages';
import type { LocalizedSuggestion, RuleContext } from '../rule';
import { defineRule } from '../rule';
import { asImperative, asksIn, pointsAtWriter } from '../text/asks';
import type { PlacedWord } from '../text/sentences';
import { asksAQuestion, placeWords } from '../text/sentences';

/** "Lees meer: [link]", "<hyperlink>": a writer who drafts with a placeholder will paste a link there. */
const LINK_PLACEHOLDER = /[[<](?:link|url|hyperlink)[\]>]/iu;

/** "Join free here:", "Here's the link :" or "Lees het hier:" at the very end: the link it points to was lost on the way (scraped, copied). */
const POINTER_AT_END = /(?:here|below|link|hier|hieronder)\s*:$/iu;
/** Markup a copy left at the end of a post ("…here:</p><p> "). */
const TRAILING_MARKUP = /(?:<\/?p>|\s)+$/u;

function endsWithPointer(text: string): boolean {
  const tail = text.slice(-40).replace(TRAILING_MARKUP, '');
  return POINTER_AT_END.test(tail);
}

function invitesTheReader(context: RuleContext, placed: readonly PlacedWord[]): boolean {
  if (context.urls.length > 0 || asksAQuestion(context.text, context.urls) || LINK_PLACEHOLDER.test(context.text) || endsWithPointer(context.text)) return true;
  if (findLexicon(INVITATION_PHRASES, BOTH_LANGUAGES, context.words).length > 0) return true;
  const advice = lexiconSet(ADVICE_VERBS, BOTH_LANGUAGES);
  return findLexicon(IMPERATIVES, BOTH_LANGUAGES, context.words).some(
    (match) => asImperative(placed, match, context.lexiconLanguages) && (!advice.has(match.phrase) || pointsAtWriter(placed, match, context.text, context.lexiconLanguages)),
  );
}

/**
 * Where an invitation goes: after the last sentence, before a closing block of hashtags ("… Hoe pak jij dit aan?
 * #wijkteam"), so the question is read before the tags. Nothing of the draft is replaced.
 */
function invitationSpot(context: RuleContext): number {
  const { text, tokens } = context;
  let first = tokens.length;
  while (first > 0 && tokens[first - 1]?.kind === 'hashtag') first--;
  const block = tokens[first];
  if (!block || first === 0) return text.length;
  return text.slice(0, block.start).trimEnd().length;
}

/** Examples in the draft's own language, put in after the last sentence when chosen. */
function invitationSuggestions(context: RuleContext): LocalizedSuggestion[] {
  const language = context.language === 'und' ? context.uiLocale : context.language;
  const spot = invitationSpot(context);
  const before = context.text.slice(0, spot);
  const separator = before.trim() === '' ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return SUGGESTIONS[language][context.platform].map((example) => ({
    label: { en: example, nl: example },
    edit: { start: spot, end: spot, from: '', to: `${separator}${example}` },
  }));
}

export default defineRule({
  meta: {
    id: 'call-to-action',
    category: 'call-to-action',
    severity: { work: 'warning', personal: 'tip' },
    otherSeverities: [
      {
        severity: { work: 'tip' },
        when: { en: 'on a heated or off-tone draft, where a calmer post comes first', nl: 'bij een verhitte of ongepaste toon, waar eerst een rustiger bericht komt' },
      },
    ],
    source: {
      seed: '000_7507ea6b21acd829.txt',
      quote: 'Lok reacties en acties uit door er naar te vragen of door mensen op te roepen iets te doen',
      translation: 'Draw out reactions and actions by asking for them or by calling on people to do something'
    },
    messages: {
      noInvitation: {
        message: { en: 'Invite your readers on {platform} to respond', nl: 'Nodig je lezers op {platform} uit om te reageren' },
        explanation: {
          en: 'Of every ten followers, usually only one does something with a post. People respond more when you ask them: a question, an invitation or a link gives them a reason. Take one of the examples or write your own.',
          nl: 'Van de tien volgers doet er meestal maar één iets met je bericht. Mensen reageren vaker als je het ze vraagt: een vraag, een uitnodiging of een link geeft ze een reden. Neem een voorbeeld over of schrijf je eigen vraag.',
        },
      },
    },
  },
  check(context) {
    const placed = placeWords(context.tokens, context.text);
    const asks = asksIn(context, placed);
    // Seed 000 knelpunt 5 is about posts: a reply is already a conversation. Asking for too much is the tone rule's
    // (engagement bait, rubric): a draft that asks for anything has a call to action.
    if (context.kind === 'comment' || asks.kinds.length > 0 || invitesTheReader(context, placed)) return;
    context.report({
      messageId: 'noInvitation',
      data: { platform: PLATFORM_NAMES[context.platform] },
      suggestions: invitationSuggestions(context),
    });
  },
});
