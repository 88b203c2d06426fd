// The patterns the tokenizer tries. Each is sticky (`y`): it only ever matches at the position asked.

const EMOJI_PART = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?`;
const TLD = 'com|nl|be|org|net|io|eu|co|uk|de|fr|info|app|dev|social|ly';

function buildPatterns() {
  return {
    EMOJI: new RegExp(String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${EMOJI_PART}(?:\u200D${EMOJI_PART})*`, 'uy'),
    SCHEME_URL: /(?:https?:\/\/|www\.)[^\s<>"]+/iuy,
    BARE_DOMAIN: new RegExp(String.raw`(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:${TLD})\b(?:\/[^\s<>"]*)?`, 'iuy'),
    EMAIL: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy,
    /** The run of characters an address's local part may use; EMAIL's own `+` scans the same run. */
    EMAIL_LOCAL_PART: /[\p{L}\p{N}._%+-]*/uy,
    /** A tag has a letter (#1 is "number one"), or is a year alone (#2020): both count as tags where people post. */
    HASHTAG: /[#＃](?:[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*|(?:19|20)\d\d(?![\p{L}\p{M}\p{N}_]))/uy,
    MENTION: /@[\p{L}\p{N}_]+(?:[.@-][\p{L}\p{N}_]+)*/uy,
    WORD_CHAR: /[\p{L}\p{M}\p{N}_]/u,
    LETTER_MARK_NUMBER: /^[\p{L}\p{M}\p{N}]$/u,
  };
}

let patterns: ReturnType<typeof buildPatterns> | undefined;

/**
 * Built on first use: Unicode-property patterns take about a millisecond to create, and the sidebar's content
 * script (which tokenises only to fingerprint a post as it goes out) loads on every social page.
 */
export function tokenPatterns(): ReturnType<typeof buildPatterns> {
  return (patterns ??= buildPatterns());
}

/** Trailing punctuation belongs to the sentence, not to the link ("Lees dit: https://a.nl/x."). */
export const URL_TRAILING_PUNCTUATION = '.,;:!?\'")]’”';
/** After a word, these may continue an e-mail address or a domain name: . @ _ % + - */
export function continuesAddress(unit: number): boolean {
  return unit === 0x2e || unit === 0x40 || unit === 0x5f || unit === 0x25 || unit === 0x2b || unit === 0x2d;
}
