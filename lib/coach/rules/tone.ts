import { lexiconSet } from '../lexicons/index';
import { BOTH_LANGUAGES, findLexicon } from '../lexicons/phrase-lexicon';
import { ACRONYMS, BAIT, FORMAL_CLOSERS, PRIZE, FORMAL_OPENERS, PROFANITY, SLANG, VULGAR } from '../lexicons/tone';
import { CASUAL_NORMS, SHOUTING, TONE_PROFILES } from '../lexicons/tone-profiles';
import { joinList, PLATFORM_NAMES } from '../messages';
import type { RuleContext, Token } from '../rule';
import type { PhraseMatch } from '../lexicons/phrases';
import type { Lexicon } from '../lexicons/index';
import { defineRule } from '../rule';
import { ASK_COMMENT, ASK_FOLLOW, ASK_LIKE, ASK_SHARE, ASK_TAG } from '../lexicons/call-to-action';
import { asksIn, BEGGING_ASKS } from '../text/asks';
import { capitalRuns } from '../text/capitals';
import { placeWords } from '../text/sentences';
import { countStartingBefore } from '../text/token-search';
import { exclamationMarks, exclamationRuns, grawlixes, longestEmojiRun, maskedWords, opensLine } from '../text/tone-signals';
import { outside, unsaid } from '../text/reported-speech';
import type { TextRange } from '../types';
import { MODELS } from '../model/index';
import { combine, probabilityOf, speaks, strongestSpans } from '../model/linear';

/** Short capital words are mostly names and acronyms (IBM, DSA, NYC, BIO); a raised voice uses longer words. */
const SHOUTED_WORD_LETTERS = 4;

/** Two capital words that open a line before a colon label it ("BREAKING NEWS:"); three shout ("NOW ON SALE:"). */
const LABEL_WORDS = 2;

/** Nouns that close a news label before its colon: "SSN SIGNING NEWS:", "MATCH DAY UPDATE:", "TRANSFER NIEUWS:". */
const NEWS_LABELS = new Set(['news', 'update', 'updates', 'alert', 'report', 'recap', 'preview', 'results', 'announcement', 'nieuws', 'uitslag', 'verslag']);

/** A colon and then a link, as a label introduces it. */
const LINK_AFTER_COLON = /^\s*:\s*(?:https?:\/\/|www\.)/u;

/** A line of at most this many capital words can be a heading ("THE STREET PHOTOGRAPHY HUB"); a longer one is a sentence. */
const HEADING_WORDS = 5;

/** Capitals that are a convention, not a raised voice. */
const CAPITAL_CONVENTIONS = new Set(['link in bio']);

function isLong(word: Token): boolean {
  return [...word.text].length >= SHOUTED_WORD_LETTERS;
}

/**
 * Capital words outside `quoted`, both in reading order (a press-release heading is nudged as formal, not twice).
 * A run of three shouts when it holds a longer word ("NOW ON SALE", "WAT EEN GOAL"; not the convention "LINK IN BIO");
 * across the draft, several longer capital words shout too. Lists of acronyms never do.
 */
function shoutingWords(context: RuleContext, quoted: readonly TextRange[]): Token[] {
  let range = 0;
  const words = context.words.filter((word) => {
    while (range < quoted.length && (quoted[range] as TextRange).end <= word.start) range++;
    const current = quoted[range];
    return !current || word.end <= current.start;
  });
  // Read once per draft, not per run: a draft of nothing but capitals has many runs.
  const lastLowerCase = lastLowerCaseLetter(context.text);
  const runs = withoutRepeatedNames(
    capitalRuns(words, context.text, namesOf(context), ORDINARY_ACRONYMS).filter((run) => !isLabel(context, run, lastLowerCase) && !isName(context, run) && !isListedName(context.text, run)),
  );
  const total = runs.flat();
  const longWords = total.filter(isLong);
  const shoutingRun = runs.some(
    (run) => run.length >= SHOUTING.run && run.filter(isLong).length >= SHOUTING.runLongWords && !CAPITAL_CONVENTIONS.has(run.map((word) => word.normalized).join(' ')),
  );
  return shoutingRun || longWords.length >= SHOUTING.total ? total : [];
}

