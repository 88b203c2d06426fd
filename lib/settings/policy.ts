import { MODES, PLATFORMS, type Mode, type Platform } from '../coach/types';
import { isClockTime } from '../time/clock-time';
import type { QuietHours, Settings } from './defaults';
import { bool, int, isPlainObject, list, oneOf, text, type Schema, type SchemaNote } from './schema';

/**
 * An organisation's policy, from the browser's managed storage (Chrome: the ExtensionSettings / 3rdparty policy;
 * Firefox: policies.json's 3rdparty section; the shape is `public/managed_schema.json`). It can set the budget,
 * the modes per network, rules on or off, the intention pause, limits per network and quiet hours, and lock any of them. A locked value is in force
 * whatever the user's own settings say; a value set but not locked is a starting point the user may change.
 * Nothing flows back: the extension never tells the organisation anything about the user.
 */

export const POLICY_FIELDS = [
  'dailyMinutes',
  'timesUp',
  'snoozesPerDay',
  'workWriting',
  'workMinutes',
  'intentionPause',
  'pauseAfterMinutes',
  'siteMinutes',
  'quietHours',
  'platformModes',
  'disabledRules',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

type BudgetFields = Pick<Settings['budget'], 'dailyMinutes' | 'timesUp' | 'snoozesPerDay' | 'workWriting' | 'workMinutes' | 'intentionPause' | 'pauseAfterMinutes'>;
export type PolicyValues = Partial<
  BudgetFields & {
    /** Minutes a day of a network's own, for the networks the policy names (0: none of its own). */
    siteMinutes: Partial<Record<Platform, number>>;
    quietHours: QuietHours;
    platformModes: Partial<Record<Platform, Mode>>;
    disabledRules: string[];
  }
>;

export interface Policy {
  values: PolicyValues;
  /** Fields the user can't change. Only fields the policy also sets can be locked. */
  locked: ReadonlySet<PolicyField>;
  /** What was left out of the policy and why, one line each, for whoever deploys it (the background logs them). */
  problems?: readonly string[];
}

export const NO_POLICY: Policy = { values: {}, locked: new Set() };

const BUDGET_SCHEMAS: { [K in keyof BudgetFields]: Schema<BudgetFields[K]> } = {
  dailyMinutes: int(1, 24 * 60, 30),
  timesUp: oneOf(['note', 'soft-block'], 'note'),
  snoozesPerDay: int(0, 5, 2),
  workWriting: oneOf(['counts', 'own'], 'counts'),
  workMinutes: int(1, 24 * 60, 60),
  intentionPause: bool(false),
  pauseAfterMinutes: int(5, 24 * 60, 30),
};
const RULE_IDS = list(text(/^[a-z0-9-]{1,60}$/, ''), 200);
const SITE_MINUTES = int(0, 24 * 60, 0);

/** What each field takes, as the problems say it. */
const EXPECTED: Record<PolicyField, string> = {
  dailyMinutes: 'a whole number of minutes from 1 to 1440',
  timesUp: '"note" or "soft-block"',
  snoozesPerDay: 'a whole number from 0 to 5',
  workWriting: '"counts" or "own"',
  workMinutes: 'a whole number of minutes from 1 to 1440',
  intentionPause: 'true or false',
  pauseAfterMinutes: 'a whole number of minutes from 5 to 1440',
  siteMinutes: `an object of networks (${PLATFORMS.join(', ')}) to whole numbers of minutes from 0 to 1440`,
  quietHours: 'an object with "on" (true or false) and "from" and "to" as local times "HH:MM" (00:00 to 23:59)',
  platformModes: `an object of networks (${PLATFORMS.join(', ')}) to "work" or "personal"`,
  disabledRules: 'a list of check ids (lowercase letters, digits and dashes)',
};

/** A value as a problem line shows it: short, whatever it is. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A value that fits its schema exactly, or undefined: a policy is never repaired into something it did not say. */
function exactly<T>(schema: Schema<T>, input: unknown): T | undefined {
  if (input === undefined) return undefined;
  const notes: SchemaNote[] = [];
  const value = schema.read(input, '', notes);
  return notes.length === 0 ? value : undefined;
}

/**
 * A map from networks to values, each read on its own: a network the policy does not name is left to the user, a
 * wrong entry is left out with a problem line. Empty: undefined.
 */
function perNetwork<T>(field: PolicyField, raw: unknown, accepts: (value: unknown) => value is T, each: string, problems: string[]): Partial<Record<Platform, T>> | undefined {
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw)) {
    problems.push(`${field}: ${shown(raw)} left out; expected ${EXPECTED[field]}`);
    return undefined;
  }
  const kept: Partial<Record<Platform, T>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!PLATFORMS.includes(key as Platform)) problems.push(`${field}.${key}: left out; not a network (${PLATFORMS.join(', ')})`);
    else if (!accepts(value)) problems.push(`${field}.${key}: ${shown(value)} left out; expected ${each}`);
    else kept[key as Platform] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Quiet hours are taken whole or not at all: half of them would be a guess at what the organisation meant. */
