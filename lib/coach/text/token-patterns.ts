// The patterns the tokenizer tries. Each is sticky (`y`): it only ever matches at the position asked.

const EMOJI_PART = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?`;
export const EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${EMOJI_PART}(?:\u200D${EMOJI_PART})*`, 'uy');
const TLD = 'com|nl|be|org|net|io|eu|co|uk|de|fr|info|app|dev|social|ly';
export const SCHEME_URL = /(?:https?:\/\/|www\.)[^\s<>"]+/iuy;
export const BARE_DOMAIN = new RegExp(String.raw`(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:${TLD})\b(?:\/[^\s<>"]*)?`, 'iuy');
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
export const HASHTAG = /[#＃][\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*/uy;
export const MENTION = /@[\p{L}\p{N}_]+(?:[.@-][\p{L}\p{N}_]+)*/uy;
export const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
export const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

/** Trailing punctuation belongs to the sentence, not to the link ("Lees dit: https://a.nl/x."). */
export const URL_TRAILING_PUNCTUATION = '.,;:!?\'")]’”';
/** After a word, these may continue an e-mail address or a domain name: . @ _ % + - */
export function continuesAddress(unit: number): boolean {
  return unit === 0x2e || unit === 0x40 || unit === 0x5f || unit === 0x25 || unit === 0x2b || unit === 0x2d;
}
