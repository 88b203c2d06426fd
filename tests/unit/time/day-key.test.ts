import { describe, expect, it } from 'vitest';
import { dayKey, endOfLocalStretch, fixedOffset, instantOfLocalTime, shiftDayKey, splitByLocalDay, type OffsetAt } from '@/lib/time/day-key';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);
/** Amsterdam around the 2026 spring change: +1 h until 01:00 UTC on 29 March, +2 h after. */
const springForward: OffsetAt = (ts) => (ts < utc('2026-03-29T01:00:00Z') ? 60 : 120);
/** Amsterdam around the 2026 autumn change: +2 h until 01:00 UTC on 25 October, +1 h after. */
const fallBack: OffsetAt = (ts) => (ts < utc('2026-10-25T01:00:00Z') ? 120 : 60);
/** A traveller flying from Amsterdam (+1) to New York (-5) at 23:30 UTC on 10 January. */
const westward: OffsetAt = (ts) => (ts < utc('2026-01-10T23:30:00Z') ? 60 : -300);

describe('dayKey', () => {
  it.each([
    // 23:30 UTC is already tomorrow in Amsterdam
    [utc('2026-01-10T23:30:00Z'), fixedOffset(60), '2026-01-11'],
    // and still today in New York
    [utc('2026-01-10T23:30:00Z'), fixedOffset(-300), '2026-01-10'],
    // a zone function that returns nonsense is read as UTC rather than crashing
    [utc('2026-01-10T23:30:00Z'), () => Number.NaN, '2026-01-10'],
  ])('%s with the given zone is %s', (ts, zone, expected) => {
    expect(dayKey(ts, zone)).toBe(expected);
  });
});

describe('shiftDayKey', () => {
  it.each([
    // across a month end
    ['2026-01-31', 1, '2026-02-01'],
    // across a leap day
    ['2028-03-01', -1, '2028-02-29'],
    // ninety days back crosses a year end
    ['2026-03-01', -89, '2025-12-02'],
  ])('%s %+d days is %s', (key, days, expected) => {
    expect(shiftDayKey(key, days)).toBe(expected);
  });
});

describe('splitByLocalDay', () => {
  it.each([
    // a segment within one day stays whole
    ['one day', utc('2026-01-10T10:00:00Z'), utc('2026-01-10T11:00:00Z'), fixedOffset(60), { '2026-01-10': H }],
    // 22:30–01:30 local splits at local midnight, 23:00 UTC
    ['midnight', utc('2026-01-10T21:30:00Z'), utc('2026-01-11T00:30:00Z'), fixedOffset(60), { '2026-01-10': 1.5 * H, '2026-01-11': 1.5 * H }],
    // the spring day has 23 hours; 22:00 on the 28th to 04:00 on the 29th is 5 real hours, 2 before midnight
    ['spring forward', utc('2026-03-28T21:00:00Z'), utc('2026-03-29T02:00:00Z'), springForward, { '2026-03-28': 2 * H, '2026-03-29': 3 * H }],
    // the autumn day has 25 hours: 00:00–04:00 local is 5 real hours, all on the 25th
    ['fall back', utc('2026-10-24T22:00:00Z'), utc('2026-10-25T03:00:00Z'), fallBack, { '2026-10-25': 5 * H }],
    // flying west at 00:30 local: the day goes back to the 10th; time is credited where the clock says, none lost
    ['zone change', utc('2026-01-10T23:00:00Z'), utc('2026-01-11T00:00:00Z'), westward, { '2026-01-11': 0.5 * H, '2026-01-10': 0.5 * H }],
  ])('%s', (_name, from, to, zone, expected) => {
    const pieces = splitByLocalDay(from, to, zone);
    const byDay: Record<string, number> = {};
    for (const { day, ms } of pieces) byDay[day] = (byDay[day] ?? 0) + ms;
    expect(byDay).toEqual(expected);
    expect(pieces.reduce((sum, piece) => sum + piece.ms, 0)).toBe(to - from);
  });

  it('returns nothing for an empty or reversed span', () => {
    // a zero-length step must not create a day entry
    expect(splitByLocalDay(5, 5, fixedOffset(0))).toEqual([]);
    expect(splitByLocalDay(9, 5, fixedOffset(0))).toEqual([]);
  });
});

describe('endOfLocalStretch', () => {
  it('stops at an offset change before midnight', () => {
    // the DST jump at 01:00 UTC comes before the next local midnight
    expect(endOfLocalStretch(utc('2026-03-29T00:00:00Z'), springForward)).toBe(utc('2026-03-29T01:00:00Z'));
  });
});

describe('instantOfLocalTime', () => {
  it.each([
    // 20:00 local in summer time is 18:00 UTC
    [Date.parse('2026-07-01T20:00:00Z'), () => 120, utc('2026-07-01T18:00:00Z')],
    // 21:00 local on the fall-back day, after the change, is 20:00 UTC
    [Date.parse('2026-10-25T21:00:00Z'), fallBack, utc('2026-10-25T20:00:00Z')],
  ])('local %s', (localMs, zone, expected) => {
    expect(instantOfLocalTime(localMs, zone)).toBe(expected);
  });
});
