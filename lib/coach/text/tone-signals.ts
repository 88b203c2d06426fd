import type { Token } from '../rule';
import type { TextRange } from '../types';

/** A row of exclamation marks, as typed ("!!!") or as emoji ("‼️", "❗❗"), each emoji maybe with its variation selector. */
const EXCLAMATION_ROW = /(?:[!‼⁉❗❕]\uFE0F?)+/gu;

/** How many exclamation marks a row holds: "‼" is two, "⁉" and "❗" one each. */
export function exclamationMarks(row: string): number {
  let marks = 0;
  for (const char of row) if (char !== '\uFE0F') marks += char === '‼' ? 2 : 1;
  return marks;
}

/** Rows of at least `minimum` exclamation marks outside links ("!!!" and "‼️‼️" yes, "https://a.nl/!!!" no). */
export function exclamationRuns(text: string, urls: readonly Token[], minimum: number): TextRange[] {
  const ranges: TextRange[] = [];
  let url = 0;
  for (const match of text.matchAll(EXCLAMATION_ROW)) {
    if (exclamationMarks(match[0]) < minimum) continue;
    while (url < urls.length && (urls[url] as Token).end <= match.index) url++;
    const insideLink = url < urls.length && (urls[url] as Token).start <= match.index;
    if (!insideLink) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** The longest row of emoji with nothing but spaces between them. */
export function longestEmojiRun(tokens: readonly Token[], text: string): Token[] {
  let best = { from: 0, length: 0 };
  let from = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.kind !== 'emoji') continue;
    const previous = tokens[at - 1];
    const adjacent = previous?.kind === 'emoji' && text.slice(previous.end, token.start).trim() === '';
    if (!adjacent) from = at;
    if (at - from + 1 > best.length) best = { from, length: at - from + 1 };
  }
  return tokens.slice(best.from, best.from + best.length);
}

/** Nothing but spaces between the start of the line and `offset`. Walks back only over spaces. */
export function opensLine(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const char = text[at] as string;
    if (char === '\n') return true;
    if (char.trim() !== '') return false;
  }
  return true;
}

/** Signs that may hide letters inside a word: "f*ck", "f**king", "sh!t", "f@ck", "a$$hole". */
const MASK_RUN = /[*@!$]+/gu;
const MASK_SIGN = /[*@!$]/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** At most this many letters before the signs, and after them. */
const MASK_HEAD = 4;
const MASK_TAIL = 8;

/** The letters right before `start` (at most `limit` + 1 of them are read), and whether a letter, digit or sign precedes them. */
function lettersBefore(text: string, start: number, limit: number): { from: number; glued: boolean } {
  let from = start;
  while (from > 0 && start - from <= limit && LETTER.test(text[from - 1] as string)) from--;
  const glued = from > 0 && (LETTER_OR_DIGIT.test(text[from - 1] as string) || MASK_SIGN.test(text[from - 1] as string));
  return { from, glued };
}

/**
 * Words of `lexicon` written with letters masked, each sign standing for one or more letters ("f*ck", "f**k",
 * "sh!t", "f@ck"): one to four letters, the signs, up to eight letters, standing as a word of their own. "A*" and
 * "*bold*" are not. Entries ending in '*' are prefixes ("kut*" unmasks "k*tkeeper"). Only the few characters around
 * each row of signs are read.
 */
export function maskedWords(text: string, lexicon: readonly string[]): TextRange[] {
  if (!MASK_SIGN.test(text)) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(MASK_RUN)) {
    const stars = match[0];
    const start = match.index;
    const end = start + stars.length;
    const { from, glued } = lettersBefore(text, start, MASK_HEAD);
    if (glued || from === start || start - from > MASK_HEAD) continue;
    let to = end;
    while (to < text.length && to - end <= MASK_TAIL && LETTER.test(text[to] as string)) to++;
    if (to - end > MASK_TAIL || (to < text.length && (LETTER_OR_DIGIT.test(text[to] as string) || MASK_SIGN.test(text[to] as string)))) continue;
    const before = text.slice(from, start);
    const after = text.slice(end, to);
    const whole = text.slice(from, to);
    // "A*" (a grade), "B*": one asterisk and nothing after it hides nothing.
    if (after === '' && stars.length < 2) continue;
    // "Damn!!", "Wow!!": "!", "@" and "$" end words too; they mask only with letters after them ("sh!t", "f@ck").
    if (after === '' && /[@!$]/u.test(stars)) continue;
    const head = before.toLowerCase();
    const tail = after.toLowerCase();
    const hides = lexicon.some((entry) => {
      if (entry.endsWith('*')) {
        // A prefix ("kut*"): each asterisk one letter, and the stem must show through ("k*tkeeper").
        const stem = entry.slice(0, -1);
        const shown = head.length + stars.length;
        return stem.startsWith(head) && shown + tail.length >= stem.length && stem.slice(shown) === tail.slice(0, Math.max(0, stem.length - shown));
      }
      // A whole word: the asterisks hide at least one letter, however many ("f**k", "f***ing").
      return entry.startsWith(head) && entry.endsWith(tail) && entry.length > head.length + tail.length;
    });
    if (hides) ranges.push({ start: from, end: from + whole.length });
  }
  return ranges;
}

/** A row of three to eight signs standing for a swear word, as comics print it ("$%@#!", "#@%&"): a grawlix. */
const GRAWLIX = /(?<![\p{L}\p{N}])[$%@#&*]{3,8}(?![\p{L}\p{N}])/gu;
const GRAWLIX_HINT = /[$%@#&*]{3}/u;
/** A grawlix mixes at least this many different signs: "***" is a divider, "**" bold, "#@" a tag; "$%@#" hides a word. */
const GRAWLIX_SIGNS = 3;

/** Grawlixes: profanity abbreviated to signs ("Do you give a $%@#!?"). One pass over the draft, only where three signs touch. */
export function grawlixes(text: string): TextRange[] {
  if (!GRAWLIX_HINT.test(text)) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(GRAWLIX)) {
    if (new Set(match[0]).size >= GRAWLIX_SIGNS) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** An emoji written as its name between colons, as scrapers and some apps leave it: ":clown_face:", ":fire:". */
const SHORTCODE = /(?<![\p{L}\p{N}_]):[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*:(?![\p{L}\p{N}])/gu;

/** Emoji shortcodes (":clown_face:", ":loudly_crying_face:"): the words in them name an emoji, the writer says none of them. */
export function emojiShortcodes(text: string): TextRange[] {
  if (!text.includes(':')) return [];
  const ranges: TextRange[] = [];
  // Adjacent codes share no colon in the match, so each is found: ":a::b:" is ":a:" and ":b:".
  for (const match of text.matchAll(SHORTCODE)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}
