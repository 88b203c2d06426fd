import type { Settings } from '../defaults';
import { isPlainObject } from '../schema';

/** Settings as versions 2 and 3 stored them: the budget without the fields v4 adds. */
export type SettingsV3 = Omit<Settings, 'budget' | 'contentPlan'> & { budget: Omit<Settings['budget'], keyof typeof V4_BUDGET_ADDITIONS | 'siteMinutes' | 'quietHours'> };

/** What v4 adds to the budget, as the user had it before: one snooze more than the old unlimited ones is no loss. */
const V4_BUDGET_ADDITIONS = {
  snoozesPerDay: 2,
  workWriting: 'counts',
  workMinutes: 60,
  intentionPause: false,
  pauseAfterMinutes: 30,
} as const;

/**
 * v3 → v4: the budget gains capped snoozes (two a day, each shorter), work writing's own allowance (off: work
 * writing counts, as before) and the intention pause (off until chosen). Every stored field is kept as it was;
 * a field already there (written by hand or a newer tool) is not overwritten. Wrong values pass through
 * untouched: validation repairs them.
 */
export function migrateSettingsV3ToV4(v3: unknown): unknown {
  if (!isPlainObject(v3) || !isPlainObject(v3.budget)) return v3;
  return { ...v3, budget: { ...V4_BUDGET_ADDITIONS, ...v3.budget } };
}
