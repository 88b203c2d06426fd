import type { Token } from '../rule';
import { placeWords } from '../text/sentences';

/**
 * Features of the whole draft for the linear models, next to its words: who the post is about, how it is built
 * (links, mentions, hashtags, emoji, exclamation marks, length), money, the sender's own name said again, and an
 * organisation's news in the third person ("UC Berkeley takes top spot"). Unlike words, they say the same thing in
 * every writer's posts, so they carry over to writers the model never read. They weigh in but mark no words.
 *
 * Each group is named in the model's JSON (`draftFeatures`); the engine works out only the groups a model uses.
 */
export const DRAFT_FEATURE_GROUPS = ['persons', 'counts', 'money', 'brand', 'orgNews'] as const;
export type DraftFeatureGroup = (typeof DRAFT_FEATURE_GROUPS)[number];

/** "We", "our", "wij", "onze": the sender as an organisation or a group. */
const WE = new Set(['we', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'us', 'ourselves', 'wij', 'ons', 'onze', 'onszelf']);
/** "I", "my", "ik", "mijn": the sender as a person. */
const I = new Set(['i', "i'm", "i've", "i'll", "i'd", 'my', 'me', 'mine', 'myself', 'ik', 'mijn', "m'n", 'mij', 'mezelf']);
/** "You", "jij", "jullie": the reader. */
const YOU = new Set(['you', 'your', "you're", "you'll", "you've", 'yours', 'yourself', 'jij', 'je', 'jouw', 'jullie', 'u', 'uw', 'jou']);
/** What an organisation does in its own news told in the third person: "X announces", "Y ontvangt". */
const NEWS_VERBS = new Set([
  'announces', 'announced', 'launches', 'launched', 'receives', 'received', 'wins', 'won', 'takes', 'welcomes', 'celebrates', 'named',
  'ranked', 'awarded', 'earns', 'earned', 'unveils', 'introduces', 'opens', 'presents',
  'kondigt', 'lanceert', 'ontvangt', 'wint', 'opent', 'presenteert', 'viert', 'verwelkomt',
]);
const PRICE = /[€$£]\s?\d|\d\s?(?:euro|eur|usd|dollars?)\b|\d,-/iu;
const PERCENT = /\d\s?%/u;
const LARGE_AMOUNT = /\b\d+(?:[.,]\d+)?\s?(?:million|billion|miljoen|miljard|k)\b/iu;
const CAPITAL = /^\p{Lu}/u;

/** How many of `edges` `count` reaches: 0 below the first, 1 from the first, … */
function bucket(count: number, edges: readonly number[]): number {
  let reached = 0;
  for (const edge of edges) if (count >= edge) reached++;
  return reached;
}

/**
 * The draft-wide features of `groups` (`f:we1`, `f:url2`, `f:price`, …). One walk over the tokens and three
 * regular expressions over the text: cheap enough to run at every keystroke.
 */
export function draftFeatures(tokens: readonly Token[], text: string, groups: readonly string[]): string[] {
  const features: string[] = [];
  if (groups.length === 0) return features;
  const wants = (group: DraftFeatureGroup) => groups.includes(group);
  const kinds = { word: 0, hashtag: 0, mention: 0, url: 0, emoji: 0 };
  let we = 0;
  let i = 0;
  let you = 0;
  const words = new Set<string>();
  for (const token of tokens) {
    kinds[token.kind]++;
    if (token.kind !== 'word') continue;
    const word = token.normalized;
    words.add(word);
    if (WE.has(word)) we++;
    else if (I.has(word)) i++;
    else if (YOU.has(word)) you++;
  }
  if (wants('persons')) {
    features.push(`f:we${bucket(we, [1, 3])}`, `f:i${bucket(i, [1, 3])}`, `f:you${bucket(you, [1, 3])}`);
    if (we + i > you) features.push('f:senderOverReader');
  }
  if (wants('counts')) {
    features.push(
      `f:url${bucket(kinds.url, [1, 2])}`, `f:at${bucket(kinds.mention, [1, 3])}`, `f:tag${bucket(kinds.hashtag, [1, 3, 6])}`,
      `f:emo${bucket(kinds.emoji, [1, 3, 6])}`, `f:len${bucket(kinds.word, [10, 30, 80])}`,
    );
    let exclamations = 0;
    for (const char of text) if (char === '!') exclamations++;
    features.push(`f:ex${bucket(exclamations, [1, 3])}`);
    if (/[?？]/u.test(text)) features.push('f:q');
  }
  if (wants('money')) {
    if (PRICE.test(text)) features.push('f:price');
    if (PERCENT.test(text)) features.push('f:percent');
    if (LARGE_AMOUNT.test(text)) features.push('f:large');
  }
  const placed = wants('brand') || wants('orgNews') ? placeWords(tokens, text) : [];
  if (wants('brand')) {
    // The sender's own name: a hashtag that is also a word of the post ("VEG3 … #VEG3"), or a capitalised word
    // inside a sentence said twice or more ("ActiveCampaign").
    if (tokens.some((token) => token.kind === 'hashtag' && token.normalized.length > 2 && words.has(token.normalized))) features.push('f:tagIsWord');
    const names = new Map<string, number>();
    let again = false;
    for (const word of placed) {
      if (word.opensSentence || word.token.normalized.length <= 2 || !CAPITAL.test(word.token.text)) continue;
      const seen = (names.get(word.token.normalized) ?? 0) + 1;
      names.set(word.token.normalized, seen);
      if (seen >= 2) again = true;
    }
    if (again) features.push('f:nameAgain');
  }
  if (wants('orgNews')) {
    for (let at = 1; at < placed.length; at++) {
      const before = placed[at - 1];
      const word = placed[at];
      if (!before || !word || before.sentence !== word.sentence || !NEWS_VERBS.has(word.token.normalized)) continue;
      if (CAPITAL.test(before.token.text) && !WE.has(before.token.normalized) && !I.has(before.token.normalized)) {
        features.push('f:orgNews');
        break;
      }
    }
  }
  return features;
}
