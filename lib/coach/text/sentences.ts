import type { Token } from '../rule';

/** Where a word stands: enough to tell an imperative ("Deel dit", "please share") from a noun ("een deel"). */
export interface PlacedWord {
  token: Token;
  /** Index into the draft's words. */
  index: number;
  sentence: number;
  /** First word of its sentence, line or list item. */
  opensSentence: boolean;
  /** Follows a list separator: "like, share & follow". */
  afterSeparator: boolean;
}

const SENTENCE_BREAK = /[.!?;:\n]/u;
const LIST_SEPARATOR = /[,&+/]/u;

/** Several rules place the same draft's words in one analysis: the last result is kept for the same tokens and text. */
let last: { tokens: readonly Token[]; text: string; placed: readonly PlacedWord[] } | undefined;

/**
 * Places each word in its sentence. An emoji, a URL or a line break between words ends a sentence as a full
 * stop would; hashtags and mentions do not ("dank @jan voor").
 */
export function placeWords(tokens: readonly Token[], text: string): readonly PlacedWord[] {
  if (last?.tokens !== tokens || last.text !== text) last = { tokens, text, placed: place(tokens, text) };
  return last.placed;
}

function place(tokens: readonly Token[], text: string): PlacedWord[] {
  const placed: PlacedWord[] = [];
  let sentence = 0;
  let previousEnd = 0;
  let breakPending = true;
  for (const token of tokens) {
    const gap = text.slice(previousEnd, token.start);
    previousEnd = token.end;
    if (SENTENCE_BREAK.test(gap)) breakPending = true;
    if (token.kind === 'emoji' || token.kind === 'url') {
      breakPending = true;
      continue;
    }
    if (token.kind !== 'word') continue;
    if (breakPending && placed.length > 0) sentence++;
    placed.push({ token, index: placed.length, sentence, opensSentence: breakPending, afterSeparator: LIST_SEPARATOR.test(gap) });
    breakPending = false;
  }
  return placed;
}

/** Groups placed words by sentence, in reading order. */
export function sentencesOf(placed: readonly PlacedWord[]): PlacedWord[][] {
  const sentences: PlacedWord[][] = [];
  for (const word of placed) (sentences[word.sentence] ??= []).push(word);
  return sentences.filter((sentence) => sentence !== undefined);
}

const QUESTION_MARK = /[?？]/u;

/** A question mark outside links: "?v=abc" in a URL asks nothing. */
export function asksAQuestion(text: string, urls: readonly Token[]): boolean {
  let from = 0;
  for (const url of urls) {
    if (QUESTION_MARK.test(text.slice(from, url.start))) return true;
    from = url.end;
  }
  return QUESTION_MARK.test(text.slice(from));
}
