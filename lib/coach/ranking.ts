import type { Finding, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { problem: 0, warning: 1, tip: 2 };

/**
 * The tone nudges about how a draft looks rather than what it says to the reader: capitals, a row of exclamation
 * marks, an emoji wall. The words stay the same once they are fixed, so they rank as polish, after what the post does
 * for its reader (voice.md: "tip: a small improvement"). A block without breaks is the length rule's, ranked after.
 */
const TONE_FORM: ReadonlySet<string> = new Set(['capitals', 'exclamations', 'emojiWall']);

/**
 * Within one severity, what matters most to the reader comes first: a client who could be recognised, a heated
 * reply, words that put readers off, private matters on a work account; then whether the post gives the reader
 * anything (self-promotion), reaches the right readers (hashtags), fits the network (cross-post) and asks them in
 * (call to action); how it looks (capitals, exclamation marks, emoji) and small polish (length, line breaks) last.
 */
const IMPACT = {
  privacy: 0,
  conflict: 1,
  toneWords: 2,
  boundaries: 3,
  'self-promotion': 4,
  hashtags: 5,
  'cross-post': 6,
  'call-to-action': 7,
  toneForm: 8,
  length: 9,
  context: 10,
  accessibility: 11,
} as const;

/** Where a finding stands among its severity: lower is shown first. */
export function impactRank(finding: Pick<Finding, 'category' | 'messageId'>): number {
  if (finding.category === 'tone') return TONE_FORM.has(finding.messageId ?? '') ? IMPACT.toneForm : IMPACT.toneWords;
  return IMPACT[finding.category];
}

/** Most severe first, then by what matters most to the reader, then in reading order (a finding without ranges is about the whole draft). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    impactRank(a) - impactRank(b) ||
    (a.ranges?.[0]?.start ?? 0) - (b.ranges?.[0]?.start ?? 0)
  );
}
