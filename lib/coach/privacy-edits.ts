import type { LocalizedSuggestion, Token } from './rule';
import { nameEndOffset } from './text/person-names';
import { capitalised, type PrivacyMatch, type PrivacyReading } from './text/privacy-signals';
import type { TextRange } from './types';

/**
 * One-click changes that make a client less recognisable, each replacing one span and nothing else: a titled name
 * becomes "een mevrouw" / "a woman", a client's name and an age in brackets are left out, "uit de Kerkstraat"
 * becomes "uit de buurt". Offered only where the sentence reads right afterwards; health, debts and family words
 * are never rewritten (taking "schulden" out of "geholpen met haar schulden" breaks the sentence), the writer does that.
 */

/** What a title with a name becomes: the person stays in the sentence, unnamed, in the draft's own language. */
const UNNAMED: Readonly<Record<string, string>> = {
  mevrouw: 'een mevrouw', mevr: 'een mevrouw', mw: 'een mevrouw',
  meneer: 'een meneer', mijnheer: 'een meneer', mnr: 'een meneer', dhr: 'een meneer', 'de heer': 'een meneer',
  mrs: 'a woman', ms: 'a woman', miss: 'a woman', mr: 'a man', mx: 'someone',
};
/** Before a title these would read "onze een mevrouw", "the a woman": no replacement then. */
const DETERMINERS = new Set([
  'de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'onze', 'ons', 'mijn', "m'n", 'jouw', 'je', 'zijn', 'haar', 'hun',
  'the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'his', 'her', 'their',
]);
/** "uit de Kerkstraat" → "uit de buurt", "aan de Kerkstraat 5" → "in de buurt", "from Elm Street" → "from the neighbourhood". */
const VAGUE_PLACE = {
  nl: { uit: 'uit de buurt', in: 'in de buurt', aan: 'in de buurt', op: 'in de buurt' } as Readonly<Record<string, string>>,
  en: { from: 'from the neighbourhood', in: 'in the neighbourhood', on: 'in the neighbourhood', at: 'in the neighbourhood' } as Readonly<Record<string, string>>,
};
/** A house number after the street: 5, 12a, 3-1. */
const HOUSE_NUMBER = /^\d{1,4}(?:[a-zA-Z]|-\d{1,3})?$/u;
const ONE_SPACE = /^[ \u00a0]$/u;
const POSSESSIVE = /['’]s$/u;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function replacement(text: string, start: number, end: number, to: string): LocalizedSuggestion {
  const from = text.slice(start, end);
  return { label: { en: `Replace “${from}” with “${to}”`, nl: `Vervang “${from}” door “${to}”` }, edit: { start, end, from, to } };
}

/** Takes [start, end) out with one space next to it (the one before, else the one after), so no double space is left. */
function leaveOut(text: string, range: TextRange, label: LocalizedSuggestion['label']): LocalizedSuggestion {
  const start = range.start > 0 && text[range.start - 1] === ' ' ? range.start - 1 : range.start;
  const end = start === range.start && text[range.end] === ' ' ? range.end + 1 : range.end;
  return { label, edit: { start, end, from: text.slice(start, end), to: '' } };
}

const sameSentence = (reading: PrivacyReading, a: number, b: number) => reading.sentenceOf[a] === reading.sentenceOf[b];

/** "Mevrouw Jansen" → "Een mevrouw", "with Mrs Smith" → "with a woman"; not after "onze", nor "Mrs Smith's". */
export function unnamedPerson(text: string, reading: PrivacyReading, title: PrivacyMatch, nameEnd: number): LocalizedSuggestion | undefined {
  const unnamed = UNNAMED[title.phrase];
  const before = reading.words[title.wordIndex - 1];
  const last = reading.words[nameEnd] as Token;
  if (!unnamed || POSSESSIVE.test(last.text)) return undefined;
  if (before && sameSentence(reading, title.wordIndex - 1, title.wordIndex) && DETERMINERS.has(before.normalized)) return undefined;
  const opens = reading.opensSentence[title.wordIndex] === true && capitalised(reading.words[title.wordIndex]);
  return replacement(text, title.start, nameEndOffset(reading, text, nameEnd), opens ? capitalise(unnamed) : unnamed);
}

/** "my client John" → "my client": the name after the word "client" (words `first` to `last`), one space before it. */
export function withoutClientName(text: string, reading: PrivacyReading, client: Token, first: number, last: number): LocalizedSuggestion | undefined {
  const name = { start: (reading.words[first] as Token).start, end: nameEndOffset(reading, text, last) };
  const named = text.slice(name.start, name.end);
  if (!ONE_SPACE.test(text.slice(client.end, name.start)) || POSSESSIVE.test(named)) return undefined;
  return leaveOut(text, name, { en: `Leave out the name ${named}`, nl: `Laat de naam ${named} weg` });
}

/** "Jansen (82) uit" → "Jansen uit": an age in brackets goes out whole, with the space before it. */
export function withoutAge(text: string, bracketed: TextRange): LocalizedSuggestion {
  const age = text.slice(bracketed.start, bracketed.end);
  return leaveOut(text, bracketed, { en: `Leave out the age ${age}`, nl: `Laat de leeftijd ${age} weg` });
}

/**
 * "uit de Kerkstraat 5" → "uit de buurt", "on Elm Street" → "in the neighbourhood": the street with its preposition
 * (and house number) becomes a place anyone could live. `first` and `last` are the street's words: one for a Dutch
 * street, which needs its "de" ("uit de Kerkstraat"), two for an English one.
 */
export function vagueStreet(text: string, reading: PrivacyReading, first: number, last: number): LocalizedSuggestion | undefined {
  const { words } = reading;
  const dutch = first === last;
  const at = dutch ? first - 2 : first - 1;
  const preposition = words[at];
  const vague = preposition && VAGUE_PLACE[dutch ? 'nl' : 'en'][preposition.normalized];
  if (!preposition || !vague || !sameSentence(reading, at, first) || (dutch && words[first - 1]?.normalized !== 'de')) return undefined;
  let end = (words[last] as Token).end;
  const number = words[last + 1];
  if (number && HOUSE_NUMBER.test(number.text) && ONE_SPACE.test(text.slice(end, number.start))) end = number.end;
  return replacement(text, preposition.start, end, capitalised(preposition) ? capitalise(vague) : vague);
}
