import { francAll } from 'franc-min';
import type { DraftLanguage } from '../types';
import type { Token } from '../rule';

/** Franc is unreliable on short samples (wooorm/franc#57, #90): below this many letters we say 'und'. */
export const MIN_LETTERS = 40;
/** franc reads at most 2048 characters; a shorter sample keeps a cache miss cheap and is still plenty. */
const SAMPLE_LENGTH = 1000;
/**
 * franc's normalised scores shrink with sample length, so the top-2 gap is scaled by the length: below this
 * the two profiles fit about equally well (a mixed Dutch/English draft) and we say 'und'.
 */
const MIN_SCALED_GAP = 6;
/** Re-detect only when this share of the sample changed since the last real detection. */
const DRIFT_SHARE = 0.1;
const MIN_DRIFT = 24;
/** Recent exact answers, so switching between two composers does not re-detect either draft. */
const EXACT_CACHE_SIZE = 16;

const FRANC_TO_DRAFT: Record<string, DraftLanguage> = { nld: 'nl', eng: 'en' };

const LETTER = /\p{L}/u;

/** Letters in a word: ASCII without a regex, anything else through the Unicode letter class. */
function countLetters(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit < 0x80) letters += (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a ? 1 : 0;
    else if (unit < 0xdc00 || unit > 0xdfff) letters += LETTER.test(String.fromCodePoint(word.codePointAt(i) as number)) ? 1 : 0;
  }
  return letters;
}

/** The words alone: URLs, mentions, hashtags and emoji never count as language. */
export function languageSample(words: readonly Token[]): { sample: string; letters: number } {
  let sample = '';
  let letters = 0;
  for (const word of words) {
    if (sample.length >= SAMPLE_LENGTH) break;
    sample += (sample ? ' ' : '') + word.normalized;
    letters += countLetters(word.text);
  }
  return { sample: sample.slice(0, SAMPLE_LENGTH), letters };
}

/** Detection without any cache: a pure function of the sample. */
export function detectSampleLanguage(sample: string, letters: number): DraftLanguage {
  if (letters < MIN_LETTERS) return 'und';
  const [best, second] = francAll(sample, { only: ['nld', 'eng'], minLength: 1 });
  const language = best ? FRANC_TO_DRAFT[best[0]] : undefined;
  if (!language) return 'und';
  const scaledGap = (1 - (second?.[1] ?? 0)) * sample.length;
  return scaledGap < MIN_SCALED_GAP ? 'und' : language;
}

interface Anchor {
  sample: string;
  language: DraftLanguage;
  longEnough: boolean;
}

/** How many characters differ between two samples, looking past the common start and end. */
function changedLength(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return Math.max(a.length, b.length) - prefix - suffix;
}

/**
 * Remembers the last real detection. While the writer types, the sample barely changes, so the anchor's
 * answer still holds; only after a tenth of the sample changed, or the draft crossed the 40-letter line,
 * does franc run again, unless one of the last few exact samples matches (two composers on one page). This
 * keeps franc (about 1 ms on a long draft) out of the per-keystroke path.
 */
export class LanguageDetector {
  private anchor: Anchor | undefined;
  private readonly exact = new Map<string, DraftLanguage>();
  private detections = 0;

  detect(words: readonly Token[]): DraftLanguage {
    const { sample, letters } = languageSample(words);
    const longEnough = letters >= MIN_LETTERS;
    const anchor = this.anchor;
    if (anchor && anchor.longEnough === longEnough) {
      if (anchor.sample === sample || !longEnough) return anchor.language;
      const allowed = Math.max(MIN_DRIFT, anchor.sample.length * DRIFT_SHARE);
      if (changedLength(anchor.sample, sample) <= allowed) return anchor.language;
    }
    const known = longEnough ? this.exact.get(sample) : undefined;
    const language = known ?? this.detectAndRemember(sample, letters);
    this.anchor = { sample, language, longEnough };
    return language;
  }

  private detectAndRemember(sample: string, letters: number): DraftLanguage {
    this.detections++;
    const language = detectSampleLanguage(sample, letters);
    if (this.exact.size >= EXACT_CACHE_SIZE) this.exact.delete(this.exact.keys().next().value as string);
    this.exact.set(sample, language);
    return language;
  }

  /** How often franc really ran: lets tests and the benchmark see the cache work. */
  get detectionCount(): number {
    return this.detections;
  }
}
