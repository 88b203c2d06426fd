import type { Lexicon } from '../lexicons/index';
import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import type { PhraseMatch } from '../lexicons/phrases';
import { RELATIVES } from '../lexicons/privacy';
import { CAMPAIGN_PHRASES, PITCH_PHRASES, PLUG_PHRASES, PROMO_PHRASES, READER_VALUE, READER_WORDS, SENDER_WORDS, SPONSORED_TAGS } from '../lexicons/self-promotion';
import type { LocalizedSuggestion, RuleContext, Token } from '../rule';
import { defineRule } from '../rule';
import { asksAQuestion } from '../text/sentences';
import type { TextRange } from '../types';
import { MODELS } from '../model/index';
import { combine, probabilityOf, speaks, strongestSpans } from '../model/linear';

/**
 * How strongly each kind of evidence says "this post only sells the sender". A post is nudged from `THRESHOLD`: one
 * pitch, listing, campaign call or announcement of the sender's own does it; a plug for the sender's own content or a
 * sponsored tag needs more, such as the sender saying "we/our" more than once. What the reader gets (a question, a
 * tip, a post that talks to "you" more than about "me") weighs against it.
 */
const WEIGHT = { pitch: 3, listing: 3, campaign: 3, sponsored: 2, announcement: 3, plug: 2, senderTalk: 1, readerFocus: -2, readerQuestion: -3, readerValue: -3 } as const;
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

/** Whether a word of `set` stands among the `reach` words before the match (with `text`: in the match's own sentence). */
function saidJustBefore(match: PhraseMatch, words: readonly Token[], reach: number, set: ReadonlySet<string>, text?: string): boolean {
  return words
    .slice(Math.max(0, match.wordIndex - reach), match.wordIndex)
    .some((word) => set.has(word.normalized) && (text === undefined || !/[.!?\n]/u.test(text.slice(word.end, match.start))));
}

/** Someone other than the sender just before "trots op" ("dat je zo trots op me was", "she is proud of"). */
const OTHER_SUBJECTS = new Set(['je', 'jij', 'u', 'hij', 'zij', 'ze', 'jullie', 'you', 'he', 'she', 'they']);
/** How far before "trots op" that subject may stand: "dat je zo trots op". */
const SUBJECT_REACH = 3;

function prideOfSomeoneElse(match: PhraseMatch, words: readonly Token[]): boolean {
  if (!PRIDE_IN.has(match.phrase) && !match.phrase.startsWith('trots op') && !match.phrase.startsWith('proud of')) return false;
  return saidJustBefore(match, words, SUBJECT_REACH, OTHER_SUBJECTS);
}

/**
 * "Won", "award", "launched": one word that is the sender's news only when the sender is the one who won or
 * launched ("we won", "our award", "I launched"). Said of someone else ("The tan boot won!", "this year's Award
 * recipient Michael", "picked a winner", "a student who launched her business") it is their news, even in a post
 * that says "we" elsewhere. An award that names an event ("our Awards Gala") is no win at all.
 */
const SENDER_BOUND = new Set(['award', 'awards', 'won', 'winner', 'nominated', 'launched', 'launching', 'released', 'gewonnen', 'winnaar', 'genomineerd', 'nominatie', 'gelanceerd', 'lancering']);
/** How far before such a word the sender may stand: "we just won", "wij hebben de prijs gewonnen". */
const OWNER_REACH = 5;

/** Someone else who may stand between the sender and the win: "we're highlighting one student who launched her business". */
const OTHER_ACTORS = new Set(['who', 'she', 'he', 'they', 'die', 'wie', 'zij', 'hij']);

/** What an award night is: "our Awards Gala", "our special awards sponsors" name an event, not a win. */
const AWARD_EVENTS = new Set(['gala', 'ceremony', 'night', 'dinner', 'show', 'evening', 'event', 'sponsor', 'sponsors', 'luncheon', 'banquet', 'party', 'uitreiking', 'avond', 'gala-avond']);

