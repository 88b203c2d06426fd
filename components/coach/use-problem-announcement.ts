import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';

function problemKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.message}`;
}

/**
 * Text for a polite live region: names the problems that were not there on the previous analysis, so a screen
 * reader hears each new problem once instead of the whole list on every keystroke.
 */
export function useProblemAnnouncement(findings: readonly Finding[], t: Translate): string {
  const known = useRef<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const problems = findings.filter((finding) => finding.severity === 'problem');
    const fresh = problems.filter((finding) => !known.current.has(problemKey(finding)));
    known.current = new Set(problems.map(problemKey));
    if (fresh.length > 0) setAnnouncement(fresh.map((finding) => t('sidebar_new_problem', [finding.message])).join(' '));
  }, [findings, t]);
  return announcement;
}
