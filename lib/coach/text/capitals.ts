import type { Token } from '../rule';

const HAS_LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const UPPER_LETTERS = /\p{Lu}/gu;
const WHITESPACE_ONLY = /^\s+$/u;
const NONE: ReadonlySet<string> = new Set();
/** Mathematical bold, italic and sans letters (U+1D400–U+1D7FF): LinkedIn's "bold" headings, not a raised voice. */
export const STYLED_LETTERS = /[\u{1D400}-\u{1D7FF}]/u;

/** A word written in capitals ("GRATIS", "JULLIE"): two or more capitals, no lower case, no digits, no styled letters. */
export function isCapitalWord(word: Token): boolean {
  if (HAS_LOWER_OR_DIGIT.test(word.text) || STYLED_LETTERS.test(word.text)) return false;
  return (word.text.match(UPPER_LETTERS)?.length ?? 0) >= 2;
}

/**
 * Runs of capital words that stand next to each other with only spaces between them. Words in `names`
 * (NASA, KPI, GGD) are names, not shouting, and break a run; those of them that are also ordinary words (`ordinary`:
 * "IT", "WHO") go on with a run already shouting ("DON'T MISS IT").
 */
export function capitalRuns(words: readonly Token[], text: string, names: ReadonlySet<string>, ordinary: ReadonlySet<string> = NONE): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | undefined;
  words.forEach((word, index) => {
    const adjacent = previous !== undefined && run.length > 0 && WHITESPACE_ONLY.test(text.slice(previous.end, word.start));
    const shouts =
      (isCapitalWord(word) && (!names.has(word.normalized) || (adjacent && ordinary.has(word.normalized)))) ||
      (adjacent && word.text === 'I' && capitalWordFollows(words, index, text));
    const continues = shouts && adjacent;
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (shouts) run.push(word);
    previous = word;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * "I" has one capital, so it is no capital word of its own; between two of them it shouts along ("YAY I WON PRIZES",
 * "I KNOW I WILL"), where "AWS I think" goes on in lower case.
 */
function capitalWordFollows(words: readonly Token[], index: number, text: string): boolean {
  const word = words[index] as Token;
  const next = words[index + 1];
  return next !== undefined && isCapitalWord(next) && WHITESPACE_ONLY.test(text.slice(word.end, next.start));
}