/**
 * Capitals that come back word for word ("the curators of MOMA … a show at MOMA", "our LUMO team … LUMO is built",
 * "Art Show: CHEE VIT CHEE VA … the ISB Gallery: CHEE VIT CHEE VA!", "the first TIME PEACE … two more TIME PEACE")
 * are a name or a title the draft is about, not a raised voice: runs that occur at least twice are left out. One
 * walk to count, one to filter.
 */
function withoutRepeatedNames(runs: Token[][]): Token[][] {
  const seen = new Map<string, number>();
  const key = (run: Token[]) => run.map((word) => word.normalized).join(' ');
  for (const run of runs) seen.set(key(run), (seen.get(key(run)) ?? 0) + 1);
  return runs.filter((run) => (seen.get(key(run)) ?? 0) < 2);
}

/** Acronyms that are also ordinary words: right after shouted words they shout along ("DON'T MISS IT"); alone they name ("our IT team"). */
const ORDINARY_ACRONYMS: ReadonlySet<string> = new Set(['it', 'who', 'ok', 'oke', 'sea', 'un', 'wo', 'us']);

/** SQL's keywords are written in capitals by convention: in a post about SQL they are code, not a raised voice. */
const SQL_KEYWORDS = ['select', 'from', 'where', 'group', 'order', 'by', 'having', 'join', 'joins', 'inner', 'outer', 'left', 'right', 'full', 'union', 'insert', 'update', 'delete', 'into', 'values', 'limit', 'distinct', 'as', 'on', 'and', 'or', 'not', 'null', 'count', 'sum', 'avg'];
/** A post about SQL: it names it, or writes its clauses ("GROUP BY", "ORDER BY"). */
const ABOUT_SQL = /\bSQL\b|\b(?:GROUP|ORDER) BY\b/u;
let sqlNames: ReadonlySet<string> | undefined;

/** The words capitals may spell without shouting: acronyms, and in a post about SQL its keywords. */
function namesOf(context: RuleContext): ReadonlySet<string> {
  const acronyms = lexiconSet(ACRONYMS, BOTH_LANGUAGES);
  if (!ABOUT_SQL.test(context.text)) return acronyms;
  return (sqlNames ??= new Set([...acronyms, ...SQL_KEYWORDS]));
}

/**
 * Capitals that label what follows: a single word alone on its line or before a colon ("GOAL!", "LIVE:", "UPDATE:"),
 * or a few words that make a heading line of their own ("THE STREET PHOTOGRAPHY HUB") over text in lower case below
 * it: a news or layout convention, not a raised voice.
 */
function isLabel(context: RuleContext, run: readonly Token[], lastLowerCase: number): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return false;
  const { text } = context;
  // One word before a colon labels, also with its number ("STEP 1:", "UPDATE 2:"), and so do two that open a line
  // ("BREAKING NEWS:", "LOCATION CHANGE:"); more ("NOW ON SALE: tickets") shout.
  if (/^(?:[ \u00a0]\d{1,3})?\s*:/u.test(text.slice(last.end, last.end + 8))) {
    if (run.length === 1 || (run.length === LABEL_WORDS && opensLine(text, first.start))) return true;
    // A label noun closing a line's opening words labels the news, also with a league or a team before it ("SSN SIGNING NEWS:").
    if (run.length === LABEL_WORDS + 1 && NEWS_LABELS.has(last.normalized) && opensLine(text, first.start)) return true;
    // A few words that introduce a link label it ("VEGAN CHALLENGES AVAILABLE: https://…", "FULL STORY: https://…").
    if (run.length <= HEADING_WORDS && LINK_AFTER_COLON.test(text.slice(last.end, last.end + 16))) return true;
  }
  // The rest of its line holds no letter or digit: walk it only until the first one (no scan to the draft's end).
  let lineEnd = last.end;
  for (; lineEnd < text.length && text[lineEnd] !== '\n'; lineEnd++) {
    if (/[\p{L}\p{N}]/u.test(text[lineEnd] as string)) return false;
    // "EVEN BRAS!" on a line of its own is an exclamation, not a heading.
    if (run.length > 1 && text[lineEnd] === '!') return false;
  }
  if (run.length === 1) return opensLine(text, first.start);
  // A few words on a line of their own head the text below them; a whole sentence in capitals, a last line
  // ("BE BETTER EVERYDAY") or a draft with nothing in lower case below it is a shout.
  return run.length <= HEADING_WORDS && lastLowerCase > lineEnd && startsLine(text, first.start);
}

