import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { applyPolicy, keepOwnUnderLock, lockedSiteLimits, readPolicy, unlockedChanges } from '@/lib/settings/policy';
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
    const policy = readPolicy({ dailyMinutes: 0, timesUp: 'block', snoozesPerDay: 9, locked: ['dailyMinutes'] });
    expect(policy.values).toEqual({});
    expect(policy.locked.size).toBe(0);
    expect(policy.problems).toEqual([
      'dailyMinutes: 0 left out; expected a whole number of minutes from 1 to 1440',
      'timesUp: "block" left out; expected "note" or "soft-block"',
      'snoozesPerDay: 9 left out; expected a whole number from 0 to 5',
      'locked: dailyMinutes has no valid value in the policy, so nothing is locked for it',
    ]);
    expect(readPolicy('garbage').values).toEqual({});
    expect(readPolicy('garbage').problems).toEqual(['the policy is "garbage"; expected an object of settings']);
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

describe('an extension page whose policy read answers late', () => {
  /**
   * A busy browser: the first managed read takes 3 s (Debian's Chromium has taken 2.6 s). A watching page reads
   * settings once; returns what it read after 1.5 s and the budgets its watcher heard once the browser answered.
   */
  async function readWithSlowBrowser(): Promise<{ first: number; heard: number[] }> {
    vi.useFakeTimers();
    try {
      const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
      const slowGet = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
        ((keys?: never) => new Promise((resolve) => setTimeout(() => resolve(realGet(keys)), 3000))) as never,
      );
      const heard: number[] = [];
      const stop = settingsItem.watch((settings) => heard.push(settings.budget.dailyMinutes));
      const first = settingsItem.getValue();
      await vi.advanceTimersByTimeAsync(1500);
      const { dailyMinutes } = (await first).budget;
      slowGet.mockRestore();
      await vi.advanceTimersByTimeAsync(2000);
      stop();
      return { first: dailyMinutes, heard };
    } finally {
      vi.useRealTimers();
    }
  }

  it('reads no policy after 1.5 s, then tells the page\'s watchers the locked values once the browser answers', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    try {
      const { first, heard } = await readWithSlowBrowser();
      expect(first).toBe(DEFAULT_SETTINGS.budget.dailyMinutes);
      expect(heard).toContain(20);
    } finally {
      await fakeBrowser.storage.managed.clear();
    }
  });

  it('tells the watchers nothing when the late answer is no policy: an echo would re-render the page under typing', async () => {
    expect((await readWithSlowBrowser()).heard).toEqual([]);
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

describe('a policy with limits per network and quiet hours', () => {
  it('reads a limit for each network it names, leaves the others to the user, and locks only those it names', () => {
    const policy = readPolicy({ siteMinutes: { x: 10, facebook: 0 }, quietHours: { on: true, from: '22:00', to: '07:00' }, locked: ['siteMinutes', 'quietHours'] });
    expect(policy.values.siteMinutes).toEqual({ x: 10, facebook: 0 });
    expect(policy.values.quietHours).toEqual({ on: true, from: '22:00', to: '07:00' });
    expect([...policy.locked].sort()).toEqual(['quietHours', 'siteMinutes']);
    expect(policy.problems).toEqual([]);
    expect([...lockedSiteLimits(policy)].sort()).toEqual(['facebook', 'x']);
    // set but not locked: a starting point, no network is fixed
    expect(lockedSiteLimits(readPolicy({ siteMinutes: { x: 10 } })).size).toBe(0);
  });

  it.each([
    // a negative limit
    [{ siteMinutes: { x: -1 } }, 'siteMinutes.x: -1 left out; expected a whole number of minutes from 0 to 1440'],
    // more minutes than a day has
    [{ siteMinutes: { x: 1441 } }, 'siteMinutes.x: 1441 left out; expected a whole number of minutes from 0 to 1440'],
    // a string where a number goes (registry values are easy to get wrong this way)
    [{ siteMinutes: { x: '10' } }, 'siteMinutes.x: "10" left out; expected a whole number of minutes from 0 to 1440'],
    // a fraction
    [{ siteMinutes: { x: 2.5 } }, 'siteMinutes.x: 2.5 left out; expected a whole number of minutes from 0 to 1440'],
    // a network the extension does not know
    [{ siteMinutes: { myspace: 10 } }, 'siteMinutes.myspace: left out; not a network (x, linkedin, facebook, instagram, threads, bluesky, mastodon)'],
    // not a map at all
    [{ siteMinutes: 10 }, 'siteMinutes: 10 left out; expected an object of networks (x, linkedin, facebook, instagram, threads, bluesky, mastodon) to whole numbers of minutes from 0 to 1440'],
    // half of the quiet hours: no guessing at the other half
    [{ quietHours: { on: true, from: '22:00' } }, 'quietHours: {"on":true,"from":"22:00"} left out; expected an object with "on" (true or false) and "from" and "to" as local times "HH:MM" (00:00 to 23:59)'],
    // a time without its leading zero
    [{ quietHours: { on: true, from: '22:00', to: '7:00' } }, 'quietHours: {"on":true,"from":"22:00","to":"7:00"} left out; expected an object with "on" (true or false) and "from" and "to" as local times "HH:MM" (00:00 to 23:59)'],
    // a 12-hour time
    [{ quietHours: { on: true, from: '10:00 PM', to: '07:00' } }, 'quietHours: {"on":true,"from":"10:00 PM","to":"07:00"} left out; expected an object with "on" (true or false) and "from" and "to" as local times "HH:MM" (00:00 to 23:59)'],
    // on as a string
    [{ quietHours: { on: 'yes', from: '22:00', to: '07:00' } }, 'quietHours: {"on":"yes","from":"22:00","to":"07:00"} left out; expected an object with "on" (true or false) and "from" and "to" as local times "HH:MM" (00:00 to 23:59)'],
    // from equal to to would be quiet hours that never hold
    [{ quietHours: { on: true, from: '22:00', to: '22:00' } }, 'quietHours: from and to are both 22:00, which is no quiet hours at all; left out'],
    // a lock on a field the policy has no such thing as
    [{ dailyMinutes: 20, locked: ['dailyMinutes', 'siteLimits'] }, 'locked: "siteLimits" is not a setting the policy can lock; left out'],
    // a misspelt field
    [{ quietHour: { on: true, from: '22:00', to: '07:00' } }, 'quietHour: not a setting of the policy; left out'],
  ])('leaves out %j and says why', (raw, problem) => {
    const policy = readPolicy(raw);
    expect(policy.values.siteMinutes).toBeUndefined();
    expect(policy.values.quietHours).toBeUndefined();
    expect(policy.problems).toEqual([problem]);
  });

  it('keeps the networks that are right when one is wrong', () => {
    const policy = readPolicy({ siteMinutes: { x: 10, linkedin: -5 }, locked: ['siteMinutes'] });
    expect(policy.values.siteMinutes).toEqual({ x: 10 });
    expect([...lockedSiteLimits(policy)]).toEqual(['x']);
    expect(policy.problems).toEqual(['siteMinutes.linkedin: -5 left out; expected a whole number of minutes from 0 to 1440']);
  });

  it('never throws, whatever managed storage holds', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const raw of [null, 0, [], [1], { siteMinutes: null }, { quietHours: [] }, { siteMinutes: cyclic }, { quietHours: cyclic }, { locked: 'all' }, { locked: [null, {}] }, Object.create(null)]) {
      expect(() => readPolicy(raw)).not.toThrow();
      expect(readPolicy(raw).locked.size).toBe(0);
    }
  });

  it('puts locked limits and quiet hours in force over the user\'s own, and keeps theirs underneath', () => {
    const policy = readPolicy({ siteMinutes: { x: 10 }, quietHours: { on: true, from: '21:00', to: '06:00' }, locked: ['siteMinutes', 'quietHours'] });
    const own = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, siteMinutes: { ...DEFAULT_SETTINGS.budget.siteMinutes, x: 25, linkedin: 15 } } };
    const inForce = applyPolicy(own, policy, 'locked');
    expect(inForce.budget.siteMinutes).toMatchObject({ x: 10, linkedin: 15 });
    expect(inForce.budget.quietHours).toEqual({ on: true, from: '21:00', to: '06:00' });
    // the user changes LinkedIn's limit under the lock: that stays; X and the quiet hours go back to their own
    const edited = { ...inForce, budget: { ...inForce.budget, siteMinutes: { ...inForce.budget.siteMinutes, linkedin: 5 } } };
    const written = keepOwnUnderLock(edited, own, policy);
    expect(written.budget.siteMinutes).toMatchObject({ x: 25, linkedin: 5 });
    expect(written.budget.quietHours).toEqual(DEFAULT_SETTINGS.budget.quietHours);
  });

  it('offers unlocked limits and quiet hours once, as a starting point', () => {
    const policy = readPolicy({ siteMinutes: { instagram: 15 }, quietHours: { on: true, from: '22:00', to: '07:00' } });
    const { values } = unlockedChanges(policy, {});
    const started = applyPolicy(DEFAULT_SETTINGS, { values, locked: new Set() }, 'all');
    expect(started.budget.siteMinutes).toEqual({ ...DEFAULT_SETTINGS.budget.siteMinutes, instagram: 15 });
    expect(started.budget.quietHours).toEqual({ on: true, from: '22:00', to: '07:00' });
  });
});
