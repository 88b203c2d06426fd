import { ADVICE_VERBS, IMPERATIVES, INVITATION_PHRASES, SUGGESTIONS } from '../lexicons/call-to-action';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import { PLATFORM_NAMES } from '../messages';
import type { PhraseMatch } from '../lexicons/phrases';
import type { LocalizedSuggestion, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { asImperative, asksIn, pointsAtWriter } from '../text/asks';
import { STYLED_LETTERS } from '../text/capitals';
import type { PlacedWord } from '../text/sentences';
import { invitesWithAQuestion } from '../text/questions';
import { placeWords } from '../text/sentences';

/** "Lees meer: [link]", "<hyperlink>": a writer who drafts with a placeholder will paste a link there. */
const LINK_PLACEHOLDER = /[[<](?:link|url|hyperlink)[\]>]/iu;

/**
 * A short link the tokenizer does not read as one, a domain with a path ("fxn.ws/1NgW42U"). A bare domain is not
 * enough: "CEO of Adya.ai" names a company; nor is a code file's name before a slash ("Node.js/React"), nor an
 * attached picture (below).
 */
const SHORT_LINK = /(?<![\p{L}\p{N}@._-])(?!pic\.(?:twitter|x)\.com\/)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?!(?:js|jsx|ts|tsx|py|rb|md|cs|sh)\/)[a-z]{2,6}\/[\p{L}\p{N}_-]/iu;

/** "pic.twitter.com/…": X's address of a picture attached to the post, shown as the picture, not a link to follow. */
const ATTACHED_MEDIA = /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//iu;

/** "Join free here:", "Here's the link :" or "Lees het hier:" at the very end: the link it points to was lost on the way (scraped, copied). */
const POINTER_AT_END = /(?:here|below|link|hier|hieronder)\s*:$/iu;
/** Markup a copy left at the end of a post ("…here:</p><p> "). */
const TRAILING_MARKUP = /(?:<\/?p>|\s)+$/u;

/**
 * "Here's a play-by-play of…", "Here are all the key dates…" as the last sentence: it points at what the post
 * carries. Not a toast or a wish: "Here's to the team", "Here's hoping".
 */