function quietHoursOf(raw: unknown, problems: string[]): QuietHours | undefined {
  if (raw === undefined) return undefined;
  if (isPlainObject(raw) && typeof raw.on === 'boolean' && isClockTime(raw.from) && isClockTime(raw.to)) {
    if (raw.on && raw.from === raw.to) {
      problems.push(`quietHours: from and to are both ${raw.from}, which is no quiet hours at all; left out`);
      return undefined;
    }
    return { on: raw.on, from: raw.from, to: raw.to };
  }
  problems.push(`quietHours: ${shown(raw)} left out; expected ${EXPECTED.quietHours}`);
  return undefined;
}

/**
 * Reads managed storage as a policy: fields that are wrong are left out (the user's own setting stays), each with a
 * line in `problems` saying what and why. Never throws, whatever managed storage holds.
 */
export function readPolicy(raw: unknown): Policy {
  if (raw === undefined || (isPlainObject(raw) && Object.keys(raw).length === 0)) return NO_POLICY;
  if (!isPlainObject(raw)) return { ...NO_POLICY, problems: [`the policy is ${shown(raw)}; expected an object of settings`] };
  const problems: string[] = [];
  const values: PolicyValues = {};
  for (const field of Object.keys(BUDGET_SCHEMAS) as (keyof BudgetFields)[]) {
    const value = exactly(BUDGET_SCHEMAS[field] as Schema<unknown>, raw[field]);
    if (value !== undefined) (values as Record<string, unknown>)[field] = value;
    else if (raw[field] !== undefined) problems.push(`${field}: ${shown(raw[field])} left out; expected ${EXPECTED[field]}`);
  }
  const siteMinutes = perNetwork('siteMinutes', raw.siteMinutes, (value): value is number => exactly(SITE_MINUTES, value) !== undefined, 'a whole number of minutes from 0 to 1440', problems);
  if (siteMinutes) values.siteMinutes = siteMinutes;
  const quietHours = quietHoursOf(raw.quietHours, problems);
  if (quietHours) values.quietHours = quietHours;
  const modes = perNetwork('platformModes', raw.platformModes, (value): value is Mode => MODES.includes(value as Mode), '"work" or "personal"', problems);
  if (modes) values.platformModes = modes;
  const rules = exactly(RULE_IDS, raw.disabledRules);
  if (rules) values.disabledRules = rules;
  else if (raw.disabledRules !== undefined) problems.push(`disabledRules: ${shown(raw.disabledRules)} left out; expected ${EXPECTED.disabledRules}`);
  if (raw.locked !== undefined && !Array.isArray(raw.locked)) problems.push(`locked: ${shown(raw.locked)} left out; expected a list of the settings' names`);
  const lockedList: unknown[] = Array.isArray(raw.locked) ? raw.locked : [];
  for (const name of lockedList) {
    if (!POLICY_FIELDS.includes(name as PolicyField)) problems.push(`locked: ${shown(name)} is not a setting the policy can lock; left out`);
    else if (values[name as PolicyField] === undefined) problems.push(`locked: ${name} has no valid value in the policy, so nothing is locked for it`);
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'locked' && !POLICY_FIELDS.includes(key as PolicyField)) problems.push(`${key}: not a setting of the policy; left out`);
  }
  const locked = new Set(POLICY_FIELDS.filter((field) => lockedList.includes(field) && values[field] !== undefined));
  return { values, locked, problems };
}

