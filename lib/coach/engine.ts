import { readDraft } from './engine-context';
import { toFinding } from './engine-findings';
import { harmonize } from './engine-harmony';
import { isFingerprintKey, isKeyedFingerprint } from './fingerprint';
import { resolveSettings } from './engine-settings';
import { compareFindings } from './ranking';
import type { Rule, RuleContext } from './rule';
import type { LanguageDetector } from './text/language';
import type { TokenCache } from './text/token-cache';
import type { Analysis, AnalyzeOptions, Category, Draft, Finding, Mode, PostFingerprint, Severity } from './types';
import { MODES, PLATFORMS } from './types';

export interface EngineHooks {
  /** Called when a rule throws or reports an unknown message; the analysis goes on without that rule. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  detector?: LanguageDetector;
  tokenCache?: TokenCache;
}

/** Without a clock the newest known post stands in for "now", so the cross-post window still means something. */
function resolveNow(now: number | undefined, recentPosts: readonly PostFingerprint[]): number {
  if (typeof now === 'number' && Number.isFinite(now)) return now;
  return recentPosts.reduce((latest, post) => Math.max(latest, post.publishedAt), 0);
}


function appliesTo(rule: Rule, context: Pick<RuleContext, 'platform' | 'kind' | 'settings'>): boolean {
  const { meta } = rule;
  if (context.settings.disabledRules.includes(meta.id)) return false;
  if (meta.platforms && !meta.platforms.includes(context.platform)) return false;
  return !meta.kinds || meta.kinds.includes(context.kind);
}

/** The engine itself, with the rule set passed in: `analyze` uses every rule, the rule tester just one. */
export function analyzeWith(rules: readonly Rule[], draft: Draft, options: AnalyzeOptions = {}, hooks: EngineHooks = {}): Analysis {
  // Drafts come from page scripts and storage: anything malformed falls back rather than throwing.
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const platform = PLATFORMS.includes(draft?.platform) ? draft.platform : 'x';
  const mode: Mode = MODES.includes(options.mode as Mode) ? (options.mode as Mode) : 'work';
  const uiLocale = options.uiLocale === 'nl' ? 'nl' : 'en';
  const settings = resolveSettings(options.settings);
  const fingerprintKey = isFingerprintKey(options.fingerprintKey) ? options.fingerprintKey : undefined;
  const recentPosts = fingerprintKey && Array.isArray(options.recentPosts) ? options.recentPosts.filter(isKeyedFingerprint) : [];
  const facts = readDraft(text, platform, settings, hooks.detector, hooks.tokenCache);
  const findings: Finding[] = [];
  const yielding = new Map<Finding, readonly Category[]>();
  let current: { rule: Rule; severity: Severity } | undefined;
  // One context for all rules; `report` files each finding under the rule that is running.
  const context: RuleContext = {
    text, platform, kind: draft?.kind === 'comment' ? 'comment' : 'post', mode, uiLocale, settings,
    recentPosts, fingerprintKey, now: resolveNow(options.now, recentPosts),
    language: facts.language, lexiconLanguages: facts.lexiconLanguages, tokens: facts.tokens, words: facts.words,
    hashtags: facts.hashtags, mentions: facts.mentions, urls: facts.urls, stats: facts.stats,
    report(reported) {
      if (!current) return;
      const finding = toFinding(current.rule.meta, reported, text, uiLocale, current.severity);
      if (finding && reported.unlessCategories) yielding.set(finding, reported.unlessCategories);
      if (finding) findings.push(finding);
      else hooks.onRuleError?.(current.rule.meta.id, new Error(`Unknown messageId '${reported.messageId}'`));
    },
  };

  for (const rule of rules) {
    const severity = rule.meta.severity[mode];
    if (severity === null || !appliesTo(rule, context)) continue;
    current = { rule, severity };
    try {
      rule.check(context);
    } catch (error) {
      hooks.onRuleError?.(rule.meta.id, error);
    }
  }
  current = undefined;
  const kept = yielding.size === 0 ? findings : findings.filter((finding) => {
    const unless = yielding.get(finding);
    return !unless || !findings.some((other) => other !== finding && unless.includes(other.category));
  });
  return { language: facts.language, stats: facts.stats, findings: harmonize(kept).sort(compareFindings) };
}