const POINTER_SENTENCE = /^(?:here(?:'|’)s|here (?:is|are)|hier (?:is|zijn))\s(?!to\s|hoping\s)/iu;

/**
 * "See the link in the profile", "Tap the link in @BBCNews's bio", "available in the link up top", "link hieronder":
 * a pointer to a link that sits elsewhere on the page.
 */
const LINK_POINTER = /\blinks?\b[^.!?\n]{0,30}?\b(?:bio|profile|profiel|up top|above|below|hierboven|hieronder)\b/iu;

/**
 * "To see more photos, follow @BrianSkerry", "follow the @skims account", "head to @shop", "volg @buurthuis": a follow
 * or a visit aimed at an account invites wherever it stands, unless someone is said to do it ("I follow @x").
 */
const FOLLOW_AN_ACCOUNT = /\b(?:follow|volg|head (?:over )?to)\s+(?:the\s+|de\s+)?@[\p{L}\p{N}_]/giu;
const SUBJECT_BEFORE = /\b(?:i|we|they|he|she|who|you|ik|wij|zij|hij|jij|je)\s+$/iu;

function followsAnAccount(text: string): boolean {
  FOLLOW_AN_ACCOUNT.lastIndex = 0;
  for (let match = FOLLOW_AN_ACCOUNT.exec(text); match !== null; match = FOLLOW_AN_ACCOUNT.exec(text)) {
    if (!SUBJECT_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return true;
  }
  return false;
}

/**
 * "More voting resources here 👇", "Lees het hier ⬇️": a closing pointer down after "here" sends the reader to what
 * comes below. Alone ("a list of why it has to go 👇👇") it only underlines.
 */
const POINTING_DOWN = /[👇⬇]/u;
const BEFORE_POINTER = /\b(?:here|below|link|hier|hieronder)\s*$/iu;
/** The run of emoji, marks and spaces that closes a draft. */
const CLOSING_EMOJI = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\s|\uFE0F|\u200D|\u20E3)+$/u;

/** "Please take care of our oceans": a sentence that opens with "please" asks the reader something. */
const PLEASE = new Set(['please', 'pls', 'plz']);

/**
 * "𝗣𝗹𝗲𝗮𝘀𝗲 𝗿𝗲𝗴𝗶𝘀𝘁𝗲𝗿": LinkedIn's and Instagram's bold and italic are mathematical letters (STYLED_LETTERS) that
 * read as plain words. Only a draft that has them pays for the folding.
 */
function foldMathLetters(tokens: readonly Token[]): Token[] {
  return tokens.map((token) => (STYLED_LETTERS.test(token.text) ? { ...token, normalized: token.normalized.normalize('NFKC').toLowerCase() } : token));
}

/** The closing pointer of a draft, before its closing block of hashtags: "here 👇". */
function endsPointingDown(context: RuleContext): boolean {
  const spot = invitationSpot(context);
  const tail = context.text.slice(Math.max(0, spot - 40), spot);
  const closing = CLOSING_EMOJI.exec(tail);
  return closing !== null && POINTING_DOWN.test(closing[0]) && BEFORE_POINTER.test(tail.slice(0, closing.index));
}

/**
 * "One way to spot a phishing mail is _____": a blank to fill in asks the reader for an answer, as "Caption this!"
 * does (rubric).
 */
const FILL_IN_THE_BLANK = '___';

/**
 * "#ff @museum @archive" (Follow Friday) asks the reader to follow the accounts it names; "#linkinbio" points at the
 * link in the profile, as "link in bio" does.
 */
const INVITING_TAGS = new Set(['ff', 'followfriday', 'linkinbio', 'linkinprofile']);

function hasAnInvitingTag(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'hashtag' && INVITING_TAGS.has(token.normalized));
}

/** A mention right before a word: "@support plz sort it out" asks that account, not the reader. */
const AFTER_MENTION = /@[\p{L}\p{N}_.]+[\s,:]*$/u;

/**
 * "Please take care of…", "Pls help": "please" opening a sentence with words after it, unless the sentence speaks
 * to a mentioned account.
 */
function opensWithPlease(placed: readonly PlacedWord[], text: string): boolean {
  return placed.some(
    (word, index) =>
      word.opensSentence &&
      PLEASE.has(word.token.normalized) &&
      placed[index + 1]?.sentence === word.sentence &&
      !AFTER_MENTION.test(text.slice(Math.max(0, word.token.start - 40), word.token.start)),
  );
}

function endsWithPointer(text: string, placed: readonly PlacedWord[]): boolean {
  const tail = text.slice(-40).replace(TRAILING_MARKUP, '');
  if (POINTER_AT_END.test(tail)) return true;
  const last = placed[placed.length - 1];
  if (!last) return false;
  let first = last.index;
  while (first > 0 && (placed[first - 1] as PlacedWord).sentence === last.sentence) first--;
  const opening = (placed[first] as PlacedWord).token.start;
  return POINTER_SENTENCE.test(text.slice(opening, opening + 24));
}

/**
 * A question written without its question mark, in a draft that has none: "hoe krijg ik de rode circle", "how do
 * I change this": a question word, a verb and "I" or "you". Dutch "wat" and "wie" also open exclamations ("Wat
 * hebben we gelachen"), and an English question word needs an auxiliary ("What I learned" is a title).
 */
const DUTCH_WH = new Set(['hoe', 'waar', 'waarom', 'wanneer', 'welke']);
const ENGLISH_WH = new Set(['how', 'what', 'where', 'why', 'when', 'who', 'which']);
const ENGLISH_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'are', 'is', 'am']);
const ASKING_PRONOUNS = new Set(['ik', 'je', 'jij', 'we', 'wij', 'jullie', 'u', 'i', 'you']);
const AFTER_COMMA = /,\s*$/u;
/**
 * "What's your favourite flavour", "Wat is jouw tip": a question word with "is" and the reader's "your" asks the
 * reader for their pick, also without its question mark.
 */
