import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, NO_SITE_LIMITS, type Settings } from '@/lib/settings/defaults';
import { evaluateBudget, msUntilLevelChange, snoozeDay } from '@/lib/time/budget';
import { clockTimeFromText, isClockTime, minutesOfClockTime } from '@/lib/time/clock-time';
import { fixedOffset, type OffsetAt } from '@/lib/time/day-key';
import { inQuietHours, msUntilQuietChange, siteLimitMsOf } from '@/lib/time/limits';
import { emptyDay } from '@/lib/time/usage';
import type { DayUsage } from '@/lib/time/types';

const MIN = 60_000;
const utc = (iso: string) => Date.parse(iso);
const budget = (overrides: Partial<Settings['budget']> = {}): Settings['budget'] => ({ ...DEFAULT_SETTINGS.budget, ...overrides });
const quiet = (from: string, to: string) => ({ on: true, from, to });
const onX = (xMs: number, otherMs = 0): DayUsage => ({ ...emptyDay(), activeMs: xMs + otherMs, byPlatform: { x: xMs, linkedin: otherMs } });
const amsterdam = fixedOffset(60);

describe('the HH:MM helper', () => {
  it.each([
    ['00:00', 0],
    ['07:05', 425],
    ['23:59', 1439],
    ['24:00', null],
    ['7:05', null],
    ['12:60', null],
    [' 12:00', null],
    [1200, null],
  ])('%s → %s minutes', (value, minutes) => {
    expect(minutesOfClockTime(value)).toBe(minutes);
    expect(isClockTime(value)).toBe(minutes !== null);
  });
});

describe('a 24-hour time as typed (the Dutch time fields)', () => {
  it.each([
    // as the settings keep it
    ['22:00', '22:00'],
    // the hour without its leading zero
    ['7:30', '07:30'],
    // the Dutch way of writing a time
    ['22.00', '22:00'],
    // four digits, no separator
    ['2200', '22:00'],
    // a bare hour is on the hour
    ['7', '07:00'],
    ['23', '23:00'],
    // spaces around are forgiven
    [' 06:15 ', '06:15'],
    // past the day's end
    ['24:00', null],
    ['25', null],
    // minutes need two digits
    ['7:5', null],
    ['12:60', null],
    // a 12-hour time is not read as anything
    ['10 PM', null],
    ['10:00 PM', null],
    ['', null],
    ['ab:cd', null],
  ])('%j → %s', (text, time) => {
    expect(clockTimeFromText(text)).toBe(time);
    if (time !== null) expect(isClockTime(time)).toBe(true);
  });
});

describe('per-site limits inside the daily budget', () => {
  it('has none unless the user set one', () => {
    expect(siteLimitMsOf(budget(), 'x')).toBe(0);
    expect(siteLimitMsOf(budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 } }), 'x')).toBe(10 * MIN);
    expect(siteLimitMsOf(budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 } }), 'linkedin')).toBe(0);
  });

  it('blocks that network once its own minutes are used, whatever the daily budget says, and only that network', () => {
    const limits = budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 }, timesUp: 'note' });
    expect(evaluateBudget(onX(9 * MIN), limits, { platform: 'x' }).blocked).toBe(false);
    const reached = evaluateBudget(onX(10 * MIN), limits, { platform: 'x' });
    expect(reached).toMatchObject({ blocked: true, reason: 'site', level: 'ok', site: { platform: 'x', usedMs: 10 * MIN, limitMs: 10 * MIN } });
    expect(evaluateBudget(onX(10 * MIN), limits, { platform: 'linkedin' }).blocked).toBe(false);
    // without a network, as the badge asks: the day's budget only
    expect(evaluateBudget(onX(10 * MIN), limits).blocked).toBe(false);
  });

  it('counts only that network: time elsewhere does not bring its limit closer', () => {
    const limits = budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 } });
    expect(evaluateBudget(onX(5 * MIN, 20 * MIN), limits, { platform: 'x' }).blocked).toBe(false);
  });

  it('can be snoozed like the daily block, within the same cap', () => {
    const limits = budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 }, snoozesPerDay: 1 });
    const snoozed = snoozeDay(onX(10 * MIN), limits, { platform: 'x' });
    expect(snoozed.snoozes).toBe(1);
    expect(evaluateBudget(snoozed, limits, { platform: 'x' }).blocked).toBe(false);
    const later = { ...snoozed, activeMs: snoozed.activeMs + 5 * MIN, byPlatform: { x: 15 * MIN } };
    expect(evaluateBudget(later, limits, { platform: 'x' }).blocked).toBe(true);
    expect(snoozeDay(later, limits, { platform: 'x' })).toBe(later);
  });

  it('tells the background when the network reaches its limit', () => {
    const limits = budget({ siteMinutes: { ...NO_SITE_LIMITS, x: 10 } });
    expect(msUntilLevelChange(onX(7 * MIN), limits, { platform: 'x' })).toBe(3 * MIN);
    expect(msUntilLevelChange(onX(7 * MIN), limits, { platform: 'linkedin' })).toBe(30 * MIN * 0.8 - 7 * MIN);
  });
});

