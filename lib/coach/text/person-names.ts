import type { Token } from '../rule';
import { capitalised, type PrivacyReading } from './privacy-signals';

/** Name particles between a title or an initial and the surname: mevrouw van der Berg, meneer de Vries, P. de Vries. */
export const PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'te', 'het', "'t", 'la', 'le', 'du', 'da', 'di', 'von', 'op', 'in', 'el', 'al']);

/** J, P, Th, Chr, IJ: a first name written as an initial, before its full stop. */
const INITIAL = /^(?:\p{Lu}|IJ|Th|Chr|Ph)$/u;
/** An initial's full stop and at most two spaces on the same line: "J. Jansen", "J.P. Balkenende". */
const AFTER_INITIAL = /^\.[ \u00a0]{0,2}$/u;
/** "J.P.K." at most: a longer run of capitals with full stops is no one's initials, and bounds the walk. */
export const MAX_INITIALS = 3;

const isInitial = (word: Token | undefined): word is Token => word !== undefined && word.text.length <= 3 && INITIAL.test(word.text);

/**
 * The initial at `index` belongs to the name after it ("J. Jansen", "P. de Vries", "J.P. Balkenende", "mw. A.
 * Bakker"), so its full stop ends no sentence: after it come (particles and) a capitalised word that does not open
 * an ordinary sentence. Not "mevrouw X. Ze belde", "plan B. De volgende stap", "p. 12", "o.a." (lower case).
 */
export function initialOfName(reading: PrivacyReading, text: string, index: number, depth = 0): boolean {
  const { words, sentenceOf } = reading;
  const initial = words[index];
  const next = words[index + 1];
  if (!isInitial(initial) || next === undefined || next.start - initial.end > 3 || !AFTER_INITIAL.test(text.slice(initial.end, next.start))) return false;
  // "J.P. Balkenende": the next initial decides.
  if (isInitial(next) && depth + 1 < MAX_INITIALS && initialOfName(reading, text, index + 1, depth + 1)) return true;
  let at = index + 1;
  while (PARTICLES.has((words[at] as Token).normalized) && words[at + 1] !== undefined && sentenceOf[at + 1] === sentenceOf[at]) at++;
  return capitalised(words[at]) && !(at === index + 1 && reading.is(at, 'opener'));
}

/** The first word of the name that ends on `index`, with the initials before it: "J. de Vries" in "J. de Vries (82)". */
export function nameStart(reading: PrivacyReading, text: string, index: number): number {
  let at = index - 1;
  while (at >= 0 && PARTICLES.has((reading.words[at] as Token).normalized) && reading.sentenceOf[at] === reading.sentenceOf[index]) at--;
  let start = index;
  for (let count = 0; count < MAX_INITIALS && at >= 0 && initialOfName(reading, text, at); count++, at--) start = at;
  return start;
}

/**
 * Where a name ending on `index` ends in the text: after an initial's full stop when the sentence goes on ("mijn
 * cliënt P. is weer aan het werk"), so a change of the name takes the stop with it; before it at a sentence's end.
 */
export function nameEndOffset(reading: PrivacyReading, text: string, index: number): number {
  const last = reading.words[index] as Token;
  const next = reading.words[index + 1];
  return isInitial(last) && text.charAt(last.end) === '.' && next !== undefined && !capitalised(next) ? last.end + 1 : last.end;
}
