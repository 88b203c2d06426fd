import type { OtherSeverity } from '@/lib/coach/rule';
import type { Category, Mode, Severity, UiLocale } from '@/lib/coach/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import { categoryKey } from '../common/labels';

/** What the options page needs to know of a rule: taken from the rule registry's meta by the entrypoint. */
export interface RuleInfo {
  id: string;
  category: Category;
  /** null: the rule stays silent in that mode. */
  severity: Record<Mode, Severity | null>;
  /** Findings that show with another severity in a mode, and when (the rule's meta). */
  otherSeverities?: readonly OtherSeverity[];
}

/** The rule's own label when one exists in the messages, else its category with the id. */
export function ruleLabel(t: Translate, rule: RuleInfo): string {
  const key = `options_rule_${rule.id.replace(/-/g, '_')}` as MessageKey;
  const label = t(key);
  return label === key ? `${t(categoryKey(rule.category))} (${rule.id})` : label;
}

export const severityKey = (severity: Severity | null): MessageKey =>
  severity === null ? 'options_severity_off' : (`options_severity_${severity}` as MessageKey);

/** What the options table says of a rule in a mode: its own severity, then each other one it can take there. */
export function severityLines(t: Translate, rule: RuleInfo, mode: Mode, locale: UiLocale): string[] {
  const own = rule.severity[mode];
  if (own === null) return [t(severityKey(null))];
  const others = (rule.otherSeverities ?? []).flatMap(({ severity, when }) => {
    const other = severity[mode];
    return other && other !== own ? [t('options_severity_when', [t(severityKey(other)), when[locale]])] : [];
  });
  return [t(severityKey(own)), ...others];
}
