import type { Analysis } from '@/lib/coach/types';
import type { PublishedPost } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/defaults';
import type { PublishedDraft } from '@/lib/sites/types';

/**
 * What the background learns about a published post: the findings still open on the final text, how many that
 * showed up while writing were fixed, and the text for the background to fingerprint (and forget).
 */
export function publishedReport(
  post: PublishedDraft,
  finalAnalysis: Analysis,
  seenRuleIds: ReadonlySet<string>,
  settings: Settings,
  now: number,
): PublishedPost {
  const openFindings = finalAnalysis.findings.map(({ ruleId, category, severity }) => ({ ruleId, category, severity }));
  const openRuleIds = new Set(openFindings.map((finding) => finding.ruleId));
  return {
    platform: post.platform,
    mode: settings.platformModes[post.platform],
    publishedAt: now,
    openFindings,
    resolvedCount: [...seenRuleIds].filter((ruleId) => !openRuleIds.has(ruleId)).length,
    text: post.text,
  };
}