const WH_IS = new Set(["what's", "who's", "where's", "how's", "which's"]);
const IS = new Set(['is', 'are', 'zijn']);
const YOUR = new Set(['your', 'ur', 'jouw', 'je', 'jullie']);

function asksForTheReadersPick(placed: readonly PlacedWord[], index: number): boolean {
  const word = placed[index] as PlacedWord;
  const next = placed[index + 1];
  if (next?.sentence !== word.sentence) return false;
  if (WH_IS.has(word.token.normalized)) return YOUR.has(next.token.normalized);
  const after = placed[index + 2];
  const wh = word.token.normalized;
  return (ENGLISH_WH.has(wh) || wh === 'wat' || wh === 'welke' || wh === 'wie') && IS.has(next.token.normalized) && after?.sentence === word.sentence && YOUR.has(after.token.normalized);
}

function unmarkedQuestion(placed: readonly PlacedWord[], text: string): boolean {
  if (/[?？]/u.test(text)) return false;
  return placed.some((word, index) => {
    const opens = () => word.opensSentence || AFTER_COMMA.test(text.slice(Math.max(0, word.token.start - 3), word.token.start));
    if (asksForTheReadersPick(placed, index)) return opens();
    const verb = placed[index + 1];
    const pronoun = placed[index + 2];
    if (!verb || pronoun?.sentence !== word.sentence || !ASKING_PRONOUNS.has(pronoun.token.normalized)) return false;
    const wh = word.token.normalized;
    if (!DUTCH_WH.has(wh) && !(ENGLISH_WH.has(wh) && ENGLISH_AUXILIARIES.has(verb.token.normalized))) return false;
    return opens();
  });
}

/**
 * "Excited to share this video", "those who share it", "ik deel het": a phrase that would invite ("share this",
 * "deel het") tells what the writer or others do when a subject or the writer's "happy to" stands before its verb.
 */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'who', 'ik', 'wij', 'zij', 'hij']);
const WRITER_TO = new Set(['excited', 'happy', 'proud', 'thrilled', 'delighted', 'pleased', 'honoured', 'honored', 'glad', 'grateful', 'decided', 'going', 'want', 'wanted']);

/** Verbs outside the imperatives that open invitation phrases and can be said of someone: "we keep an eye out", "they wish me luck". */
const NARRATED_VERBS = new Set(['keep', 'wish', 'stop', 'swing', 'order', 'book', 'boek', 'add', 'submit', 'mark', 'win']);

function tellsWhatTheWriterDoes(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  // Only a phrase that opens with a verb can be said of someone: "ik hoop dat iemand…" still asks.
  const verb = match.phrase.split(' ')[0] as string;
  if (!lexiconSet(IMPERATIVES, BOTH_LANGUAGES).has(verb) && !NARRATED_VERBS.has(verb)) return false;
  const word = placed[match.wordIndex];
  const previous = placed[match.wordIndex - 1];
  if (!word || previous?.sentence !== word.sentence) return false;
  if (SUBJECTS.has(previous.token.normalized)) return true;
  const before = placed[match.wordIndex - 2];
  return previous.token.normalized === 'to' && before?.sentence === word.sentence && WRITER_TO.has(before.token.normalized);
}

/**
 * "Join you (network)", "Follow you (students)": a verb with "you" as its object speaks about the reader, it asks
 * nothing of them. "See you" still invites to a date ("See you November 15 on @hulu"), only "see you (very)
 * soon/later" says goodbye.
 */
const FAREWELLS = new Set(['soon', 'later']);

function hasYouAsObject(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  const word = placed[match.wordIndex];
  const next = placed[match.wordIndex + 1];
  if (match.phrase.trim().includes(' ') || next?.sentence !== word?.sentence || next?.token.normalized !== 'you') return false;
  // "See you soon", "see you very soon".
  const farewell = [2, 3].some((offset) => {
    const after = placed[match.wordIndex + offset];
    return after?.sentence === word?.sentence && FAREWELLS.has(after?.token.normalized ?? '');
  });
  return match.phrase !== 'see' || farewell;
}

