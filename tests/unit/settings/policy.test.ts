import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { applyPolicy, keepOwnUnderLock, readPolicy, unlockedChanges } from '@/lib/settings/policy';
import { policyItem, settingsItem } from '@/lib/storage';

const POLICY = {
  dailyMinutes: 20,
  timesUp: 'soft-block',
  intentionPause: true,
  platformModes: { linkedin: 'work', x: 'personal', myspace: 'work' },
  disabledRules: ['hashtag-camelcase'],
  locked: ['dailyMinutes', 'intentionPause', 'platformModes', 'workMinutes', 'nonsense'],
};

describe('readPolicy', () => {
  it('takes the values that fit exactly, and locks only what it also sets', () => {
    const policy = readPolicy(POLICY);
    expect(policy.values).toEqual({
      dailyMinutes: 20, timesUp: 'soft-block', intentionPause: true, platformModes: { linkedin: 'work', x: 'personal' }, disabledRules: ['hashtag-camelcase'],
    });
    // workMinutes is locked without a value: nothing to lock; 'nonsense' is no setting
    expect([...policy.locked].sort()).toEqual(['dailyMinutes', 'intentionPause', 'platformModes']);
  });

  it('leaves a wrong value out rather than repairing it into something the organisation did not say', () => {
    expect(readPolicy({ dailyMinutes: 0, timesUp: 'block', snoozesPerDay: 9, locked: ['dailyMinutes'] })).toEqual({ values: {}, locked: new Set() });
    expect(readPolicy('garbage').values).toEqual({});
  });
});

describe('applyPolicy', () => {
  const policy = readPolicy(POLICY);
  it('puts the locked values in force over the user\'s own, and leaves the rest', () => {
    const own = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45, timesUp: 'note' as const } };
    const applied = applyPolicy(own, policy, 'locked');
    expect(applied.budget).toMatchObject({ dailyMinutes: 20, intentionPause: true, timesUp: 'note' });
    expect(applied.platformModes.linkedin).toBe('work');
    expect(applied.coach.disabledRules).toEqual([]);
    expect(applyPolicy(own, policy, 'all').budget.timesUp).toBe('soft-block');
  });
});

describe('unlockedChanges', () => {
  it('offers each unlocked value once, and again only when the organisation changes it', () => {
    const policy = readPolicy(POLICY);
    const first = unlockedChanges(policy, {});
    expect(first.values).toEqual({ timesUp: 'soft-block', disabledRules: ['hashtag-camelcase'] });
    expect(unlockedChanges(policy, first.applied).values).toEqual({});
    expect(unlockedChanges(readPolicy({ ...POLICY, timesUp: 'note' }), first.applied).values).toEqual({ timesUp: 'note' });
  });
});

describe('settingsItem with a policy in managed storage', () => {
  it('reads the locked budget; the user\'s own comes back when the policy goes', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 } });
    await fakeBrowser.storage.managed.set(POLICY);
    expect((await policyItem.getValue()).locked.has('dailyMinutes')).toBe(true);
    expect((await settingsItem.getValue()).budget.dailyMinutes).toBe(20);
    // what the user set stays theirs underneath
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS).budget.dailyMinutes).toBe(45);
    await fakeBrowser.storage.managed.clear();
    expect((await settingsItem.getValue()).budget.dailyMinutes).toBe(45);
  });
});

describe('keepOwnUnderLock', () => {
  it('puts the user\'s own value back in every locked field and keeps every other change', () => {
    const policy = readPolicy(POLICY);
    const own = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 }, platformModes: { ...DEFAULT_SETTINGS.platformModes, linkedin: 'personal' as const } };
    const inForce = applyPolicy(own, policy, 'locked');
    const edited = { ...inForce, budget: { ...inForce.budget, timesUp: 'soft-block' as const }, platformModes: { ...inForce.platformModes, facebook: 'work' as const } };
    const written = keepOwnUnderLock(edited, own, policy);
    expect(written.budget.dailyMinutes).toBe(45);
    expect(written.budget.intentionPause).toBe(own.budget.intentionPause);
    expect(written.platformModes.linkedin).toBe('personal');
    expect(written.budget.timesUp).toBe('soft-block');
    expect(written.platformModes.facebook).toBe('work');
    expect(written.coach.disabledRules).toEqual(edited.coach.disabledRules);
  });
});

describe('settingsItem writes under a lock', () => {
  it('stores the user\'s own value for a locked field, never the organisation\'s', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 } });
    await fakeBrowser.storage.managed.set(POLICY);
    const inForce = await settingsItem.getValue();
    await settingsItem.setValue({ ...inForce, budget: { ...inForce.budget, showBadge: false } });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS;
    expect(stored.budget.dailyMinutes).toBe(45);
    expect(stored.budget.showBadge).toBe(false);
    await fakeBrowser.storage.managed.clear();
  });
});
