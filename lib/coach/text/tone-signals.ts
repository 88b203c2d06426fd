import type { Token } from '../rule';
import type { TextRange } from '../types';

/** Rows of at least `minimum` exclamation marks outside links ("!!!" yes, "https://a.nl/!!!" no). */
export function exclamationRuns(text: string, urls: readonly Token[], minimum: number): TextRange[] {
  const ranges: TextRange[] = [];
  let url = 0;
  for (const match of text.matchAll(new RegExp(`!{${minimum},}`, 'gu'))) {
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

/** The longest paragraph (text between line breaks). */
export function longestParagraph(text: string): TextRange {
  let longest: TextRange = { start: 0, end: 0 };
  let start = 0;
  for (const paragraph of text.split('\n')) {
    if (paragraph.length > longest.end - longest.start) longest = { start, end: start + paragraph.length };
    start += paragraph.length + 1;
  }
  return longest;
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
