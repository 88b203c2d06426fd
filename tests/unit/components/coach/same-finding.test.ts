import { describe, expect, it } from 'vitest';
import { sameFinding } from '@/components/coach/same-finding';
import type { Finding } from '@/lib/coach/types';

const base: Finding = {
  ruleId: 'hashtags',
  category: 'hashtags',
  severity: 'warning',
  message: 'Keep one or two targeted hashtags',
  explanation: 'Generic tags reach nobody.',
  source: { seed: '004_95873d2e7dd560ec.txt', quote: 'Algemene hashtags zijn daarbij vrijwel nutteloos geworden.', translation: 'Generic hashtags have become almost useless.' },
  ranges: [{ start: 4, end: 10 }],
  suggestions: [{ label: 'Use #SocialMedia', edit: { start: 4, end: 10, from: '#socia', to: '#Socia' } }],
};
const copy = (patch: Partial<Finding>): Finding => ({ ...structuredClone(base), ...patch });

describe('sameFinding', () => {
  it.each([
    ['a deep copy', copy({}), true], // a new analysis of the same text renders the same
    ['another message', copy({ message: 'Keep one targeted hashtag' }), false], // the count in the message changed
    ['another severity', copy({ severity: 'problem' }), false], // moves to another group
    ['a moved range', copy({ ranges: [{ start: 5, end: 11 }] }), false], // typing before the tag shifts it
    ['an extra range', copy({ ranges: [{ start: 4, end: 10 }, { start: 12, end: 15 }] }), false], // a new tag found
    ['no ranges', copy({ ranges: undefined }), false], // the message stops being a button
    ['another suggestion edit', copy({ suggestions: [{ label: 'Use #SocialMedia', edit: { start: 5, end: 11, from: '#socia', to: '#Socia' } }] }), false], // the edit must follow the text
    ['a suggestion without edit', copy({ suggestions: [{ label: 'Use #SocialMedia' }] }), false], // button becomes an example
    ['another explanation', copy({ explanation: 'Other words.' }), false], // the locale changed
  ])('%s → %s', (_name, other, expected) => {
    expect(sameFinding(base, other)).toBe(expected);
    expect(sameFinding(other, base)).toBe(expected);
  });
});