/** Where the draft's last lower-case letter stands (-1 when it has none): a heading needs text below it. */
function lastLowerCaseLetter(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) {
    if (/\p{Ll}/u.test(text[at] as string)) return at;
  }
  return -1;
}

/** Nothing but spaces, punctuation or emoji between the start of the line and `offset`. Walks back only over those. */
function startsLine(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const char = text[at] as string;
    if (char === '\n') return true;
    if (/[\p{L}\p{N}]/u.test(char)) return false;
  }
  return true;
}

const TRADEMARKS = new Set(['®', '™', '℠']);

/** Capitals right before a capitalised word are a brand's name ("TOYOTA GAZOO Racing", "BMW Group"). */
function isName(context: RuleContext, run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  if (!last) return false;
  // A trademark sign marks what it follows as a name: "the WALT DISNEY WORLD® Resort", "KETTLE™".
  if (TRADEMARKS.has(context.text.charAt(last.end))) return true;
  const next = /^[ \u00a0](\p{Lu}\p{Ll}+)/u.exec(context.text.slice(last.end, last.end + 12));
  // A sentence going on after the capitals ("ABORTION ABORTION ABORTION Which doesn't…") names no brand.
  return next !== null && !SENTENCE_WORDS.has((next[1] as string).toLowerCase());
}

/** How many capital words a person's name in a list may have: "MANISH KUMAR RAI". */
const NAME_WORDS = 4;
/** A list item ends at a comma, an "and" or an ampersand, or the list's last item at a full stop. */
const AFTER_LIST_ITEM = /^\s*(?:[,.&]|and\b|en\b)/u;
/** A title before a name: "Pt. KULDEEP DONGRE", "Dr. JANSEN". */
const TITLE_BEFORE = /\b(?:Dr|Pt|Mr|Mrs|Ms|Mw|Dhr|Prof|Drs|Ir)\.?\s+$/u;
/** A titlecase name closing the item before: "Garima Saroj ,". */
const TITLECASE_BEFORE_COMMA = /\p{Lu}\p{Ll}+\s*,\s*$/u;

/**
 * A name in capitals after a title ("Pt. KULDEEP DONGRE") or among names in titlecase, as LinkedIn shows a tagged
 * profile written so ("Ayushi Gautam , Garima Saroj , MANISH KUMAR RAI , Sarthak Gupta"): the item before is a
 * titlecase name, and a comma, "and" or full stop closes it. A list of shouted words ("GRATIS, SNEL") has none before it.
 */
function isListedName(text: string, run: readonly Token[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || run.length > NAME_WORDS) return false;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (TITLE_BEFORE.test(before)) return true;
  return TITLECASE_BEFORE_COMMA.test(before) && AFTER_LIST_ITEM.test(text.slice(last.end, last.end + 6));
}

/** Words that open a sentence rather than go on with a name: after them the capitals before are no brand. */
const SENTENCE_WORDS = new Set([
  'which', 'the', 'this', 'that', 'these', 'those', 'it', 'we', 'you', 'they', 'he', 'she', 'and', 'but', 'so', 'what', 'who', 'why', 'how',
  'is', 'are', 'was', 'if', 'when', 'then', 'just', 'please', 'de', 'het', 'dit', 'dat', 'wij', 'we', 'jij', 'je', 'ze', 'hij', 'zij', 'en',
  'maar', 'dus', 'wat', 'wie', 'waarom', 'hoe', 'als', 'dan',
]);

/** A closer ends its line or stands before the signature's comma: "Hoogachtend,\nJan", "Yours faithfully, the team". */
const CLOSES_LINE = /^[ \t]*(?:,|\r?\n|$)/u;

/**
 * "Geachte", "PERSBERICHT", "Dear Sir" open a line; "Hoogachtend", "Yours sincerely" close one, as a letter ends
 * ("a class taught by yours truly" closes nothing).
 */
