import { describe, expect, it } from 'vitest';
import { badgeText, budgetTone, budgetUsedMs, evaluateBudget, extendDay, msUntilLevelChange, snoozeDay, turnBack } from '@/lib/time/budget';
import { applyCredits } from '@/lib/time/usage';
import { emptyDay } from '@/lib/time/usage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import type { DayUsage } from '@/lib/time/types';

const MIN = 60_000;
const budget = (overrides: Partial<Settings['budget']> = {}): Settings['budget'] => ({ ...DEFAULT_SETTINGS.budget, ...overrides });
const day = (activeMs: number, extra: Partial<DayUsage> = {}): DayUsage => ({ ...emptyDay(), activeMs, ...extra });

describe('evaluateBudget', () => {
  it.each<[string, DayUsage, Settings['budget'], { level: string; minutesLeft: number; canExtend: boolean; blocked: boolean }]>([
    // a fresh day: the whole half hour left
    ['fresh', day(0), budget(), { level: 'ok', minutesLeft: 30, canExtend: true, blocked: false }],
    // 23 min 59 s used: just under 80 %, a started minute still counts as left
    ['under 80 %', day(24 * MIN - 1000), budget(), { level: 'ok', minutesLeft: 7, canExtend: true, blocked: false }],
    // exactly 80 %: the gentle note
    ['80 %', day(24 * MIN), budget(), { level: 'near', minutesLeft: 6, canExtend: true, blocked: false }],
    // the user turned the 80 % note off
    ['80 % note off', day(25 * MIN), budget({ noteAt80: false }), { level: 'ok', minutesLeft: 5, canExtend: true, blocked: false }],
    // exactly 100 %: time's up, finish-this-post offered
    ['100 %', day(30 * MIN), budget(), { level: 'over', minutesLeft: 0, canExtend: true, blocked: false }],
    // over with the soft block on
    ['soft block', day(31 * MIN), budget({ timesUp: 'soft-block' }), { level: 'over', minutesLeft: 0, canExtend: true, blocked: true }],
    // snoozed: the block lifts until the snooze ends
    ['snoozed', day(31 * MIN, { snoozedUntilMs: 31 * MIN + 1 }), budget({ timesUp: 'soft-block' }), { level: 'over', minutesLeft: 0, canExtend: true, blocked: false }],
    // a snooze that ran out blocks again
    ['snooze over', day(31 * MIN, { snoozedUntilMs: 31 * MIN }), budget({ timesUp: 'soft-block' }), { level: 'over', minutesLeft: 0, canExtend: true, blocked: true }],
    // finish-this-post taken at 30 min: 2 of its 5 minutes used
    ['extra', day(32 * MIN, { extendedAtMs: 30 * MIN }), budget({ timesUp: 'soft-block' }), { level: 'extra', minutesLeft: 3, canExtend: false, blocked: false }],
    // the extra 5 minutes are used up: over for good, no second extension
    ['extra used', day(35 * MIN, { extendedAtMs: 30 * MIN }), budget(), { level: 'over', minutesLeft: 0, canExtend: false, blocked: false }],
    // a one-minute budget (the e2e setting)
    ['one minute', day(48_000), budget({ dailyMinutes: 1 }), { level: 'near', minutesLeft: 1, canExtend: true, blocked: false }],
    // a broken setting falls back to 30 minutes
    ['broken budget', day(0), budget({ dailyMinutes: Number.NaN }), { level: 'ok', minutesLeft: 30, canExtend: true, blocked: false }],
  ])('%s', (_name, usage, settings, expected) => {
    expect(evaluateBudget(usage, settings)).toMatchObject(expected);
  });
});

describe('extendDay', () => {
  it('gives five more minutes once, and only when over', () => {
    // before the budget is used up there is nothing to extend
    expect(extendDay(day(10 * MIN), budget())).toEqual(day(10 * MIN));
    const extended = extendDay(day(30 * MIN), budget());
    expect(extended.extendedAtMs).toBe(30 * MIN);
    // a second request the same day changes nothing
    expect(extendDay({ ...extended, activeMs: 36 * MIN }, budget()).extendedAtMs).toBe(30 * MIN);
  });
});

