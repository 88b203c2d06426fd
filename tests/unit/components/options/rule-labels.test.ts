import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import nl from '../../../../public/_locales/nl/messages.json';
import { RULES } from '@/lib/coach/rules';

describe('options labels', () => {
  it.each(RULES.map((rule) => [rule.meta.id] as const))('rule %s has a human label in both languages', (id) => {
    const key = `options_rule_${id.replace(/-/g, '_')}`;
    expect(en).toHaveProperty(key);
    expect(nl).toHaveProperty(key);
  });
});
