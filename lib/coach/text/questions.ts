import type { Token } from '../rule';

/**
 * Which questions in a draft invite the reader (rubric: "a question to the reader") and which only set up the
 * writer's own point. A question counts unless it is:
 * - quoted: someone else's words ("He asked: ‘Where is Hamas?’", “I REALLY DON’T CARE, DO U?”);
 * - a stock rhetorical phrase ("Why not?", "Who knows?", "Wat wil je nog meer?");
 * - answered by the writer: the next sentence opens with an answer ("Why? Because…", "…in onze FC? Nee…",
 *   "Easy, right? Well… not quite!"), also after a run of questions; an aside in brackets answers nothing
 *   ("Any suggestions? (no techno)");
 * - a short setup fragment the next sentence completes ("The wildest part? Most of…", "And in this economy? I’m
 *   buying…"): it opens with a conjunction or article, has a handful of words and none for the reader.
 * One pass over the text: linear in its length.
 */

const QUESTION = /[?？❓❔]/u;
/** Sentence ends: a run of these closes a sentence; a run with a question mark closes a question. */
const END = /[.!?？❓❔…\n]/u;
const LETTER = /\p{L}/u;
/** A word starts with a letter or digit: an emoji's variation selector glued on ("🤷🏻‍♀️well") is no part of it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}']*/gu;

/**
 * Opening and closing quotation marks; the straight " pairs with the next one. A closing mark ends no word: ’ also
 * writes an apostrophe ("it’s", "the ’90s").
 */