describe('snoozeDay', () => {
  const softBlock = budget({ timesUp: 'soft-block' });
  it('counts a snooze only while the block is in force', () => {
    const snoozed = snoozeDay(day(31 * MIN), softBlock);
    expect(snoozed).toMatchObject({ snoozes: 1, snoozedUntilMs: 36 * MIN });
    // asking again during the snooze does not count twice
    expect(snoozeDay({ ...snoozed, activeMs: 32 * MIN }, softBlock)).toEqual({ ...snoozed, activeMs: 32 * MIN });
    // without the soft block there is nothing to snooze
    expect(snoozeDay(day(31 * MIN), budget()).snoozes).toBe(0);
  });

  it('allows two snoozes a day by default, the second shorter, and none after', () => {
    const first = snoozeDay(day(31 * MIN), softBlock);
    expect(evaluateBudget({ ...first, activeMs: 36 * MIN }, softBlock)).toMatchObject({ blocked: true, snoozesLeft: 1, snoozeMinutes: 3 });
    const second = snoozeDay({ ...first, activeMs: 36 * MIN }, softBlock);
    expect(second).toMatchObject({ snoozes: 2, snoozedUntilMs: 39 * MIN });
    const spent = { ...second, activeMs: 39 * MIN };
    expect(evaluateBudget(spent, softBlock)).toMatchObject({ blocked: true, snoozesLeft: 0 });
    // a third asks in vain: nothing changes, the block stays
    expect(snoozeDay(spent, softBlock)).toBe(spent);
  });

  it('follows the number of snoozes the user allows, down to none', () => {
    expect(snoozeDay(day(31 * MIN), budget({ timesUp: 'soft-block', snoozesPerDay: 0 })).snoozes).toBe(0);
    let today = day(31 * MIN);
    const lengths: number[] = [];
    for (let i = 0; i < 5; i++) {
      const next = snoozeDay(today, budget({ timesUp: 'soft-block', snoozesPerDay: 5 }));
      lengths.push(((next.snoozedUntilMs ?? 0) - next.activeMs) / MIN);
      today = { ...next, activeMs: next.snoozedUntilMs ?? 0 };
    }
    expect(lengths).toEqual([5, 3, 2, 1, 1]);
  });

  it('lasts elapsed counted time, so setting the clock back does not stretch it (issue 11)', () => {
    // Snoozed at 12:00 with 31 minutes used. Then the system clock is set back an hour; the clock credits the
    // minutes the user spends from there (lib/time/clock starts afresh at the earlier time), six of them.
    const snoozed = snoozeDay(day(31 * MIN), softBlock);
    const sixMinutesLater = { ...snoozed, activeMs: 37 * MIN };
    // Whatever the wall clock says, five minutes of use have passed: the block is back.
    expect(evaluateBudget(sixMinutesLater, softBlock).blocked).toBe(true);
    // and not before: four minutes in, still lifted, at any wall-clock time
    expect(evaluateBudget({ ...snoozed, activeMs: 35 * MIN }, softBlock).blocked).toBe(false);
  });
});

describe('work writing', () => {
  const credit = (mode: 'work' | 'personal', activity: 'reading' | 'writing', ms: number) => ({ day: '2026-01-10', platform: 'linkedin' as const, mode, activity, ms });
  const usage = applyCredits({}, [credit('work', 'writing', 20 * MIN), credit('work', 'reading', 5 * MIN), credit('personal', 'reading', 10 * MIN)])['2026-01-10']!;

  it('counts toward the budget by default, like all social time', () => {
    expect(usage.workWritingMs).toBe(20 * MIN);
    expect(budgetUsedMs(usage, budget())).toBe(35 * MIN);
    expect(evaluateBudget(usage, budget())).toMatchObject({ level: 'over', usedMs: 35 * MIN });
    expect(evaluateBudget(usage, budget()).work).toBeUndefined();
  });

  it('with its own allowance, counts only beyond that allowance; reading in work mode still counts', () => {
    const own = budget({ workWriting: 'own', workMinutes: 15 });
    // 20 min work writing, 15 of them its own: 5 + 5 work reading + 10 personal = 20 counted
    expect(evaluateBudget(usage, own)).toMatchObject({ level: 'ok', usedMs: 20 * MIN, work: { usedMs: 20 * MIN, budgetMs: 15 * MIN } });
    expect(budgetUsedMs(usage, budget({ workWriting: 'own', workMinutes: 60 }))).toBe(15 * MIN);
  });
});