function someoneElsesWin(match: PhraseMatch, words: readonly Token[], text: string): boolean {
  if (!SENDER_BOUND.has(match.phrase)) return false;
  if (match.phrase.startsWith('award') && AWARD_EVENTS.has(words[match.wordIndex + 1]?.normalized ?? '')) return true;
  // In the same sentence: "Wij zijn bij de uitreiking. De winnaar is …" is someone else's win.
  const sender = lexiconSet(SENDER_WORDS, BOTH_LANGUAGES);
  if (!saidJustBefore(match, words, OWNER_REACH, sender, text)) return true;
  const between = words.slice(Math.max(0, match.wordIndex - OWNER_REACH), match.wordIndex);
  const lastSender = between.findLastIndex((word) => sender.has(word.normalized));
  return between.slice(lastSender + 1).some((word) => OTHER_ACTORS.has(word.normalized));
}

/** Who a moment may be shared with: "happy to share this day with my mom", "honoured to share this with our daughter". */
const SHARE_PARTNERS = new Set(['my', 'our', 'mijn', 'onze']);
/** How far after "happy to share" the "with" may stand: "honored to share this bonding experience with". */
const SHARE_REACH = 6;

/**
 * A moment shared with one's own people ("So happy to share this day with my mom and grandmother", "I am honored to
 * share this bonding experience with my own daughter") and a conversation with a guest ("looking forward to speaking
 * with Eric Sims") are about those people, not news of the sender's own.
 */
function sharedWithSomeone(match: PhraseMatch, words: readonly Token[]): boolean {
  const after = words.findIndex((word) => word.start >= match.end);
  if (after < 0) return false;
  if (match.phrase.includes('speaking')) return words[after]?.normalized === 'with';
  const relatives = lexiconSet(RELATIVES, BOTH_LANGUAGES);
  return words.slice(after, after + SHARE_REACH).some((word, offset) => {
    const partner = words[after + offset + 1]?.normalized ?? '';
    return (word.normalized === 'with' || word.normalized === 'met') && (SHARE_PARTNERS.has(partner) || relatives.has(partner));
  });
}

/** Verbs of a release: "Google just released", "DeepSeek dropped", "Defra unveiled". */
const RELEASE_VERBS = new Set(['released', 'dropped', 'launched', 'unveiled', 'announced', 'lanceerde', 'lanceert', 'onthulde', 'onthult']);
/** Openers capitalised only because a sentence starts with them: "Finally launched: our app". */
const OPENERS = new Set(['finally', 'officially', 'today', 'yesterday', 'recently', 'successfully', 'proudly', 'eindelijk', 'officieel', 'vandaag', 'gisteren']);

/**
 * A release said of a named other ("Google just released Gemini 2.0", "NEWS: DeepSeek just dropped another model")
 * is news the reader can use, not the sender's own pitch: the sender says "we launched". A capitalised name straight
 * before the verb (past a "just") that is not the sender's own "We" or "I", nor a sentence's opening "Finally".
 */
function someoneElsesRelease(words: readonly Token[], text: string): boolean {
  const sender = lexiconSet(SENDER_WORDS, BOTH_LANGUAGES);
  return words.some((word, index) => {
    if (!RELEASE_VERBS.has(word.normalized)) return false;
    const before = words[index - 1]?.normalized === 'just' ? words[index - 2] : words[index - 1];
    return before !== undefined && !sender.has(before.normalized) && !OPENERS.has(before.normalized) && /^\p{Lu}/u.test(text.slice(before.start, before.end));
  });
}

/** Units a number may carry that make it a measure, not a product's reference ("4005gr", "1990s"). */
const UNITS = new Set(['g', 'gr', 'kg', 'mg', 'ml', 'cl', 'ms', 'km', 'mb', 'gb', 'tb', 'kb', 'k', 'x', 'm', 'cm', 's', 'e', 'px', 'hz']);
/** Ordinals make a count of a number ("100th", "#1000th"), up to four digits. */
const ORDINALS = new Set(['th', 'st', 'nd', 'rd']);
/** Words that precede a count, not a model: "day170", "nr123", "ep104". */
const COUNT_WORDS = new Set(['day', 'dag', 'no', 'nr', 'vol', 'ep', 'p', 'pag', 'week', 'wk']);

