import type { Token } from '../rule';

/** Between tags of one run: spaces, commas, slashes, '&' and a joining "en/and/of/or". */
const RUN_GAP = /^[\s,/&]*(?:(?:en|and|of|or)[\s,]*)?$/iu;
/** A sentence ends at . ! ? or a line break; a comma or colon does not end it. */
const SENTENCE_END = /[.!?\n]/u;

/**
 * Runs of two or more hashtags that stand in for words inside a sentence, like the seed's
 * "Op zoek naar #uitzendkracht #administratie #secretaresse #callcenter, dan moet u bij ons zijn.":
 * a word comes before the run and a word after it, with no sentence end in between. Tags in a block at
 * the end of a post are not in a sentence and are never returned, nor are tags quoted as tags ("use the hashtags …").
 */
export function hashtagRunsInSentences(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let index = 0;
  while (index < tokens.length) {
    if (tokens[index]?.kind !== 'hashtag') {
      index++;
      continue;
    }
    const run: Token[] = [tokens[index] as Token];
    let next = index + 1;
    while (next < tokens.length) {
      const candidate = tokens[next] as Token;
      const gap = text.slice((run[run.length - 1] as Token).end, candidate.start);
      if (candidate.kind !== 'hashtag' && !(candidate.kind === 'word' && RUN_GAP.test(`${gap}${candidate.text}`))) break;
      if (candidate.kind === 'hashtag') {
        if (!RUN_GAP.test(gap)) break;
        run.push(candidate);
      }
      next++;
    }
    if (run.length >= 2 && isInsideSentence(tokens[index - 1], run, tokens[next], text)) runs.push(run);
    index = next;
  }
  return runs;
}

/** "use the hashtags #a #b #c": tags named as tags, quoted for the reader to use, not words of the sentence. */
const NAMES_TAGS = new Set(['hashtag', 'hashtags', 'tag', 'tags']);
/** A capital after the run opens the next sentence whose full stop was lost ("… 1998 #notadrone #Sahara To see more"). */
const OPENS_SENTENCE = /^\p{Lu}/u;

function isInsideSentence(before: Token | undefined, run: readonly Token[], after: Token | undefined, text: string): boolean {
  if (before?.kind !== 'word' || after?.kind !== 'word') return false;
  if (NAMES_TAGS.has(before.normalized) || OPENS_SENTENCE.test(after.text)) return false;
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  return !SENTENCE_END.test(text.slice(before.end, first.start)) && !SENTENCE_END.test(text.slice(last.end, after.start));
}