describe('a snooze during a work allowance', () => {
  // 40 minutes today, 10 of them writing in work mode under a 60-minute allowance: 30 count, the day's half hour is up
  const own = budget({ timesUp: 'soft-block', workWriting: 'own', workMinutes: 60 });
  const over = day(40 * MIN, { workWritingMs: 10 * MIN, byPlatform: { linkedin: 40 * MIN } });

  it('lasts its five minutes of time on the site, work writing under the allowance included, not five counted ones', () => {
    const snoozed = snoozeDay(over, own);
    expect(snoozed).toMatchObject({ snoozes: 1, snoozedUntilMs: 45 * MIN });
    // five minutes of work writing later: none of them counted toward the budget, yet the snooze is over
    const written = { ...snoozed, activeMs: 45 * MIN, workWritingMs: 15 * MIN };
    expect(evaluateBudget(written, own)).toMatchObject({ usedMs: 30 * MIN, blocked: true, reason: 'budget' });
    // four minutes in, still lifted
    expect(evaluateBudget({ ...written, activeMs: 44 * MIN, workWritingMs: 14 * MIN }, own).blocked).toBe(false);
    // and the next change is due when its active minutes run out, although counted time stands still
    expect(msUntilLevelChange({ ...snoozed, activeMs: 42 * MIN, workWritingMs: 12 * MIN }, own)).toBe(3 * MIN);
  });

  it('runs the same for a network\'s own limit, which counts work writing there too', () => {
    const limited = budget({ ...own, dailyMinutes: 120, siteMinutes: { ...DEFAULT_SETTINGS.budget.siteMinutes, linkedin: 40 } });
    const snoozed = snoozeDay(over, limited, { platform: 'linkedin' });
    expect(snoozed.snoozedUntilMs).toBe(45 * MIN);
    const written = { ...snoozed, activeMs: 45 * MIN, workWritingMs: 15 * MIN, byPlatform: { linkedin: 45 * MIN } };
    expect(evaluateBudget(written, limited, { platform: 'linkedin' })).toMatchObject({ blocked: true, reason: 'site' });
  });
});

describe('turnBack', () => {
  it('counts a visit the pause turned back and leaves the time alone', () => {
    expect(turnBack(turnBack(day(3 * MIN)))).toEqual({ ...day(3 * MIN), turnedBack: 2 });
  });
});

describe('budgetTone', () => {
  it.each<[string, DayUsage, Settings['budget'], string]>([
    ['under 80 %', day(23 * MIN), budget(), 'ok'],
    // amber from 80 %, with the note on or off
    ['80 %', day(24 * MIN), budget(), 'near'],
    ['80 %, note off', day(29 * MIN), budget({ noteAt80: false }), 'near'],
    ['over', day(30 * MIN), budget(), 'over'],
    ['extra minutes', day(31 * MIN, { extendedAtMs: 30 * MIN }), budget(), 'over'],
  ])('%s', (_name, usage, settings, expected) => {
    expect(budgetTone(evaluateBudget(usage, settings))).toBe(expected);
  });
});

describe('badgeText', () => {
  it.each([
    // minutes left while the badge is on
    [day(10 * MIN), true, '20'],
    // over budget shows 0, not a negative number
    [day(40 * MIN), true, '0'],
    // badge off: empty text clears it
    [day(10 * MIN), false, ''],
  ])('%#', (usage, show, expected) => {
    expect(badgeText(evaluateBudget(usage, budget()), show)).toBe(expected);
  });
});

describe('msUntilLevelChange', () => {
  it.each<[string, DayUsage, Settings['budget'], number | null]>([
    // the 80 % note comes first
    ['to near', day(20 * MIN), budget(), 4 * MIN],
    // without the note, the colour still changes at 80 %
    ['note off', day(20 * MIN), budget({ noteAt80: false }), 4 * MIN],
    ['past 80 %', day(25 * MIN), budget(), 5 * MIN],
    // over, no extension: nothing changes any more today
    ['over', day(31 * MIN), budget(), null],
    // during the extra minutes, their end
    ['extra', day(32 * MIN, { extendedAtMs: 30 * MIN }), budget(), 3 * MIN],
    // a snooze ends: the soft block comes back
    ['snooze', day(31 * MIN, { snoozedUntilMs: 33 * MIN }), budget({ timesUp: 'soft-block' }), 2 * MIN],
  ])('%s', (_name, usage, settings, expected) => {
    expect(msUntilLevelChange(usage, settings)).toBe(expected);
  });
});
