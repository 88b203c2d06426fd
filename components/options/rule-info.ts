import type { Category, Mode, Severity } from '@/lib/coach/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import { categoryKey } from '../common/labels';

/** What the options page needs to know of a rule: taken from the rule registry's meta by the entrypoint. */
export interface RuleInfo {
  id: string;
  category: Category;
  /** null: the rule stays silent in that mode. */
  severity: Record<Mode, Severity | null>;
}

/** The rule's own label when one exists in the messages, else its category with the id. */
export function ruleLabel(t: Translate, rule: RuleInfo): string {
  const key = `options_rule_${rule.id.replace(/-/g, '_')}` as MessageKey;
  const label = t(key);
  return label === key ? `${t(categoryKey(rule.category))} (${rule.id})` : label;
}

export const severityKey = (severity: Severity | null): MessageKey =>
  severity === null ? 'options_severity_off' : (`options_severity_${severity}` as MessageKey);
