import type { Finding } from './types';

/** Nudges that say the draft is heated or off-tone. */
const HEATED: ReadonlySet<Finding['category']> = new Set(['conflict', 'tone']);

/**
 * Keeps nudges from pulling the writer two ways at once. On a heated or off-tone draft a one-click invitation
 * ("Pass it on", "What do you think?") would spread the very post another nudge asks to calm down, so the
 * call-to-action nudge stays (the draft still gives readers nothing to do) but as a tip, without examples to
 * click: the calmer post comes first, the invitation after.
 */
export function harmonize(findings: readonly Finding[]): Finding[] {
  const heated = findings.some((finding) => HEATED.has(finding.category));
  if (!heated) return [...findings];
  return findings.map((finding) => {
    if (finding.category !== 'call-to-action') return finding;
    const { suggestions: _examples, ...rest } = finding;
    return { ...rest, severity: 'tip' };
  });
}
