import { analyzeWith } from './engine';
import { RULES } from './rules';
import type { Analysis, AnalyzeOptions, Draft } from './types';

export type * from './types';

/**
 * Coaches one draft: detects its language, counts it as the platform does and runs every rule that applies
 * to this platform, kind and mode. Pure: no DOM, no clock but `options.now`, no network. Never throws.
 */
export function analyze(draft: Draft, options?: AnalyzeOptions): Analysis {
  return analyzeWith(RULES, draft, options);
}