function formalPhrases(context: RuleContext): TextRange[] {
  const { text } = context;
  const openers = findLexicon(FORMAL_OPENERS, BOTH_LANGUAGES, context.words).filter((range) => opensLine(text, range.start));
  const closers = findLexicon(FORMAL_CLOSERS, BOTH_LANGUAGES, context.words).filter((range) => CLOSES_LINE.test(text.slice(range.end, range.end + 8)));
  return [...openers, ...closers].sort((a, b) => a.start - b.start);
}

/**
 * "hoe" is a slur in English and "how" in Dutch, "af" ("tired af") is "as fuck" in English and "off" in Dutch: where
 * the language is unknown, such words count only after a word that is English alone and makes them a noun ("my hoes",
 * "dis hoe"); Dutch puts no such word before "hoe", and "af" never follows one.
 */
const FALSE_FRIENDS = new Set(['hoe', 'hoes', 'af', 'asf']);
/** "AF" in capitals is the Air Force or atrial fibrillation; "as fuck" comes abbreviated in lower case ("fly af"). */
const LOWER_CASE_ONLY = new Set(['af', 'asf']);
const ENGLISH_DETERMINERS = new Set(['my', 'your', 'ur', 'yo', 'his', 'her', 'our', 'their', 'these', 'those', 'them', 'dem', 'dis', 'this', 'that', 'the', 'a', 'some', 'all', 'ya']);

/** Latin "cum" is "with": "summa cum laude", "Jansen cum suis", "cum grano salis", the "cum-ex" trades say nothing crude. */
const LATIN_AFTER_CUM = new Set(['laude', 'suis', 'grano', 'ex']);

function vulgarWords(context: RuleContext, words: readonly Token[] = context.words): TextRange[] {
  const matches = findLexicon(VULGAR, context.lexiconLanguages, words).filter(
    (match) =>
      (match.phrase !== 'cum' || !LATIN_AFTER_CUM.has(words[match.wordIndex + 1]?.normalized ?? '')) &&
      (!LOWER_CASE_ONLY.has(match.phrase) || words[match.wordIndex]?.text === match.phrase),
  );
  if (context.language !== 'und') return matches;
  return matches.filter((match) => !FALSE_FRIENDS.has(match.phrase) || ENGLISH_DETERMINERS.has(words[match.wordIndex - 1]?.normalized ?? ''));
}

/** Hashtags read as the words they are: "#kut #weekend", "#kutkeeper", "#fuckcancer" swear as much as the words do. */
const tagWordsCache = new WeakMap<readonly Token[], Token[]>();

function tagWords(context: RuleContext): Token[] {
  let words = tagWordsCache.get(context.hashtags);
  if (!words) tagWordsCache.set(context.hashtags, (words = context.hashtags.map((tag) => ({ ...tag, kind: 'word' }))));
  return words;
}

/** Profanity among the words and hashtags, masked ("f*ck", "sh*t", "kl*te") or written as signs ("$%@#"); not in quotes a news post reports, nor in emoji shortcodes. */
function swearWords(context: RuleContext, slang: readonly TextRange[]): TextRange[] {
  const tags = context.hashtags.length > 0 ? tagWords(context) : [];
  const found: TextRange[] = [
    ...findLexicon(PROFANITY, BOTH_LANGUAGES, context.words),
    ...vulgarWords(context),
    ...slang,
    ...(tags.length > 0 ? [...findLexicon(PROFANITY, BOTH_LANGUAGES, tags), ...vulgarWords(context, tags)] : []),
    ...maskedWords(context.text, swearLexicon()),
    ...grawlixes(context.text),
    ...elongatedSwears(context.words),
  ];
  const said = outside(found, unsaid(context.text))
    .filter((range) => !inTitle(context, range))
    .sort((a, b) => a.start - b.start);
  // One range per word: "fucking" is both "fucking" and "fuck*".
  return said.filter((range, index) => index === 0 || range.start >= (said[index - 1] as TextRange).end);
}

