/**
 * Grapheme counting as Bluesky's composer does (UAX #29 clusters). Intl.Segmenter is exact but costs
 * microseconds per cluster, so we follow the rules that matter for Latin text and emoji ourselves, and hand
 * text in scripts with harder rules (Hangul jamo, Indic, Thai, prepended marks) to Intl.Segmenter.
 */
const NEEDS_SEGMENTER = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0900-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u1b00-\u1bff\ua960-\ua97f\ua980-\ua9df\uaa00-\uaa7f\ud7b0-\ud7ff]|[\u{11000}-\u{11fff}]/u;
const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

let segmenter: Intl.Segmenter | undefined;

function segmenterCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _segment of segmenter.segment(text)) count++;
  return count;
}

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

/** Joins the cluster before it: marks, ZWJ/ZWNJ, variation selectors, skin tones, tag characters. */
function isExtend(codePoint: number, char: string): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint === 0x200c || codePoint === 0x200d || codePoint === 0xff9e || codePoint === 0xff9f) return true;
  if ((codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0020 && codePoint <= 0xe007f)) return true;
  return MARK.test(char);
}

/** Controls never join anything (GB4, GB5): line breaks and format characters like U+200B. A lone
 * surrogate is not one here: V8's ICU lets marks join it, and we count as the composer does. */
function isControl(codePoint: number, char: string): boolean {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029) return true;
  // Tag characters (flag sequences like England's) are format characters that extend, not controls.
  if (codePoint >= 0xe0020 && codePoint <= 0xe007f) return false;
  // Unassigned default-ignorable code points count as controls too (UAX #29, Control).
  if (codePoint === 0x2065 || (codePoint >= 0xfff0 && codePoint <= 0xfff8)) return true;
  if (codePoint >= 0xe0000 && codePoint <= 0xe0fff && !(codePoint >= 0xe0100 && codePoint <= 0xe01ef)) return true;
  return codePoint >= 0xad && codePoint !== 0x200c && codePoint !== 0x200d && FORMAT.test(char);
}

export function countGraphemes(text: string): number {
  if (NEEDS_SEGMENTER.test(text)) return segmenterCount(text);
  let count = 0;
  let previousControl = true;
  let clusterPictographic = false;
  let afterZwj = false;
  let regionalRun = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) as number;
    const char = codePoint > 0xffff ? text.slice(i, i + 2) : text.charAt(i);
    if (codePoint > 0xffff) i++;
    const control = isControl(codePoint, char);
    const crlf = codePoint === 0x0a && text.charCodeAt(i - 1) === 0x0d;
    const extend = !control && !previousControl && isExtend(codePoint, char);
    const joinsEmoji = afterZwj && clusterPictographic && !control && PICTOGRAPHIC.test(char);
    const pairsFlag = isRegionalIndicator(codePoint) && regionalRun % 2 === 1;
    if (!(crlf || extend || joinsEmoji || pairsFlag)) {
      count++;
      clusterPictographic = !control && codePoint >= 0xa9 && PICTOGRAPHIC.test(char);
    }
    regionalRun = isRegionalIndicator(codePoint) ? regionalRun + 1 : 0;
    afterZwj = codePoint === 0x200d;
    previousControl = control;
  }
  return count;
}
