import type { Finding } from './types';

/** Nudges that would pull the writer two ways at once. */
const HEATED: ReadonlySet<Finding['category']> = new Set(['conflict', 'tone']);

/**
 * Drops what another nudge makes wrong: on a heated or off-tone draft, inviting more readers to respond ("Pass
 * it on") works against the calmer post the other nudge asks for, so the invitation waits until that is fixed.
 */
export function harmonize(findings: readonly Finding[]): Finding[] {
  const heated = findings.some((finding) => HEATED.has(finding.category));
  return heated ? findings.filter((finding) => finding.category !== 'call-to-action') : [...findings];
}