/** Starts with a capital, then lower case: a word of a title ("Fall", "Damned"), not a shouted one. */
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
/** Small words a title keeps in lower case: "The Fall of the Damned", "Rage Against the Machine". */
const TITLE_FILLERS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'de', 'het', 'een', 'van', 'en']);
/** This many capitalised words in a row make a title; "Holy Shit" and "Oh Fuck" are two and still swear. */
const TITLE_WORDS = 3;

/**
 * A capitalised swear word after capitalised words ends a title or a name: "The Fall of the Damned (1620)", "the
 * Thread Where Younger Generations Say Famous Books Are Crap". Walks back from the word over the words joined to it
 * by spaces only, and stops at the third capitalised word.
 */
function inTitle(context: RuleContext, range: TextRange): boolean {
  const { words, text } = context;
  const at = countStartingBefore(words, range.start);
  const word = words[at];
  if (!word || word.start !== range.start || !TITLE_WORD.test(word.text)) return false;
  let capitalised = 1;
  const joined = (left: Token, right: Token) => /^[ \u00a0]+$/u.test(text.slice(left.end, right.start));
  // Only leftwards: a title ends on the word ("Fall of the Damned"), a curse opens what follows ("Fuck Donald Trump").
  for (let index = at - 1; index >= 0 && capitalised < TITLE_WORDS; index--) {
    const before = words[index] as Token;
    if (!joined(before, words[index + 1] as Token)) break;
    if (TITLE_WORD.test(before.text)) capitalised++;
    else if (!TITLE_FILLERS.has(before.text)) break;
  }
  return capitalised >= TITLE_WORDS;
}

/** A letter typed three or more times in a row: "fuuuck", "shiiit", "kuuuut". */
const STRETCHES = /(\p{L})\1{2,}/gu;

/** Three equal characters in a row, compared one by one (cheaper than a pattern on every word of every keystroke). */
function stretched(word: string): boolean {
  for (let at = 2; at < word.length; at++) {
    if (word[at] === word[at - 1] && word[at] === word[at - 2]) return true;
  }
  return false;
}
let swearWordSet: { words: ReadonlySet<string>; stems: readonly string[] } | undefined;

/**
 * Swear words stretched for emphasis ("fuuuuck", "shiiit", "biiitch", "kuuuut"): each stretch read as one letter or
 * as two ("asssss" is "ass"). Only words with such a stretch are looked at.
 */
function elongatedSwears(words: readonly Token[]): TextRange[] {
  const found: TextRange[] = [];
  for (const word of words) {
    if (!stretched(word.normalized)) continue;
    swearWordSet ??= {
      words: new Set(swearLexicon().filter((entry) => !entry.endsWith('*') && !FALSE_FRIENDS.has(entry))),
      stems: swearLexicon().filter((entry) => entry.endsWith('*')).map((entry) => entry.slice(0, -1)),
    };
    const { words: swears, stems } = swearWordSet;
    const readings = [word.normalized.replace(STRETCHES, '$1'), word.normalized.replace(STRETCHES, '$1$1')];
    if (readings.some((reading) => swears.has(reading) || stems.some((stem) => reading.startsWith(stem)))) found.push({ start: word.start, end: word.end });
  }
  return found;
}

let swearList: readonly string[] | undefined;

/** The single swear words of both languages, for unmasking "f*ck" (phrases never come masked). */
function swearLexicon(): readonly string[] {
  return (swearList ??= [...new Set([...PROFANITY.nl, ...PROFANITY.en, ...VULGAR.nl, ...VULGAR.en])].filter((entry) => !entry.includes(' ')));
}

/** "Follow @natgeo for more images from Antarctica" points to more of something; "follow for more!" begs. */
function followPointer(context: RuleContext, match: PhraseMatch): boolean {
  if (!/(?:for more|voor meer)$/u.test(match.phrase)) return false;
  return /^[ \u00a0]+[\p{L}]/u.test(context.text.slice(match.end, match.end + 3));
}

/** "Like if…", "repost if…", "deel dit als…": a reaction asked on a condition. */
const CONDITIONAL_ASK = /(?: if| als)$/u;

/** A conditional ask after this much of the post closes a post that has said something already. */
const SIGN_OFF_AFTER = 300;

