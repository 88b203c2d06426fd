import type { Analysis, Finding } from '@/lib/coach/types';

/** A finding with readable defaults; tests override only what they are about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'hashtag-count',
    category: 'hashtags',
    severity: 'warning',
    message: 'Keep one or two targeted hashtags',
    explanation: 'Many tags look like spam. Pick the ones your readers follow.',
    source: { seed: '004_95873d2e7dd560ec.txt', quote: 'Gebruik niet te veel hashtags.', translation: 'Do not use too many hashtags.' },
    ...overrides,
  };
}

export function analysis(findings: Finding[], length = 42): Analysis {
  return { language: 'en', stats: { length, limit: 280, hashtagCount: 0, wordCount: 8 }, findings };
}
