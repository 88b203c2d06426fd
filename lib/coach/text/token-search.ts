import type { Token } from '../rule';

/** The first index whose token `passes`, by binary search: tokens are in text order and never overlap. */
function firstPassing(tokens: readonly Token[], passes: (token: Token) => boolean): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passes(tokens[middle] as Token)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** How many tokens start before `offset`: also the index of the first token at or after it. */
export function countStartingBefore(tokens: readonly Token[], offset: number): number {
  return firstPassing(tokens, (token) => token.start >= offset);
}

/** How many tokens end before `offset`. */
export function countEndingBefore(tokens: readonly Token[], offset: number): number {
  return firstPassing(tokens, (token) => token.end >= offset);
}