/**
 * "Repost ♻️ if you agree" closing a LinkedIn post of tips is how that network signs off; "LIKE if your kids are ready
 * for school" as the whole post asks for nothing but the like.
 */
function signOff(match: PhraseMatch): boolean {
  return CONDITIONAL_ASK.test(match.phrase) && match.start >= SIGN_OFF_AFTER;
}

/** "Repost from @btwfoundation", "regram via @jan": a credit for a shared post, not an ask to share. */
const CREDIT = /^[ \u00a0]+(?:from|via|by|van)?[ \u00a0]*@/u;

function creditLine(context: RuleContext, ask: PhraseMatch): boolean {
  return CREDIT.test(context.text.slice(ask.end, ask.end + 8));
}

/** Prizes that are a free thing sent to whoever asks rather than a draw. */
const FREEBIES = new Set(['giveaway']);

/** Words that deny what follows: "this wasn't a giveaway", "geen winactie". */
const NEGATIONS = new Set(['not', "isn't", "wasn't", "aren't", "weren't", 'isnt', 'wasnt', 'no', 'never', 'geen', 'niet', 'nooit']);
/** How many words before a prize a negation may stand: "wasn't a giveaway". */
const NEGATION_REACH = 2;

function denied(words: readonly Token[], wordIndex: number): boolean {
  for (let at = Math.max(0, wordIndex - NEGATION_REACH); at < wordIndex; at++) {
    if (NEGATIONS.has((words[at] as Token).normalized)) return true;
  }
  return false;
}

/** What "to win" may be followed by when it is no prize: "evolving to win tomorrow", "to win them over", "to win his third title". */
const NO_PRIZE_AFTER_WIN = new Set(['tomorrow', 'today', 'tonight', 'again', 'big', 'back', 'more', 'them', 'him', 'her', 'us', 'it', 'hearts', 'his', 'their', 'our', 'over']);

function winsNoPrize(words: readonly Token[], match: PhraseMatch): boolean {
  // The word after the phrase's two: no search needed.
  return match.phrase === 'to win' && NO_PRIZE_AFTER_WIN.has(words[match.wordIndex + 2]?.normalized ?? '');
}

/**
 * "Like, deel en maak kans", "comment below and I'll pick a random winner": a prize in exchange for likes, shares,
 * comments, tags or follows. A prize alone is a contest, and one denied ("this wasn't a giveaway") is none.
 */
function prizeForEngagement(context: RuleContext): TextRange[] {
  const prize = findLexicon(PRIZE, BOTH_LANGUAGES, context.words).filter((match) => !denied(context.words, match.wordIndex) && !winsNoPrize(context.words, match));
  if (prize.length === 0) return [];
  const has = (lexicon: Lexicon) => findLexicon(lexicon, BOTH_LANGUAGES, context.words).some((ask) => !creditLine(context, ask));
  if ([ASK_LIKE, ASK_SHARE, ASK_TAG, ASK_FOLLOW].some(has)) return prize;
  // For a comment, a draw among those who comment is bait; "comment your email for the free list [giveaway]" sends a file.
  const draw = prize.filter((match) => !FREEBIES.has(match.phrase));
  return draw.length > 0 && has(ASK_COMMENT) ? draw : [];
}

/**
 * A row of asks begs when it is most of the post ("New video is up. Like, comment, share and follow"); under a long post
 * that gives the reader something ("15 websites that pay in USD … Follow, like, repost") it is a sign-off.
 */
const BEGGING_POST_CHARACTERS = 600;

function quote(context: RuleContext, range: TextRange): string {
  return context.text.slice(range.start, range.end);
}


