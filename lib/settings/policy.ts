import { MODES, PLATFORMS, type Mode, type Platform } from '../coach/types';
import type { Settings } from './defaults';
import { bool, int, isPlainObject, list, oneOf, text, type Schema, type SchemaNote } from './schema';

/**
 * An organisation's policy, from the browser's managed storage (Chrome: the ExtensionSettings / 3rdparty policy;
 * Firefox: policies.json's 3rdparty section; the shape is `public/managed_schema.json`). It can set the budget,
 * the modes per network, rules on or off and the intention pause, and lock any of them. A locked value is in force
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
  'platformModes',
  'disabledRules',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

type BudgetFields = Pick<Settings['budget'], 'dailyMinutes' | 'timesUp' | 'snoozesPerDay' | 'workWriting' | 'workMinutes' | 'intentionPause' | 'pauseAfterMinutes'>;
export type PolicyValues = Partial<BudgetFields & { platformModes: Partial<Record<Platform, Mode>>; disabledRules: string[] }>;

export interface Policy {
  values: PolicyValues;
  /** Fields the user can't change. Only fields the policy also sets can be locked. */
  locked: ReadonlySet<PolicyField>;
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

/** A value that fits its schema exactly, or undefined: a policy is never repaired into something it did not say. */
function exactly<T>(schema: Schema<T>, input: unknown): T | undefined {
  if (input === undefined) return undefined;
  const notes: SchemaNote[] = [];
  const value = schema.read(input, '', notes);
  return notes.length === 0 ? value : undefined;
}

/** Reads managed storage as a policy: fields that are wrong are left out (the user's own setting stays). */
export function readPolicy(raw: unknown): Policy {
  if (!isPlainObject(raw)) return NO_POLICY;
  const values: PolicyValues = {};
  for (const field of Object.keys(BUDGET_SCHEMAS) as (keyof BudgetFields)[]) {
    const value = exactly(BUDGET_SCHEMAS[field] as Schema<unknown>, raw[field]);
    if (value !== undefined) (values as Record<string, unknown>)[field] = value;
  }
  if (isPlainObject(raw.platformModes)) {
    const modes: Partial<Record<Platform, Mode>> = {};
    for (const platform of PLATFORMS) {
      const mode = raw.platformModes[platform];
      if (MODES.includes(mode as Mode)) modes[platform] = mode as Mode;
    }
    if (Object.keys(modes).length > 0) values.platformModes = modes;
  }
  const rules = exactly(RULE_IDS, raw.disabledRules);
  if (rules) values.disabledRules = rules;
  const lockedList = Array.isArray(raw.locked) ? raw.locked : [];
  const locked = new Set(POLICY_FIELDS.filter((field) => lockedList.includes(field) && values[field] !== undefined));
  return { values, locked };
}

/** `settings` with the policy's values put in: the locked ones only, or all of them (a first start, a new policy). */
export function applyPolicy(settings: Settings, policy: Policy, which: 'locked' | 'all'): Settings {
  const take = (field: PolicyField) => policy.values[field] !== undefined && (which === 'all' || policy.locked.has(field));
  const budget = { ...settings.budget };
  for (const field of Object.keys(BUDGET_SCHEMAS) as (keyof BudgetFields)[]) {
    if (take(field)) (budget as Record<string, unknown>)[field] = policy.values[field];
  }
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
  values.disabledRules = own.coach.disabledRules;
  return applyPolicy(settings, { values, locked: policy.locked }, 'locked');
}