/** Words a shop writes before a reference in prose: "ref. pam1616", "modelnummer 5167r". */
const REFERENCE_WORDS = new Set(['ref', 'reference', 'referentie', 'model', 'modelnummer', 'art', 'artikelnummer', 'sku']);

const DASHES = new Set(['–', '—', '-']);

/** " – 226570 – ": a word with a dash and a space on either side, read character by character (it runs on every word). */
function betweenDashes(token: Token, text: string): boolean {
  return text[token.start - 1] === ' ' && DASHES.has(text[token.start - 2] ?? '') && text[token.end] === ' ' && DASHES.has(text[token.end + 1] ?? '');
}

/**
 * A product's reference or model number, as shops list them: letters and digits together ("iw503501", "pam171",
 * "126613lb", "5167r") or five or more digits ("#124300"), tagged as a hashtag, named as a reference ("ref. pam1616")
 * or set between a spec line's dashes ("panerai – pam1616 – luminor"). In prose such a code is as often a road
 * (N201), a plane (A380) or a standard (ISO27001). Years ("euro2024"), measures ("4005gr", "41mm" is left out too),
 * decades, ordinals and HTML entities' numbers ("&#128514;") are not. `specLine` says, once per draft, whether it has
 * a dash between spaces at all.
 */
export function isProductReference(token: Token, text: string, previous?: Token, specLine = false): boolean {
  // The tokenizer reads a tag of digits alone ("#124300") as a word after a '#': it is tagged all the same, unless it
  // is an issue or pull request in brackets ("Merged PR (#13977)").
  const tagged = token.kind === 'hashtag' || (token.kind === 'word' && text[token.start - 1] === '#' && text[token.start - 2] !== '(');
  const named = token.kind === 'word' && previous !== undefined && REFERENCE_WORDS.has(previous.normalized);
  // A shop's spec line sets the reference between dashes: "rolex – explorer ii – 226570 – stainless steel". Only drafts
  // with a dash between spaces (`specLine`) are looked at, and only words with a digit.
  const listed = specLine && !tagged && !named && token.kind === 'word' && betweenDashes(token, text) && /\d/u.test(token.normalized);
  if (!tagged && !listed && !named) return false;
  if (text.slice(Math.max(0, token.start - 2), token.start) === '&#') return false;
  const value = token.normalized;
  if (/^\d{5,}$/u.test(value)) return tagged || listed;
  // A watchmaker's reference runs on past its first letters: "#15710stooa002ca01".
  if (/^\d{4,}[a-z]{2,}\d/u.test(value)) return true;
  const digitsFirst = /^(\d{4,})([a-z]{1,4})$/u.exec(value);
  // No one writes an ordinal of five digits: "#15400st" is a reference, "1000th" a count.
  if (digitsFirst && ORDINALS.has(digitsFirst[2] as string)) return (digitsFirst[1] as string).length >= 5;
  if (digitsFirst) return !UNITS.has(digitsFirst[2] as string) && !/^\d{3}0$/u.test(digitsFirst[1] as string);
  const lettersFirst = /^([a-z]{1,4})(\d{3,})[a-z]{0,4}$/u.exec(value);
  if (lettersFirst) return !/^(?:19|20)\d\d$/u.test(lettersFirst[2] as string) && !COUNT_WORDS.has(lettersFirst[1] as string);
  return false;
}

/** "P.S.", "PS:": what follows is a footnote to the post, not the post. */
const POSTSCRIPT = /(?:^|\s)P\.?\s?S\.?(?=[\s:])/u;
/** A post this long has a body of its own; its last fifth is its footer (the plug after the advice). */
const LONG_POST = 800;
const FOOTER_SHARE = 0.8;

/** Where the post's footer starts: after a "P.S.", or the last fifth of a long post. */
function footerStart(text: string): number {
  const postscript = POSTSCRIPT.exec(text);
  if (postscript) return postscript.index;
  return text.length >= LONG_POST ? Math.floor(text.length * FOOTER_SHARE) : text.length;
}

