import type { Finding } from './types';

/** Nudges that say the draft is heated or off-tone, or should not go out as it is (it could identify a client). */
const HEATED: ReadonlySet<Finding['category']> = new Set(['conflict', 'tone', 'privacy']);
/** A tone nudge about layout, not heat: an emoji wall. Shouting (capitals, "!!!") stays heated, as the rubric has it. */
const LAYOUT_ONLY: ReadonlySet<string> = new Set(['emojiWall']);
const isHeated = (finding: Finding): boolean => HEATED.has(finding.category) && !LAYOUT_ONLY.has(finding.messageId ?? '');

/**
 * Keeps nudges from pulling the writer two ways at once. On a heated or off-tone draft, or one that tells a
 * client's or a relative's private matters, a one-click invitation ("Pass it on", "What do you think?") would
 * spread the very post another nudge asks to change, so the call-to-action nudge stays (the draft still gives
 * readers nothing to do) but as a tip, without examples to click: the changed post comes first, the invitation after.
 */
export function harmonize(findings: readonly Finding[]): Finding[] {
  const heated = findings.some(isHeated);
  if (!heated) return [...findings];
  return findings.map((finding) => {
    if (finding.category !== 'call-to-action') return finding;
    const { suggestions: _examples, ...rest } = finding;
    return { ...rest, severity: 'tip' };
  });
}
