import type { TextRange } from '../types';
import { emojiShortcodes } from './tone-signals';

/**
 * A quotation: "…", “…”, „…”, «…», ''…'' or ‘…’ (how Dutch and British news headlines quote), on one line. A ’ with a
 * letter after it is an apostrophe ("don’t"), not the end of a ‘…’ quotation.
 */
const QUOTATION = /(?:["“„«]|'')([^"“”„«»\n]{2,}?)(?:["”»]|'')|‘([^‘\n]{2,}?)’(?!\p{L})/gu;
/** Words that attribute a quote to its speaker: "…," said Dana White; "…", aldus de trainer; volgens de club. */
const ATTRIBUTION = /(?:^|[^\p{L}])(?:said|says|told|tells|adds|added|writes|wrote|tweeted|according to|zegt|zei|zeggen|aldus|vertelt|vertelde|schrijft|schreef|volgens|reageert|reageerde|stelt|stelde|verklaart|verklaarde)(?![\p{L}])/iu;
/** How far after a quote its attribution may stand: the rest of its sentence and the next one. */
const ATTRIBUTION_REACH = 160;
/** Only spaces, and a colon, between the speaker and the quote: "Lammers baalt: ''…''", "Trainer Slot: “…”". */
const INTRODUCED = /:\s*$/u;

function attributedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + ATTRIBUTION_REACH);
  // The sentence that closes the quote, and the one after it.
  const stops = [...after.matchAll(/[.!?](?=\s|$)/gu)];
  const second = stops[1];
  return ATTRIBUTION.test(second === undefined ? after : after.slice(0, second.index + 1));
}

/** The last draft read and its reported quotes. */
let last: { text: string; ranges: readonly TextRange[] } | undefined;

/**
 * Quotations the draft reports as someone else's words: introduced by "Naam:" or followed by "said X", "aldus",
 * "according to". A news post that quotes "disgusting" or "klote-avond" does not speak that way itself.
 */
export function reportedQuotes(text: string): readonly TextRange[] {
  if (!/["“„«‘]|''/u.test(text)) return [];
  // The tone and conflict rules both ask, on every keystroke: the same draft is read once.
  if (last?.text === text) return last.ranges;
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (INTRODUCED.test(before) || attributedAfter(text, end)) ranges.push({ start: match.index, end });
  }
  last = { text, ranges };
  return ranges;
}

/** The items outside `quotes` (quotes in reading order, as `reportedQuotes` gives them), in reading order. */
export function outside<T extends TextRange>(items: readonly T[], quotes: readonly TextRange[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  if (quotes.length === 0) return sorted;
  let quote = 0;
  return sorted.filter((item) => {
    while (quote < quotes.length && (quotes[quote] as TextRange).end <= item.start) quote++;
    const current = quotes[quote];
    return !(current && current.start <= item.start && item.end <= current.end);
  });
}

/**
 * What the draft holds without the writer saying it: quotations it reports, and emoji shortcodes (":clown_face:"),
 * in reading order, for `outside`.
 */
export function unsaid(text: string): readonly TextRange[] {
  // The tone and conflict rules ask three times per keystroke: the same draft is read once.
  if (lastUnsaid?.text === text) return lastUnsaid.ranges;
  const codes = emojiShortcodes(text);
  const quotes = reportedQuotes(text);
  const ranges = codes.length === 0 ? quotes : [...quotes, ...codes].sort((a, b) => a.start - b.start);
  lastUnsaid = { text, ranges };
  return ranges;
}

/** The last draft `unsaid` read, and what it found. */
let lastUnsaid: { text: string; ranges: readonly TextRange[] } | undefined;