/** "25% OFF", "save 30 %", "50% korting": a price cut is a pitch whoever says it. */
const PERCENT_OFF = /\b\d{1,2}\s?%\s?(?:off|korting)\b/giu;

function percentOff(text: string): TextRange[] {
  // The pattern is tried at every position of the draft: most drafts have no '%' to try it on.
  if (!text.includes('%')) return [];
  return [...text.matchAll(PERCENT_OFF)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** "Tevreden klant", "happy customer": a shop's testimonial, unless the sender says they are the customer. */
const CUSTOMER = new Set(['klant', 'klanten', 'customer', 'customers', 'client', 'clients']);
const SENDER_AS_SUBJECT = new Set(['ik', 'i', "i'm", "i've", 'wij', 'we', "we're"]);
/** How far before "tevreden klant" the sender may stand: "Ik ben al 7 jaar tevreden klant van @Telenet". */
const CUSTOMER_REACH = 5;

/** "Bestel", "bestellen": the shop's call, unless the sender is the one ordering ("ik bestel hem voor je"). */
const ORDERING = new Set(['bestel', 'bestellen']);
const BUYER = new Set(['ik', 'i']);
/** How far before the verb the buyer may stand, in its own sentence: "ik bestel", "ik ga hem morgen bestellen". */
const ORDER_REACH = 4;

/** The sender is the customer: a testimonial they give, or an order they place themselves. */
function senderIsTheCustomer(match: PhraseMatch, words: readonly Token[], text: string): boolean {
  if (ORDERING.has(match.phrase)) return saidJustBefore(match, words, ORDER_REACH, BUYER, text);
  if (!CUSTOMER.has(match.phrase.split(' ').at(-1) ?? '')) return false;
  return saidJustBefore(match, words, CUSTOMER_REACH, SENDER_AS_SUBJECT);
}

/**
 * "Available at/on/via", "now open": a pitch when a product is, a notice when information or an application is
 * ("Contact information is available at", "Applications for the vacation program are now open").
 */
const AVAILABLE = new Set(['available at', 'available on', 'available via', 'available until', 'verkrijgbaar', 'now available', 'available now', 'now open', 'nu open']);
const NOTICES = new Set(['information', 'info', 'details', 'application', 'applications', 'registration', 'registrations', 'entries', 'nominations', 'submissions', 'form', 'forms', 'resources', 'guidance', 'recording', 'recordings', 'slides', 'results', 'schedule', 'agenda', 'minutes', 'report', 'informatie', 'aanmelding', 'aanmeldingen', 'inschrijving', 'aanmeldformulier', 'formulier', 'verslag', 'uitslagen', 'programma']);
/** How far before "available" or "now open" the notice may stand: "Applications for @Unitywater's vacation program are now open". */
const NOTICE_REACH = 6;

function noticeIsAvailable(match: PhraseMatch, words: readonly Token[]): boolean {
  return AVAILABLE.has(match.phrase) && saidJustBefore(match, words, NOTICE_REACH, NOTICES);
}

/**
 * Words after "vote" or "stem" that make a poll, a civic reminder or a sentence of it rather than a name: "vote for
 * your favourite", "VOTE TODAY", "de stem van".
 */
const NOT_A_CANDIDATE = new Set(['for', 'on', 'in', 'now', 'today', 'tomorrow', 'early', 'here', 'to', 'and', 'the', 'your', 'with', 'was', 'is', 'of', 'by', 'at', 'counts', 'count', 'matters', 'op', 'voor', 'van', 'de', 'het', 'een', 'nu', 'en', 'telt', 'i', 'we', 'ik']);
/** Words before "vote" or "stem" that make it a noun: "YOUR VOTE COUNTS", "je stem telt". */
const OWNERS = new Set(['your', 'my', 'our', 'the', 'a', 'every', 'each', 'one', 'his', 'her', 'their', 'je', 'jouw', 'uw', 'mijn', 'onze', 'de', 'een', 'elke']);

/**
 * A campaign asks for votes: "Vote Conservative", "VOTE TRUMP", "stem GroenLinks" (a capitalised name straight after
 * the call), or promises what its government will do: "a re-elected Conservative government will", "An NDP government
 * will". "Vote for your favourite flavour" is a poll and "the government will" is news.
 */
function campaignCalls(words: readonly Token[], text: string, dutch: boolean): TextRange[] {
  // Most drafts have none of the three words: one scan of the text spares the walk over every word.
  if (!/vote|stem|government/iu.test(text)) return [];
  const capitalised = (token: Token) => /^\p{Lu}/u.test(text.slice(token.start, token.end));
  // "Stem" asks for a vote only in a Dutch (or undetermined) draft, and never as the acronym: "STEM Camp", "Stem Cell
  // Day" are English nouns.
  const dutchCall = (token: Token) => dutch && token.normalized === 'stem' && text.slice(token.start, token.end) !== 'STEM';
  const calls: TextRange[] = [];
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (next === undefined) return;
    if (word.normalized === 'vote' || dutchCall(word)) {
      const noun = index > 0 && OWNERS.has((words[index - 1] as Token).normalized);
      const adjacent = /^\s+$/u.test(text.slice(word.end, next.start));
      if (!noun && adjacent && capitalised(next) && !NOT_A_CANDIDATE.has(next.normalized)) calls.push({ start: word.start, end: next.end });
    }
    if (word.normalized === 'government' && next.normalized === 'will') {
      const party = words[index - 1];
      const article = words.slice(Math.max(0, index - 4), index - 1).find((before) => before.normalized === 'a' || before.normalized === 'an');
      if (article && party && capitalised(party)) calls.push({ start: article.start, end: next.end });
    }
  });
  return calls;
}

