import { useRef } from 'preact/hooks';
import type { Finding } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

function problemKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.message}`;
}

/**
 * Text for a polite live region: names the problems that were not there on the previous analysis, so a screen
 * reader hears each new problem once instead of the whole list on every keystroke. Worked out during the render
 * rather than in an effect: an effect would cost a second render and a frame callback on every analysis.
 */
export function useProblemAnnouncement(findings: readonly Finding[], t: Translate): string {
  const memory = useRef<{ findings: readonly Finding[] | null; t: Translate | null; known: Set<string>; announcement: string }>({
    findings: null,
    t: null,
    known: new Set(),
    announcement: '',
  });
  const seen = memory.current;
  if (seen.findings !== findings || seen.t !== t) {
    const problems = findings.filter((finding) => finding.severity === 'problem');
    const fresh = problems.filter((finding) => !seen.known.has(problemKey(finding)));
    seen.known = new Set(problems.map(problemKey));
    if (fresh.length > 0) seen.announcement = fresh.map((finding) => t('sidebar_new_problem', [finding.message])).join(' ');
    seen.findings = findings;
    seen.t = t;
  }
  return seen.announcement;
}
