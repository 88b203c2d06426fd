import { PLATFORMS, type Mode, type Platform } from '../coach/types';
import type { Settings, WorkWriting } from './defaults';
import { NO_POLICY, type Policy, type PolicyField } from './policy';

/**
 * What the welcome page asks on install: the mode per network, the daily budget, whether work writing counts toward
 * it, and whether to turn on the intention pause. An answer the user has not given leaves the setting as it is.
 */
export interface WelcomeAnswers {
  platformModes: Partial<Record<Platform, Mode>>;
  dailyMinutes?: number;
  workWriting?: WorkWriting;
  workMinutes?: number;
  intentionPause?: boolean;
}

export const NO_ANSWERS: WelcomeAnswers = { platformModes: {} };

/** The networks whose mode the organisation locked (a locked policy may set only some of them). */
export function lockedPlatforms(policy: Policy): ReadonlySet<Platform> {
  if (!policy.locked.has('platformModes')) return new Set();
  return new Set(PLATFORMS.filter((platform) => policy.values.platformModes?.[platform] !== undefined));
}

/**
 * `settings` with the answers put in, except where the organisation locked the value: a locked value stays as the
 * policy says (and the user's own stays stored underneath it), whatever the page sent.
 */
export function applyWelcomeAnswers(settings: Settings, answers: WelcomeAnswers, policy: Policy = NO_POLICY): Settings {
  const open = (field: PolicyField) => !policy.locked.has(field);
  const lockedModes = lockedPlatforms(policy);
  const platformModes = { ...settings.platformModes };
  for (const platform of PLATFORMS) {
    const mode = answers.platformModes[platform];
    if (mode && !lockedModes.has(platform)) platformModes[platform] = mode;
  }
  const budget = { ...settings.budget };
  if (answers.dailyMinutes !== undefined && open('dailyMinutes')) budget.dailyMinutes = answers.dailyMinutes;
  if (answers.workWriting !== undefined && open('workWriting')) budget.workWriting = answers.workWriting;
  if (answers.workMinutes !== undefined && open('workMinutes')) budget.workMinutes = answers.workMinutes;
  if (answers.intentionPause !== undefined && open('intentionPause')) budget.intentionPause = answers.intentionPause;
  return { ...settings, platformModes, budget };
}
