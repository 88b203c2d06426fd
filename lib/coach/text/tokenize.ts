import type { Token } from '../rule';
import { continuesAddress, tokenPatterns, URL_TRAILING_PUNCTUATION } from './token-patterns';

/*
 * A hand-written scanner: at each position one cheap character test decides which single sticky pattern to
 * try, and plain ASCII words never touch a regex. Offsets are UTF-16 code units into the original text;
 * every step moves by whole code points, so no token splits a surrogate pair.
 */

/** Ends a sticky match at `at`, or returns 0; `test` avoids building a match array per token. */
function endOfMatch(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : 0;
}

/** The code point just before `at` is a letter, digit or underscore (or one of `extra`). */
function followsWordChar(text: string, at: number, extra = ''): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  const char = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
  return tokenPatterns().WORD_CHAR.test(char) || extra.includes(char);
}

function isAsciiAlphanumeric(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
}

/** Length of the code point at `at` if it is a letter, mark or digit, else 0. ASCII never touches a regex. */
function wordCharLength(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0x80) return isAsciiAlphanumeric(unit) ? 1 : 0;
  const size = unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return tokenPatterns().LETTER_MARK_NUMBER.test(text.slice(at, at + size)) ? size : 0;
}

/** End of the word starting at `at`: letters, marks and digits, with ' or ’ allowed between them. */
function wordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const size = wordCharLength(text, end);
    if (size > 0) {
      end += size;
      continue;
    }
    const unit = text.charCodeAt(end);
    if (end > at && (unit === 0x27 || unit === 0x2019) && wordCharLength(text, end + 1) > 0) {
      end += 1;
      continue;
    }
    return end;
  }
}

function isAsciiSkippable(unit: number): boolean {
  // Space, ASCII punctuation and symbols, except '#', '@', '*' (keycap emoji), digits and letters.
  return unit < 0x80 && !(unit === 0x23 || unit === 0x40 || unit === 0x2a || isAsciiAlphanumeric(unit));
}

/** What one pass of the scanner carries from token to token. */
interface Scan {
  /** The kind of the token `scanAt` just ended. */
  kind: Token['kind'];
  /** No e-mail address starts before this offset: see `emailEnd`. */
  noEmailBefore: number;
}

/**
 * Ends an e-mail address starting at `at`, or returns 0. Its local part can only end where the run of
 * characters a local part may use ends, so when that fails every later start inside the same run fails as
 * well: remembering the run's end spares rescanning it from each word in it ("a+a+a+…" stays linear).
 */
function emailEnd(text: string, at: number, scan: Scan): number {
  if (at < scan.noEmailBefore) return 0;
  const end = endOfMatch(tokenPatterns().EMAIL, text, at);
  if (end === 0) scan.noEmailBefore = endOfMatch(tokenPatterns().EMAIL_LOCAL_PART, text, at);
  return end;
}

/** Where the token starting at `at` ends (0 when none starts there); its kind goes into `found.kind`. */
function scanAt(text: string, lower: string, at: number, found: Scan, gluedTag: boolean): number {
  const unit = text.charCodeAt(at);
  let end: number;
  if (unit === 0x23 || unit === 0xff03) {
    if ((end = endOfMatch(tokenPatterns().EMOJI, text, at))) return ((found.kind = 'emoji'), end);
    found.kind = 'hashtag';
    return followsWordChar(text, at, '&') && !gluedTag ? 0 : tagEnd(text, at, endOfMatch(tokenPatterns().HASHTAG, text, at));
  }
  if (unit === 0x40) {
    found.kind = 'mention';
    return followsWordChar(text, at) ? 0 : endOfMatch(tokenPatterns().MENTION, text, at);
  }
  if ((unit >= 0x80 || (unit >= 0x30 && unit <= 0x39) || unit === 0x2a) && (end = endOfMatch(tokenPatterns().EMOJI, text, at))) {
    return ((found.kind = 'emoji'), end);
  }
  const first = unit | 0x20;
  if ((first === 0x68 || first === 0x77) && (lower.startsWith('http', at) || lower.startsWith('www.', at))) {
    if ((end = endOfMatch(tokenPatterns().SCHEME_URL, text, at))) return ((found.kind = 'url'), end);
  }
  end = wordEnd(text, at);
  if (end > at && continuesAddress(text.charCodeAt(end)) && !followsWordChar(text, at, '@.-')) {
    const address = emailEnd(text, at, found) || endOfMatch(tokenPatterns().BARE_DOMAIN, text, at);
    if (address) return ((found.kind = 'url'), address);
  }
  found.kind = 'word';
  return end > at ? end : 0;
}

/**
 * A tag glued to a link by a lost line break ("#communityhttps://…") ends before the link's scheme, so the tag
 * and the link are read as the two they were.
 */
function tagEnd(text: string, at: number, end: number): number {
  if (end === 0 || text.charCodeAt(end) !== 0x3a || !text.startsWith('//', end + 1)) return end;
  const tail = text.slice(Math.max(at + 2, end - 5), end).toLowerCase();
  if (tail.endsWith('https') && end - 5 >= at + 2) return end - 5;
  if (tail.endsWith('http') && end - 4 >= at + 2) return end - 4;
  return end;
}

/** Trailing punctuation belongs to the sentence, not to the link ("Lees dit: https://a.nl/x."). */
function linkEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start + 1 && URL_TRAILING_PUNCTUATION.includes(text.charAt(trimmed - 1))) trimmed--;
  return trimmed;
}

/**
 * A '#' right after a tag starts the next tag ("#ai#ml" is two), and so does one after the word "hashtag"
 * ("hashtag#adidas", how LinkedIn's copied text renders a tag); after any other word it is no tag ("C#").
 */
function startsGluedTag(previous: Token | undefined, at: number): boolean {
  return previous !== undefined && previous.end === at && (previous.kind === 'hashtag' || previous.normalized === 'hashtag');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Words compare with a straight apostrophe; folding the whole text once keeps each token a plain slice.
  const lowerText = text.toLowerCase().replace(/’/g, "'");
  // A few letters (İ) change length in lower case; then each token folds on its own.
  const lower = lowerText.length === text.length ? lowerText : undefined;
  const scanText = lower ?? text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const found: Scan = { kind: 'word', noEmailBefore: 0 };
  let at = 0;
  while (at < text.length) {
    if (isAsciiSkippable(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    const gluedTag = startsGluedTag(previous, at);
    const matchEnd = scanAt(text, scanText, at, found, gluedTag);
    if (matchEnd === 0) {
      at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const { kind } = found;
    const end = kind === 'url' ? linkEnd(text, at, matchEnd) : matchEnd;
    const raw = text.slice(at, end);
    let normalized = lower === undefined ? raw.toLowerCase().replace(/’/g, "'") : lower.slice(at, end);
    if (kind === 'hashtag' || kind === 'mention') normalized = normalized.slice(1);
    // "hashtag#adidas": the word is the tag's rendering, not part of the message.
    if (gluedTag && kind === 'hashtag' && previous?.kind === 'word') tokens.pop();
    tokens.push({ kind, text: raw, normalized, start: at, end });
    at = matchEnd;
  }
  return tokens;
}
