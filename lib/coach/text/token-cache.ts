import type { Token } from '../rule';
import { countEndingBefore } from './token-search';
import { tokenize } from './tokenize';

function isBreak(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d;
}

/**
 * Tokenises a draft that changes one keystroke at a time. No token spans a space or line break, and a token's
 * start depends only on the character before it, so every token that ends before the last break ahead of the
 * change is the same as before: only the rest is scanned again (and shifted, for text after the change).
 */
export class TokenCache {
  private last: { text: string; tokens: Token[] } | undefined;

  tokenize(text: string): Token[] {
    const last = this.last;
    const tokens = last ? this.retokenize(last.text, last.tokens, text) : tokenize(text);
    this.last = { text, tokens };
    return tokens;
  }

  private retokenize(before: string, beforeTokens: readonly Token[], text: string): Token[] {
    const shorter = Math.min(before.length, text.length);
    let prefix = 0;
    while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    if (prefix === text.length && prefix === before.length) return [...beforeTokens];
    let safe = prefix;
    while (safe > 0 && !isBreak(text.charCodeAt(safe - 1))) safe--;
    if (safe === 0) return tokenize(text);
    const kept = beforeTokens.slice(0, countEndingBefore(beforeTokens, safe));
    const rest = tokenize(text.slice(safe - 1)).map((token) => ({ ...token, start: token.start + safe - 1, end: token.end + safe - 1 }));
    return kept.concat(rest);
  }
}