/** The networks whose own limit the organisation locked: their fields are shown, marked, and not editable. */
export function lockedSiteLimits(policy: Policy): ReadonlySet<Platform> {
  if (!policy.locked.has('siteMinutes')) return new Set();
  return new Set(PLATFORMS.filter((platform) => policy.values.siteMinutes?.[platform] !== undefined));
}

/** `settings` with the policy's values put in: the locked ones only, or all of them (a first start, a new policy). */
export function applyPolicy(settings: Settings, policy: Policy, which: 'locked' | 'all'): Settings {
  const take = (field: PolicyField) => policy.values[field] !== undefined && (which === 'all' || policy.locked.has(field));
  const budget = { ...settings.budget };
  for (const field of Object.keys(BUDGET_SCHEMAS) as (keyof BudgetFields)[]) {
    if (take(field)) (budget as Record<string, unknown>)[field] = policy.values[field];
  }
  if (take('siteMinutes')) budget.siteMinutes = { ...budget.siteMinutes, ...policy.values.siteMinutes };
  if (take('quietHours') && policy.values.quietHours) budget.quietHours = { ...policy.values.quietHours };
  const platformModes = take('platformModes') ? { ...settings.platformModes, ...policy.values.platformModes } : settings.platformModes;
  const coach = take('disabledRules') ? { ...settings.coach, disabledRules: [...(policy.values.disabledRules ?? [])] } : settings.coach;
  return { ...settings, budget, platformModes, coach };
}

/**
 * The policy's unlocked values that changed since they were last put into the user's settings: each is applied
 * once, so the organisation's starting point arrives, and the user's later choice stays theirs.
 */
export function unlockedChanges(policy: Policy, lastApplied: Record<string, unknown>): { values: PolicyValues; applied: Record<string, unknown> } {
  const values: PolicyValues = {};
  const applied: Record<string, unknown> = {};
  for (const field of POLICY_FIELDS) {
    const value = policy.values[field];
    if (value === undefined || policy.locked.has(field)) continue;
    applied[field] = value;
    if (JSON.stringify(lastApplied[field]) !== JSON.stringify(value)) (values as Record<string, unknown>)[field] = value;
  }
  return { values, applied };
}

/**
 * `settings` with every locked field put back to the user's own value (`own`): what a write stores while a lock is
 * in force, so the organisation's value never becomes the user's, and theirs returns when the lock goes.
 */
export function keepOwnUnderLock(settings: Settings, own: Settings, policy: Policy): Settings {
  if (policy.locked.size === 0) return settings;
  const values: PolicyValues = {};
  for (const field of Object.keys(BUDGET_SCHEMAS) as (keyof BudgetFields)[]) (values as Record<string, unknown>)[field] = own.budget[field];
  const lockedPlatforms = Object.keys(policy.values.platformModes ?? {}) as Platform[];
  values.platformModes = Object.fromEntries(lockedPlatforms.map((platform) => [platform, own.platformModes[platform]]));
  const limitedPlatforms = Object.keys(policy.values.siteMinutes ?? {}) as Platform[];
  values.siteMinutes = Object.fromEntries(limitedPlatforms.map((platform) => [platform, own.budget.siteMinutes[platform]]));
  values.quietHours = own.budget.quietHours;
  values.disabledRules = own.coach.disabledRules;
  return applyPolicy(settings, { values, locked: policy.locked }, 'locked');
}