/**
 * "Proud to announce", "thrilled to share", "trots te melden": a feeling with a verb of announcing has the writer as
 * its subject even when the post leaves out the "we" (rubric: announcements count "whether or not they say 'we'").
 * Being somewhere ("excited to be at") is not announcing: without a "we" it stays someone's report.
 */
const FELT_ANNOUNCEMENT = /^(?:(?:proud|excited|thrilled|happy|pleased|delighted|glad|elated|overjoyed|honou?red) to (?:announce|share|present)|(?:super)?trots (?:te|om|aan) |blij te )/u;

/**
 * Thanks and gratitude: credit to others, unless it closes the sender's own win, new job or announced news ("I am
 * thrilled to announce that my team won… Thanks to the organisers"), where it is part of the announcement.
 */
const WIN_OR_NEWS = /announce|aan te kondigen|aankondigen|melden|new (?:position|job|role)|nieuwe (?:baan|functie|rol)|^(?:won|winner|award|awards|gewonnen|winnaar)$/u;
const GRATITUDE = new Set(['thanks', 'thank', 'thanks to', 'grateful', 'dank', 'dankzij', 'bedankt', 'dankjewel', 'dank je', 'dankbaar']);

/** Adds up what says "sales" and what gives the reader something; the ranges are the words that sold. */
export function weigh(context: RuleContext): Evidence {
  const words = context.words;
  const senderCount = countWords(words, SENDER_WORDS);
  const readerCount = countWords(words, READER_WORDS);
  // Sales words also come as hashtags standing in for words: "Doe de #gratis energiecheck en #bespaar".
  const wordsAndTags = context.tokens.filter((token) => token.kind === 'word' || token.kind === 'hashtag');
  const pitch = [
    ...findLexicon(PITCH_PHRASES, BOTH_LANGUAGES, wordsAndTags).filter((match) => !senderIsTheCustomer(match, wordsAndTags, context.text) && !noticeIsAvailable(match, wordsAndTags)),
    ...percentOff(context.text),
  ];
  const specLine = / [–—-] /u.test(context.text);
  const listing = wordsAndTags.filter((token, index) => isProductReference(token, context.text, wordsAndTags[index - 1], specLine));
  const campaign = [...campaignCalls(words, context.text, context.lexiconLanguages.includes('nl')), ...findLexicon(CAMPAIGN_PHRASES, BOTH_LANGUAGES, words)];
  // A pitch in the footer of a post with a body of its own (the newsletter after the advice) leaves the body's
  // questions and "you" to count: it is a plug at the end, not what the post is.
  const footer = footerStart(context.text);
  const bodyPitch = pitch.filter((match) => match.start < footer);
  const sponsoredTags = lexiconSet(SPONSORED_TAGS, BOTH_LANGUAGES);
  const sponsored = context.hashtags.filter((tag) => sponsoredTags.has(tag.normalized));
  // "We won", "proud to announce": the sender's own news. Without a "we/I" it is news about someone else.
  const announcements = findLexicon(PROMO_PHRASES, BOTH_LANGUAGES, words).filter((match) => (senderCount > 0 || FELT_ANNOUNCEMENT.test(match.phrase)) && !prideInSomeoneElse(match, words) && !prideOfSomeoneElse(match, words) && !someoneElsesWin(match, words, context.text) && !sharedWithSomeone(match, words) && !noticeIsAvailable(match, words) && !senderIsTheCustomer(match, words, context.text));
  const plugs = findLexicon(PLUG_PHRASES, BOTH_LANGUAGES, words).filter((match) => !sharedWithSomeone(match, words));
  let score = 0;
  const signals: string[] = [];
  const add = (signal: keyof typeof WEIGHT, present: boolean) => {
    if (!present) return;
    score += WEIGHT[signal];
    signals.push(`r:${signal}`);
  };
  // A pitch only in the footer ("P.S. My newsletter… Subscribe") is a plug at the end, not what the post is.
  add('pitch', bodyPitch.length > 0);
  add('listing', listing.length > 0);
  add('campaign', campaign.length > 0);
  add('sponsored', sponsored.length > 0);
  add('announcement', announcements.length > 0);
  add('plug', plugs.length > 0 || pitch.length > bodyPitch.length);
  add('senderTalk', senderCount >= SENDER_TALK);
  // A pitch talks to "you" and asks questions too ("Al geproefd? Bestel nu"); without one, both point to the reader:
  // advice that talks to "you" more than about "me" is about the reader, whatever it plugs at the end.
  // A listing and a campaign talk to "you" the same way ("this timepiece has only joy to give you", "only if you make
  // your vote count").
  const sells = bodyPitch.length > 0 || listing.length > 0 || campaign.length > 0;
  add('readerFocus', !sells && readerCount > senderCount);
  add('readerQuestion', !sells && asksAQuestion(context.text, context.urls));
  // Thanks after the sender's own news ("We won! Thanks to the organisers") is part of the announcement, not credit
  // that makes the post about someone else.
  const announcesAWin = announcements.some((match) => WIN_OR_NEWS.test(match.phrase));
  // What the reader gets is tagged too: "#Win tickets", "#tips".
  const readerValue = findLexicon(READER_VALUE, BOTH_LANGUAGES, wordsAndTags).filter((match) => !announcesAWin || !GRATITUDE.has(match.phrase));
  add('readerValue', readerValue.length > 0 || someoneElsesRelease(words, context.text));
  if (score >= THRESHOLD) signals.push('r:fired');
  const ranges = [...pitch, ...listing, ...campaign, ...sponsored, ...announcements, ...plugs].sort((a, b) => a.start - b.start);
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
    const verdict = model && speaks(model) ? combine(ruleFired, probabilityOf(model, context.tokens, evidence.signals, context.text), model) : ruleFired ? 'rule' : 'none';
    const ranges = verdict === 'rule' ? evidence.ranges : verdict === 'model' && model ? strongestSpans(model, context.tokens, context.text) : [];
    const [marked] = ranges;
    if (!marked) return;
    const language = context.language === 'und' ? context.uiLocale : context.language;
    const suggestions: LocalizedSuggestion[] = SUGGESTIONS[language].map((example) => ({ label: { en: example, nl: example } }));
    const phrase = context.text.slice(marked.start, marked.end);
    context.report({ messageId: verdict === 'rule' ? 'onlyAboutSender' : 'readsAsAdvert', ranges, data: { phrase }, suggestions });
  },
});