/** "Repost @socialanimals :" credits whose post this is; it asks no one to repost. */
function creditsARepost(placed: readonly PlacedWord[], match: PhraseMatch, text: string): boolean {
  const word = placed[match.wordIndex];
  return match.phrase === 'repost' && word !== undefined && /^\s*@/u.test(text.slice(word.token.end, word.token.end + 4));
}

/** A line that opens a list item: "- ", "• ", "2. ", "3) ". */
const LIST_ITEM = /^\s*(?:[-–•*▪►✓✔→]\s|\d{1,2}[.)]\s)/u;

/** The ranges of the draft's list-item lines, in order. One pass over the text. */
function listItemLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (LIST_ITEM.test(line)) lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  return lines;
}

/**
 * "2. Ask what the other side needs", "- Share how you've helped others": a verb opening a list item gives advice,
 * as in a how-to, unless it points at the writer or the post ("1. Follow us", "- Share this post").
 */
function advisesInAList(lines: readonly [number, number][], match: PhraseMatch): boolean {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = lines[middle] as [number, number];
    if (match.start < start) high = middle - 1;
    else if (match.start > end) low = middle + 1;
    else return !match.phrase.trim().includes(' ');
  }
  return false;
}

/**
 * "Give these a try today", "Give them a visit", "Geef het eens een kans": "give" whose second object is a try, a
 * visit or a listen invites the reader to try or visit what the post shows, whatever the first object is.
 */
const GIVE = new Set(['give', 'geef']);
const ARTICLES = new Set(['a', 'an', 'een']);
const A_TRY = new Set(['try', 'go', 'visit', 'spin', 'shot', 'listen', 'look', 'read', 'watch', 'follow', 'kans', 'bezoek', 'bezoekje']);

function offersATry(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  const word = placed[match.wordIndex];
  if (!word || !GIVE.has(match.phrase)) return false;
  // The first object has one or two words ("these", "the episode"), Dutch may add "eens".
  return [2, 3, 4].some((offset) => {
    const article = placed[match.wordIndex + offset - 1];
    const noun = placed[match.wordIndex + offset];
    return noun?.sentence === word.sentence && ARTICLES.has(article?.token.normalized ?? '') && A_TRY.has(noun.token.normalized);
  });
}

/**
 * "Make sure to see it in theaters", "Don't forget to vote", "For more information visit…", "Tomorrow, join me for…":
 * a reminder, a pointer to more or a fronted day before the verb leaves it an imperative, as if it opened the sentence.
 */
const LEAD_INS: readonly (readonly string[])[] = [
  ['make', 'sure', 'to'], ['make', 'sure', 'you'], ['be', 'sure', 'to'], ["don't", 'forget', 'to'], ['dont', 'forget', 'to'], ['do', 'not', 'forget', 'to'], ['remember', 'to'],
  ['for', 'more', 'information'], ['for', 'more', 'info'], ['for', 'more', 'details'], ['voor', 'meer', 'informatie'], ['voor', 'meer', 'info'],
];
/**
 * "If you're in Chicago, visit…", "Als je in de buurt bent, kom…": a condition about the reader, closed by a comma,
 * leaves the verb after it an imperative. Without the comma the verb may be the condition's own ("If you visit…").
 */
