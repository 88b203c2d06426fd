/**
 * The content matrix of seed 000 (k6): keywords under seven columns, taken out when writing "to vary your posts
 * without leaving your focus". Pure: which columns a text touches, nothing kept of the text.
 */

export const MATRIX_COLUMNS = ['company', 'field', 'speciality', 'local', 'personal', 'clientProblems', 'inspiration'] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];
export type ContentMatrix = Record<MatrixColumn, string[]>;

/** Enough to be a matrix, small enough for one sync item (8 kB) next to the rest of the settings. */
export const MAX_KEYWORDS_PER_COLUMN = 15;
export const MAX_KEYWORD_LENGTH = 40;

export function emptyMatrix(): ContentMatrix {
  return Object.fromEntries(MATRIX_COLUMNS.map((column) => [column, []])) as unknown as ContentMatrix;
}

export function isMatrixFilled(matrix: ContentMatrix): boolean {
  return MATRIX_COLUMNS.some((column) => matrix[column].length > 0);
}

/** Lower case without accents, so 'cliënt' finds 'client' and 'Café' finds 'cafe'. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** #ZorgInDeWijk reads as 'zorg in de wijk' as well as 'zorgindewijk'. */
function splitHashtags(text: string): string {
  return text.replace(/#([\p{L}\p{N}_]+)/gu, (_tag, body: string) => {
    const parts = body.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').replace(/_/g, ' ');
    return parts === body ? body : `${body} ${parts}`;
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Room for an inflection: clients, buurtje, cliënten, workshops. */
const MAX_SUFFIX = 3;
/** Shorter keywords are matched only whole or inflected, never inside a compound ('ggz', 'zzp'). */
const MIN_COMPOUND_PART = 4;
/** Only long keywords are found in the middle of a compound ('jongerenwerk' in 'jongerenwerkers'…). */
const MIN_INFIX = 7;

/**
 * A text word carries a keyword word when it is that word, inflected, or a Dutch compound that begins or ends with
 * it ('jeugdzorg' for 'zorg', 'buurthuis' for 'buurt').
 */
function carries(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (word.startsWith(keyword) && (word.length - keyword.length <= MAX_SUFFIX || keyword.length >= MIN_COMPOUND_PART)) return true;
  if (keyword.length >= MIN_COMPOUND_PART && word.endsWith(keyword)) return true;
  return keyword.length >= MIN_INFIX && word.includes(keyword);
}

function matchesPhrase(words: readonly string[], keywordWords: readonly string[]): boolean {
  const last = keywordWords.length - 1;
  for (let start = 0; start + last < words.length; start++) {
    let all = true;
    for (let offset = 0; offset <= last && all; offset++) {
      const word = words[start + offset]!;
      const keyword = keywordWords[offset]!;
      // Inside a phrase words must be the same; the last may be inflected ('lokale activiteiten' ~ 'activiteit').
      all = offset === last ? carries(word, keyword) : word === keyword;
    }
    if (all) return true;
  }
  return false;
}

/** Whether the words of a text carry one keyword (a word or a phrase, any case, with or without accents). */
export function mentionsKeyword(words: readonly string[], keyword: string): boolean {
  const keywordWords = wordsOf(keyword);
  if (keywordWords.length === 0) return false;
  if (keywordWords.length === 1) return words.some((word) => carries(word, keywordWords[0]!));
  // A phrase also counts written as one hashtag: #ZorgInDeWijk for 'zorg in de wijk'.
  const joined = keywordWords.join('');
  return matchesPhrase(words, keywordWords) || words.includes(joined);
}

/** The columns whose keywords the text touches, in the matrix's order. */
export function columnsTouched(text: string, matrix: ContentMatrix): MatrixColumn[] {
  const words = wordsOf(splitHashtags(text));
  if (words.length === 0) return [];
  return MATRIX_COLUMNS.filter((column) => matrix[column].some((keyword) => mentionsKeyword(words, keyword)));
}

/** Shorter drafts are still being started; longer ones are not a post one checks against a matrix as they type. */
const OFF_FOCUS_MIN_CHARS = 80;
const OFF_FOCUS_MAX_CHARS = 5_000;

/** A post-length draft that touches no keyword of a filled-in matrix: it may be off the user's focus. */
export function isOffFocus(text: string, matrix: ContentMatrix): boolean {
  const length = text.trim().length;
  if (length < OFF_FOCUS_MIN_CHARS || length > OFF_FOCUS_MAX_CHARS || !isMatrixFilled(matrix)) return false;
  return columnsTouched(text, matrix).length === 0;
}
