import { describe, expect, it } from 'vitest';
import { badgeText, evaluateBudget, extendDay, msUntilLevelChange, snoozeDay, SNOOZE_MS } from '@/lib/time/budget';
import { emptyDay } from '@/lib/time/usage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import type { DayUsage } from '@/lib/time/types';

const MIN = 60_000;
const NOW = Date.parse('2026-01-10T12:00:00Z');
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
    ['snoozed', day(31 * MIN, { snoozedUntil: NOW + 1 }), budget({ timesUp: 'soft-block' }), { level: 'over', minutesLeft: 0, canExtend: true, blocked: false }],
    // a snooze that ran out blocks again
    ['snooze over', day(31 * MIN, { snoozedUntil: NOW }), budget({ timesUp: 'soft-block' }), { level: 'over', minutesLeft: 0, canExtend: true, blocked: true }],
    // finish-this-post taken at 30 min: 2 of its 5 minutes used
    ['extra', day(32 * MIN, { extendedAtMs: 30 * MIN }), budget({ timesUp: 'soft-block' }), { level: 'extra', minutesLeft: 3, canExtend: false, blocked: false }],
    // the extra 5 minutes are used up: over for good, no second extension
    ['extra used', day(35 * MIN, { extendedAtMs: 30 * MIN }), budget(), { level: 'over', minutesLeft: 0, canExtend: false, blocked: false }],
    // a one-minute budget (the e2e setting)
    ['one minute', day(48_000), budget({ dailyMinutes: 1 }), { level: 'near', minutesLeft: 1, canExtend: true, blocked: false }],
    // a broken setting falls back to 30 minutes
    ['broken budget', day(0), budget({ dailyMinutes: Number.NaN }), { level: 'ok', minutesLeft: 30, canExtend: true, blocked: false }],
  ])('%s', (_name, usage, settings, expected) => {
    expect(evaluateBudget(usage, settings, NOW)).toMatchObject(expected);
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
    const snoozed = snoozeDay(day(31 * MIN), softBlock, NOW);
    expect(snoozed).toMatchObject({ snoozes: 1, snoozedUntil: NOW + SNOOZE_MS });
    // asking again during the snooze does not count twice
    expect(snoozeDay(snoozed, softBlock, NOW + 1000)).toBe(snoozed);
    // without the soft block there is nothing to snooze
    expect(snoozeDay(day(31 * MIN), budget(), NOW).snoozes).toBe(0);
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
    expect(badgeText(evaluateBudget(usage, budget(), NOW), show)).toBe(expected);
  });
});

describe('msUntilLevelChange', () => {
  it.each<[string, DayUsage, Settings['budget'], number | null]>([
    // the 80 % note comes first
    ['to near', day(20 * MIN), budget(), 4 * MIN],
    // without the note, time's up is next
    ['note off', day(20 * MIN), budget({ noteAt80: false }), 10 * MIN],
    // over, no extension: nothing changes any more today
    ['over', day(31 * MIN), budget(), null],
    // during the extra minutes, their end
    ['extra', day(32 * MIN, { extendedAtMs: 30 * MIN }), budget(), 3 * MIN],
    // a snooze ends: the soft block comes back
    ['snooze', day(31 * MIN, { snoozedUntil: NOW + 2 * MIN }), budget({ timesUp: 'soft-block' }), 2 * MIN],
  ])('%s', (_name, usage, settings, expected) => {
    expect(msUntilLevelChange(usage, settings, NOW)).toBe(expected);
  });
});