export default defineRule({
  meta: {
    id: 'tone',
    category: 'tone',
    severity: { work: 'warning', personal: 'tip' },
    otherSeverities: [
      {
        severity: { work: 'tip' },
        when: { en: 'asking for likes, shares and follows at once', nl: 'tegelijk om likes, delen en volgen vragen' },
      },
    ],
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'op LinkedIn krachtiger is met een korte, zakelijke inleiding', translation: 'on LinkedIn it is stronger with a short, businesslike introduction' },
    messages: {
      capitals: {
        message: { en: 'Write these {count} capital words in lower case', nl: 'Schrijf deze {count} woorden in kleine letters' },
        explanation: {
          en: 'Readers take capitals as a raised voice, and they make a post harder to read. Keep capitals for names and abbreviations; let the words carry the weight.',
          nl: 'Hoofdletters komen over als schreeuwen, en ze lezen lastiger. Houd hoofdletters voor namen en afkortingen en laat je woorden het werk doen.',
        },
      },
      exclamations: {
        message: { en: 'Keep one of these {count} exclamation marks', nl: 'Houd één van deze {count} uitroeptekens over' },
        explanation: {
          en: 'A row of exclamation marks reads as shouting on a work account. One is enough to show you are excited.',
          nl: 'Een rij uitroeptekens komt op een werkaccount over als schreeuwen. Eén is genoeg om te laten zien dat je enthousiast bent.',
        },
      },
      emojiWall: {
        message: { en: '{count} emoji in a row: keep one or two', nl: '{count} emoji op rij: houd er een of twee over' },
        explanation: {
          en: 'A wall of emoji pushes your message aside, and screen readers read every one aloud. One or two well-chosen emoji say as much.',
          nl: 'Een muur van emoji drukt je boodschap weg, en een schermlezer leest ze allemaal voor. Een of twee goed gekozen emoji zeggen net zoveel.',
        },
      },
      slang: {
        message: { en: "Say it without “{word}”: clients read along", nl: "Zeg het zonder “{word}”, ook klanten lezen mee" },
        explanation: {
          en: 'Swearing and slang stick to your name on {platform} and on a work account. Strong opinions are welcome; say them in words a client would read gladly.',
          nl: 'Vloeken en straattaal blijven aan je naam kleven, op {platform} en op een werkaccount. Een stevige mening mag; zeg hem in woorden die een klant graag leest.',
        },
      },
      bait: {
        message: { en: "Ask for a real reaction instead of “{phrase}”", nl: "Vraag om een echte reactie in plaats van “{phrase}”" },
        explanation: {
          en: "“{phrase}” asks for clicks, not for a conversation. Readers feel used and networks show such posts to fewer people. Ask one honest question your readers want to answer.",
          nl: "“{phrase}” vraagt om klikken, niet om een gesprek. Lezers voelen zich gebruikt en netwerken tonen zulke berichten aan minder mensen. Stel één eerlijke vraag die je lezers graag beantwoorden.",
        },
      },
      formal: {
        message: { en: "Start with the news instead of “{phrase}”", nl: "Begin met het nieuws in plaats van “{phrase}”" },
        explanation: {
          en: 'Each network has its own identity, and on {platform} people talk to people. A letter or press-release opening makes readers scroll on. Start with the news itself, the way you would tell it to someone.',
          nl: 'Elk netwerk heeft een eigen identiteit, en op {platform} praten mensen met mensen. Een brief- of persberichtopening laat lezers doorscrollen. Begin met het nieuws zelf, zoals je het iemand zou vertellen.',
        },
      },
      tooManyAsks: {
        message: { en: '{count} asks in one post: keep the one that matters', nl: '{count} verzoeken in één bericht: houd er één over' },
        explanation: {
          en: "You ask readers to {asks}. Asking to share can bring four times more activity, but only in moderation: one clear ask gets more done than a list.",
          nl: "Je vraagt lezers om te {asks}. Vragen om te delen kan vier keer meer activiteit opleveren, maar wel met mate: één duidelijk verzoek werkt beter dan een rijtje.",
        },
      },
      readsAsOff: {
        message: { en: 'Read this again as a client would', nl: 'Lees dit nog eens zoals een klant het leest' },
        explanation: {
          en: "Words like “{phrase}” read as hostile, crude or pushy: real posts written this way struck readers as wrong for work on {platform}. Strong opinions are welcome; say them in words a client would read gladly.",
          nl: "Woorden als “{phrase}” komen vijandig, grof of opdringerig over: echte berichten die zo klinken vielen lezers op als verkeerd voor werk op {platform}. Een stevige mening mag; zeg hem in woorden die een klant graag leest.",
        },
      },
    },
  },
  check(context) {
    let reported = false;
    const report: typeof context.report = (finding) => {
      reported = true;
      context.report(finding);
    };
    checkTone({ ...context, report });
    // The model (lib/coach/model) speaks in work mode only, and only where none of the tone checks above (nor the
    // conflict and boundaries rules) did.
    const model = MODELS.tone;
    if (!model || !speaks(model) || context.mode !== 'work' || reported) return;
    if (combine(false, probabilityOf(model, context.tokens, [], context.text), model) !== 'model') return;
    const spans = strongestSpans(model, context.tokens, context.text);
    const [marked] = spans;
    if (!marked) return;
    context.report({
      messageId: 'readsAsOff', ranges: spans, data: { phrase: quote(context, marked), platform: PLATFORM_NAMES[context.platform] },
      // Said once: where the conflict or boundaries rule already speaks, it says it better.
      unlessCategories: ['conflict', 'boundaries'],
    });
  },
});

