/**
 * Grapheme counting as Bluesky's composer does (UAX #29 clusters). Intl.Segmenter is exact but costs
 * microseconds per cluster, so we follow the rules that matter for Latin text and emoji ourselves, and hand
 * text in scripts with harder rules (Hangul jamo, Indic, Thai, prepended marks) to Intl.Segmenter.
 */
const SEGMENTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0600, 0x0605], // Arabic prepended number signs
  [0x06dd, 0x06dd],
  [0x070f, 0x070f],
  [0x0890, 0x0891],
  [0x08e2, 0x08e2],
  [0x0900, 0x0eff], // Indic scripts, Thai, Lao: conjuncts and spacing marks
  [0x1000, 0x109f], // Myanmar
  [0x1100, 0x11ff], // Hangul jamo
  [0x1780, 0x17ff], // Khmer
  [0x1b00, 0x1bff], // Balinese
  [0xa960, 0xa97f], // Hangul jamo extended
  [0xa980, 0xaa7f], // Javanese, Cham
  [0xd7b0, 0xd7ff], // Hangul jamo extended
  [0x11000, 0x11fff], // historic Indic scripts
];

function needsSegmenter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x600) continue;
    const codePoint = text.codePointAt(i) as number;
    if (SEGMENTER_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to)) return true;
  }
  return false;
}
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
  if (needsSegmenter(text)) return segmenterCount(text);
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