const CLOSING: Record<string, string> = { '“': '”', '„': '”“', '«': '»', '‘': '’', '"': '"' };
const OPENS_AFTER = /[\s([{\-–—:]/u;
const INSIDE_WORD = /[\p{L}\p{N}]/u;

/** The stock phrases that ask nothing, as a whole sentence. */
const IDIOMS = new Set([
  'why not', 'who knows', 'who cares', "what's not to love", 'what more could you want', 'what more do you want', 'what could go wrong',
  'waarom niet', 'wie weet', 'wat wil je nog meer', 'wat wil je nou nog meer', 'wat kan er mis gaan', 'wat kan er misgaan',
]);
/** A sentence that opens with one of these answers the question before it. */
const ANSWERS = new Set(['because', 'cause', 'cuz', 'no', 'nope', 'nah', 'yes', 'yep', 'yeah', 'well', 'probably', 'absolutely', 'definitely', 'omdat', 'nee', 'neen', 'ja', 'jawel', 'nou', 'tja', 'absoluut']);
/** A setup fragment opens with one of these and has a second word ("so???" alone is a question). */
const FRAGMENT_OPENERS = new Set(['and', 'but', 'so', 'the', 'those', 'these', 'this', 'that', 'en', 'maar', 'dus', 'de', 'het', 'die', 'dat', 'deze']);
/** Words that turn a question to the reader. */
const READER = new Set([
  'you', 'your', 'yours', 'yourself', 'u', 'ur', 'ya', "y'all", 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'who',
  'je', 'jij', 'jou', 'jouw', 'jullie', 'uw', 'iemand', 'wie', 'iedereen',
]);
const FRAGMENT_WORDS = 6;
const ASIDE = /^\s*[([]/u;
/** After its opener, a verb makes a full question, not a fragment: "But is that a Chow?", "En heeft hij…?" */
const VERBS = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'must', 'have', 'has', 'had',
  "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't", 'zijn', 'waren', 'ben', 'bent', 'heeft', 'hebben', 'heb', 'kan', 'kun', 'kunt',
  'kunnen', 'wil', 'wilt', 'willen', 'zal', 'zou', 'moet', 'moeten', 'mag', 'doe', 'doet', 'gaat', 'gaan', 'komt', 'wordt',
]);

interface Segment {
  words: string[];
  /** The words after the sentence's last comma: "Knappe mannen op het terras, wat wil je nog meer?" */
  clause: string;
  question: boolean;
  quoted: boolean;
  /** Opens with a bracket: "Any suggestions? (no techno)" adds an aside, it answers nothing. */
  aside: boolean;
}

/** Which positions stand inside a quotation. */
function quotedPositions(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length);
  // An opening mark that found no closing one up to the end: a later one of its kind will not either.
  const unclosed = new Set<string>();
  let index = 0;
  while (index < text.length) {
    const closers = CLOSING[text[index] as string];
    if (closers === undefined || unclosed.has(text[index] as string)) {
      index++;
      continue;
    }
    // A straight quote opens only where a word starts: 5" is inches.
    if (text[index] === '"' && index > 0 && !OPENS_AFTER.test(text[index - 1] as string)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && !(closers.includes(text[end] as string) && !INSIDE_WORD.test(text[end + 1] ?? ''))) end++;
    // An opening mark never closed quotes nothing: read on after it.
    if (end >= text.length) {
      unclosed.add(text[index] as string);
      index++;
      continue;
    }
    quoted.fill(1, index, end + 1);
    index = end + 1;
  }
  return quoted;
}

/** The draft's sentences, links blanked out ("?v=abc" asks nothing). */
function segmentsOf(text: string, urls: readonly Token[]): Segment[] {
  let masked = text;
  if (urls.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (const url of urls) {
      parts.push(text.slice(from, url.start), ' '.repeat(url.end - url.start));
      from = url.end;
    }
    parts.push(text.slice(from));
    masked = parts.join('');
  }
  const quoted = quotedPositions(masked);
  const segments: Segment[] = [];
  let start = 0;
  let index = 0;
  while (index < masked.length) {
    if (!END.test(masked[index] as string)) {
      index++;
      continue;
    }
    let end = index;
    let question = -1;
    while (end < masked.length && END.test(masked[end] as string)) {
      if (question < 0 && QUESTION.test(masked[end] as string)) question = end;
      end++;
    }
    segments.push(segment(masked.slice(start, index), question, quoted));
    start = index = end;
  }
  if (start < masked.length) segments.push(segment(masked.slice(start), -1, quoted));
  return segments.filter((current) => current.question || current.words.length > 0);
}

function wordsOf(body: string): string[] {
  return (body.replace(/[#@][\p{L}\p{M}\p{N}_.]+/gu, ' ').toLowerCase().replace(/[’‘]/gu, "'").match(WORD) ?? []).filter((word) => LETTER.test(word));
}

function segment(body: string, question: number, quoted: Uint8Array): Segment {
  // Tags and mentions are not words of the sentence ("…teruggefloten? #PSVPAOK").
  const words = wordsOf(body);
  const comma = Math.max(body.lastIndexOf(','), body.lastIndexOf(';'), body.lastIndexOf(':'));
  const clause = (comma < 0 ? words : wordsOf(body.slice(comma + 1))).join(' ');
  return { words, clause, question: question >= 0, quoted: question >= 0 && quoted[question] === 1, aside: ASIDE.test(body) };
}

function setupFragment(question: Segment): boolean {
  const [first, second] = question.words;
  return (
    first !== undefined &&
    second !== undefined &&
    question.words.length <= FRAGMENT_WORDS &&
    FRAGMENT_OPENERS.has(first) &&
    !VERBS.has(second) &&
    !question.words.some((word) => READER.has(word))
  );
}

/** True when some question in the draft asks the reader something. */
export function invitesWithAQuestion(text: string, urls: readonly Token[]): boolean {
  if (!QUESTION.test(text)) return false;
  const segments = segmentsOf(text, urls);
  let run: Segment[] = [];
  for (const current of segments) {
    if (current.question) {
      if (!current.quoted && !IDIOMS.has(current.clause)) run.push(current);
      continue;
    }
    if (run.length === 0) continue;
    const answered = !current.aside && ANSWERS.has(current.words[0] as string);
    if (!answered && run.some((question, index) => index < run.length - 1 || !setupFragment(question))) return true;
    run = [];
  }
  return run.length > 0;
}