function checkTone(context: RuleContext): void {
    const profile = TONE_PROFILES[context.platform];
    const platform = PLATFORM_NAMES[context.platform];
    const work = context.mode === 'work';
    const formal = profile.formalIsOff ? formalPhrases(context) : [];
    if (work || CASUAL_NORMS.shouting) {
      const capitals = shoutingWords(context, formal);
      if (capitals.length > 0) context.report({ messageId: 'capitals', ranges: capitals, data: { count: capitals.length } });
      const rows = exclamationRuns(context.text, context.urls, SHOUTING.exclamations);
      // "HAPPY NEWYEAR!! … 2020!! #proost!!": doubled marks over and over shout as much as one "!!!".
      const doubled = rows.length > 0 ? [] : exclamationRuns(context.text, context.urls, SHOUTING.doubledMarks);
      const exclamations = doubled.length >= SHOUTING.doubledRows ? doubled : rows;
      const [firstRow] = exclamations;
      if (firstRow) context.report({ messageId: 'exclamations', ranges: exclamations, data: { count: exclamationMarks(context.text.slice(firstRow.start, firstRow.end)) } });
    }
    if (work || CASUAL_NORMS.emojiWalls) {
      const emoji = longestEmojiRun(context.tokens, context.text);
      if (profile.emojiRun !== null && emoji.length >= profile.emojiRun) context.report({ messageId: 'emojiWall', ranges: emoji, data: { count: emoji.length } });
    }
    if (work || profile.slangIsOffEverywhere) {
      // Slang is how people talk on X or Instagram; only where the network itself is formal is it off.
      const slang = profile.slangIsOffEverywhere ? findLexicon(SLANG, context.lexiconLanguages, context.words) : [];
      const swearing = swearWords(context, slang);
      const [first] = swearing;
      if (first) context.report({ messageId: 'slang', ranges: swearing, data: { word: quote(context, first), platform } });
    }
    const baitPhrases = findLexicon(BAIT, BOTH_LANGUAGES, context.words).filter((match) => !followPointer(context, match) && !signOff(match));
    const bait = [...baitPhrases, ...prizeForEngagement(context)].sort((a, b) => a.start - b.start);
    const [firstBait] = bait;
    if (firstBait) context.report({ messageId: 'bait', ranges: bait, data: { phrase: quote(context, firstBait) } });
    // Like, share, comment, tag and follow all at once is begging for engagement: bait, in the rubric's words (one
    // nudge about it: where a bait phrase was found, that one says it).
    const asks = firstBait || context.text.length > BEGGING_POST_CHARACTERS ? undefined : asksIn(context, placeWords(context.tokens, context.text));
    if (asks && asks.kinds.length >= BEGGING_ASKS) {
      const asksByLocale = { en: joinList(asks.kinds.map((kind) => kind.en), 'en'), nl: joinList(asks.kinds.map((kind) => kind.nl), 'nl') };
      context.report({ messageId: 'tooManyAsks', severity: 'tip', ranges: asks.ranges, data: { count: asks.kinds.length, asks: asksByLocale } });
    }
    const [firstFormal] = formal;
    if (firstFormal) context.report({ messageId: 'formal', ranges: formal, data: { phrase: quote(context, firstFormal), platform } });
}