const READER_CONDITION = /^(?:if|als|wanneer|mocht) (?:you|you're|you’re|u|je|jij)\b[^,.!?\n]*,\s*$/iu;
/** How far back the condition may start: its words and the comma. */
const CONDITION_REACH = 80;

function afterAReaderCondition(placed: readonly PlacedWord[], word: PlacedWord, text: string): boolean {
  let first = word.index;
  while (first > 0 && placed[first - 1]?.sentence === word.sentence) first--;
  const opener = placed[first];
  if (!opener || opener === word || word.token.start - opener.token.start > CONDITION_REACH) return false;
  return READER_CONDITION.test(text.slice(opener.token.start, word.token.start));
}
const FRONTED_DAYS = new Set(['today', 'tonight', 'tomorrow', 'vandaag', 'vanavond', 'morgen']);
const COMMA_BETWEEN = /^\s*,\s*$/u;

function imperativeAfterALeadIn(placed: readonly PlacedWord[], match: PhraseMatch, text: string): boolean {
  const word = placed[match.wordIndex];
  if (!word) return false;
  const previous = placed[match.wordIndex - 1];
  if (previous?.sentence === word.sentence && previous.opensSentence && FRONTED_DAYS.has(previous.token.normalized) && COMMA_BETWEEN.test(text.slice(previous.token.end, word.token.start))) return true;
  if (afterAReaderCondition(placed, word, text)) return true;
  return LEAD_INS.some((leadIn) =>
    leadIn.every((expected, offset) => {
      const before = placed[match.wordIndex - leadIn.length + offset];
      return before?.sentence === word.sentence && before.token.normalized === expected;
    }),
  );
}

/**
 * "Start streaming Nov. 12, only on #DisneyPlus", "Vanavond 20:00 online op @knolpower.nl": a platform's tag or
 * account after "only on" or "online op" says where to watch or buy.
 */
const ON_A_PLATFORM = /\b(?:only|exclusively|now|streaming|online) (?:on|op) $/iu;

/** Only the draft's tags and mentions are tried: a few per draft. */
function namesWhereToWatch(context: RuleContext): boolean {
  return context.tokens.some((token) => (token.kind === 'hashtag' || token.kind === 'mention') && ON_A_PLATFORM.test(context.text.slice(Math.max(0, token.start - 20), token.start)));
}

/**
 * "Learn how McDonald's…", "Discover why…", "Find out what…", "Ontdek hoe…": a learning verb with a question word
 * promises the answer behind the post's link or in its text, an invitation to read. Without one ("Discover your
 * strengths") it stays advice, and "which" ("Ontdek welke combinatie…") describes an activity more than a read.
 */
const LEARNING_VERBS = new Set(['learn', 'discover', 'explore', 'find', 'ontdek']);
const QUESTION_WORDS = new Set(['how', 'why', 'what', 'where', 'who', 'hoe', 'waarom', 'wat', 'waar', 'wie']);

function promisesAnAnswer(placed: readonly PlacedWord[], match: PhraseMatch): boolean {
  const word = placed[match.wordIndex];
  if (!word || !LEARNING_VERBS.has(match.phrase)) return false;
  // "Find out how": one particle may stand between.
  return [1, 2].some((offset) => {
    const next = placed[match.wordIndex + offset];
    return next?.sentence === word.sentence && QUESTION_WORDS.has(next.token.normalized) && (offset === 1 || placed[match.wordIndex + 1]?.token.normalized === 'out');
  });
}

/**
 * "Houd de pagina in de gaten", "Hou ons in de gaten": Dutch "keep an eye on" splits around its object; opening a
 * sentence it asks the reader to watch for what comes.
 */
const HOUD = new Set(['houd', 'hou']);
const IN_DE_GATEN = ['in', 'de', 'gaten'];
const OBJECT_WORDS = 6;

function asksToKeepAnEyeOn(placed: readonly PlacedWord[]): boolean {
  return placed.some((word, index) => {
    if (!word.opensSentence || !HOUD.has(word.token.normalized)) return false;
    for (let at = index + 1; at <= index + OBJECT_WORDS; at++) {
      if (IN_DE_GATEN.every((expected, offset) => placed[at + offset]?.sentence === word.sentence && placed[at + offset]?.token.normalized === expected)) return true;
    }
    return false;
  });
}

/**
 * "You can also read the updates on…", "Students can pick up schedules tomorrow", "U kunt ons bellen": what the reader
 * can do, with a verb of acting, tells them how to take part. Seeing and finding ("you can see how tired they are",
 * "you can find me at the bar") describe, and are left out.
 */
const READER_CAN = /\b(?:you|u|parents|families|students|everyone|anyone|members|residents|guests)\s+(?:can|may|should)\s+(?:also\s+|now\s+|still\s+)?(?:read|enroll|enrol|register|sign up|pick up|apply|join|visit|order|book|download|listen|contact|call|email|donate|vote|attend|submit|stop by|come)\b/iu;
const READER_CAN_NL = /\b(?:je|jij|u|jullie|ouders|leerlingen|iedereen)\s+(?:kunt|kan|kunnen|mag|mogen)\s+(?:ook\s+|nu\s+|nog\s+)?(?:je\s+|zich\s+|jullie\s+|ons\s+|me\s+|mij\s+)?(?:aanmelden|inschrijven|langskomen|bestellen|bellen|mailen|stemmen|doneren|reageren|ophalen|meedoen)\b/iu;
/** Only drafts with one of the modal verbs are tried. */
const MODAL = /\b(?:can|may|should|kunt|kan|kunnen|mag|mogen)\b/iu;

function tellsWhatTheReaderCanDo(text: string): boolean {
  return MODAL.test(text) && (READER_CAN.test(text) || READER_CAN_NL.test(text));
}

function invitesTheReader(context: RuleContext, placed: readonly PlacedWord[], lines: readonly [number, number][]): boolean {
  if (context.urls.some((url) => !ATTACHED_MEDIA.test(url.text)) || invitesWithAQuestion(context.text, context.urls) || LINK_PLACEHOLDER.test(context.text) || SHORT_LINK.test(context.text) || endsWithPointer(context.text, placed)) return true;
  if (LINK_POINTER.test(context.text) || followsAnAccount(context.text) || endsPointingDown(context) || opensWithPlease(placed, context.text)) return true;
  if (context.text.includes(FILL_IN_THE_BLANK) || hasAnInvitingTag(context.tokens)) return true;
  if (namesWhereToWatch(context) || asksToKeepAnEyeOn(placed) || tellsWhatTheReaderCanDo(context.text)) return true;
  if (findLexicon(INVITATION_PHRASES, BOTH_LANGUAGES, context.words).some((match) => !tellsWhatTheWriterDoes(placed, match))) return true;
  if (unmarkedQuestion(placed, context.text)) return true;
  const advice = lexiconSet(ADVICE_VERBS, BOTH_LANGUAGES);
  return findLexicon(IMPERATIVES, BOTH_LANGUAGES, context.words).some(
    (match) =>
      !hasYouAsObject(placed, match) &&
      !creditsARepost(placed, match, context.text) &&
      (asImperative(placed, match, context.lexiconLanguages) || imperativeAfterALeadIn(placed, match, context.text)) &&
      ((!advice.has(match.phrase) && !advisesInAList(lines, match)) || pointsAtWriter(placed, match, context.text, context.lexiconLanguages) || offersATry(placed, match) || (promisesAnAnswer(placed, match) && !advisesInAList(lines, match))),
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
  check(draft) {
    const folded = STYLED_LETTERS.test(draft.text) ? foldMathLetters(draft.tokens) : undefined;
    const context: RuleContext = folded ? { ...draft, tokens: folded, words: folded.filter((token) => token.kind === 'word') } : draft;
    const placed = placeWords(context.tokens, context.text);
    const asks = asksIn(context, placed);
    // Seed 000 knelpunt 5 is about posts: a reply is already a conversation. Asking for too much is the tone rule's
    // (engagement bait, rubric): a draft that asks for anything has a call to action.
    const lines = listItemLines(context.text);
    const asking = asks.ranges.some(
      (match) =>
        !tellsWhatTheWriterDoes(placed, match) &&
        !hasYouAsObject(placed, match) &&
        !creditsARepost(placed, match, context.text) &&
        (!advisesInAList(lines, match) || pointsAtWriter(placed, match, context.text, context.lexiconLanguages)),
    );
    if (context.kind === 'comment' || asking || invitesTheReader(context, placed, lines)) return;
    context.report({
      messageId: 'noInvitation',
      data: { platform: PLATFORM_NAMES[context.platform] },
      suggestions: invitationSuggestions(context),
    });
  },
});
