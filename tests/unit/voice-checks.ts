/**
 * What voice.md asks of every string, where a rule can check it (issue #13, item 6): shared by the locale files'
 * test and the rules' meta-test. Each returns what breaks the rule, so a failing test names it.
 */

/** The noun is "bericht" in Dutch; "posten" is the verb ("Waar post je", "hoe jij post" stay). */
const DUTCH_NOUN_POST = /\bposts\b|\b(?:de|het|een|deze|dit|die|dat|elke|iedere|jouw|mijn|zo'n|welke)\s+(?:\p{L}+e\s+)?post\b/giu;

export function dutchNounPost(text: string): string[] {
  return [...text.matchAll(DUTCH_NOUN_POST)].map((match) => match[0]);
}

/**
 * One quote style: “…” around quoted words, ' only as an apostrophe (komma's, zo'n, What's). Straight double quotes,
 * low „ and single curly quotes are out, and so is a straight ' that opens a quotation ('{word}' was one).
 */
export function otherQuotes(text: string): string[] {
  const found = [...text.matchAll(/["„‘’]/gu)].map((match) => match[0]);
  const openingSingle = [...text.matchAll(/(?:^|[\s(:])'(?=[\p{L}{$])/gu)].map((match) => match[0].trim());
  const opens = text.split('“').length - 1;
  const closes = text.split('”').length - 1;
  return [...found, ...openingSingle, ...(opens === closes ? [] : [`${opens} “ against ${closes} ”`])];
}

/** "je/jij", never "u" or "uw". */
export function formalYou(text: string): string[] {
  return [...text.matchAll(/\b(?:u|uw)\b/giu)].map((match) => match[0]);
}

/**
 * "Tip" is the mildest severity (voice.md); a nudge in general is "een advies", so "Nog 2 tips" never counts problems
 * as tips. The keys that name the severity itself are passed over by the caller.
 */
export function tipForNudge(text: string): string[] {
  return [...text.matchAll(/\btips?\b/giu)].map((match) => match[0]);
}