describe('quiet hours', () => {
  it.each<[string, string, string, boolean]>([
    ['22:00', '07:00', '2026-01-10T21:30:00Z', true], // 22:30 local
    ['22:00', '07:00', '2026-01-10T20:59:00Z', false], // 21:59
    ['22:00', '07:00', '2026-01-10T21:00:00Z', true], // 22:00 begins
    ['22:00', '07:00', '2026-01-11T05:59:00Z', true], // 06:59
    ['22:00', '07:00', '2026-01-11T06:00:00Z', false], // 07:00 ends
    ['09:00', '17:00', '2026-01-10T11:00:00Z', true], // 12:00, not across midnight
    ['09:00', '17:00', '2026-01-10T17:00:00Z', false], // 18:00
    ['09:00', '09:00', '2026-01-10T08:00:00Z', false], // empty
  ])('%s–%s at %s: %s', (from, to, at, expected) => {
    expect(inQuietHours(utc(at), quiet(from, to), amsterdam)).toBe(expected);
  });

  it('are off unless switched on, and a broken time is no quiet hours', () => {
    expect(inQuietHours(utc('2026-01-10T21:30:00Z'), { on: false, from: '22:00', to: '07:00' }, amsterdam)).toBe(false);
    expect(inQuietHours(utc('2026-01-10T21:30:00Z'), quiet('22:00', '7:00'), amsterdam)).toBe(false);
  });

  it('block every network and say until when, whatever the budget', () => {
    const view = evaluateBudget(emptyDay(), budget({ quietHours: quiet('22:00', '07:00') }), { platform: 'linkedin', now: utc('2026-01-10T23:00:00Z'), offsetAt: amsterdam });
    expect(view).toMatchObject({ blocked: true, reason: 'quiet', quietUntil: '07:00', level: 'ok' });
  });

  it('go first when the budget is spent as well: they say until when', () => {
    const view = evaluateBudget({ ...emptyDay(), activeMs: 40 * MIN }, budget({ timesUp: 'soft-block', quietHours: quiet('22:00', '07:00') }), {
      now: utc('2026-01-10T23:00:00Z'),
      offsetAt: amsterdam,
    });
    expect(view.reason).toBe('quiet');
  });

  it('wake the background exactly when they start and end', () => {
    const hours = quiet('22:00', '07:00');
    expect(msUntilQuietChange(utc('2026-01-10T20:30:00Z'), hours, amsterdam)).toBe(30 * MIN);
    expect(msUntilQuietChange(utc('2026-01-11T05:00:00Z'), hours, amsterdam)).toBe(60 * MIN);
    expect(msUntilQuietChange(utc('2026-01-10T21:00:00Z'), hours, amsterdam)).toBe(9 * 60 * MIN);
    expect(msUntilQuietChange(utc('2026-01-10T21:00:00Z'), { ...hours, on: false }, amsterdam)).toBeNull();
  });

  it('property: the wait until the next change never skips one, in any time zone', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(time, time, fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), fc.integer({ min: -48, max: 56 }), (from, to, minute, quarters) => {
        const offsetAt: OffsetAt = fixedOffset(quarters * 15);
        const hours = quiet(from, to);
        const now = utc('2026-01-01T00:00:00Z') + minute * MIN;
        const wait = msUntilQuietChange(now, hours, offsetAt);
        if (from === to) return wait === null && !inQuietHours(now, hours, offsetAt);
        if (wait === null || wait <= 0 || wait > 24 * 60 * MIN) return false;
        // the same state throughout the wait, a change at its end
        const state = inQuietHours(now, hours, offsetAt);
        for (let t = now; t < now + wait; t += MIN) if (inQuietHours(t, hours, offsetAt) !== state) return false;
        return inQuietHours(now + wait, hours, offsetAt) !== state;
      }),
      { numRuns: 300 },
    );
  });
});
