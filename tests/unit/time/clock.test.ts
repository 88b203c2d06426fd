import { describe, expect, it } from 'vitest';
import { advanceClock, DEFAULT_CLOCK, type Sighting } from '@/lib/time/clock';
import { fixedOffset } from '@/lib/time/day-key';
import type { OpenSegment } from '@/lib/time/types';

const utcZone = fixedOffset(0);
const T0 = Date.parse('2026-01-10T12:00:00Z');
const s = 1000;
const x = (tabId = 1, windowId = 1): Sighting => ({ kind: 'social', platform: 'x', mode: 'personal', activity: 'reading', tabId, windowId });
const segment = (overrides: Partial<OpenSegment> = {}): OpenSegment => ({
  platform: 'x', mode: 'personal', activity: 'reading', tabId: 1, windowId: 1, startedAt: T0, lastCheckpoint: T0, ...overrides,
});
const credited = (credits: { ms: number }[]) => credits.reduce((sum, credit) => sum + credit.ms, 0);

describe('advanceClock', () => {
  it.each<[string, OpenSegment | null, Sighting, number, number, Partial<OpenSegment> | null]>([
    // nothing open and a social tab seen: a clock starts, nothing is credited yet
    ['opens', null, x(), T0, 0, { startedAt: T0, lastCheckpoint: T0 }],
    // nothing open and another site: no clock
    ['stays closed', null, { kind: 'elsewhere' }, T0, 0, null],
    // same tab at a checkpoint: time since the last checkpoint is credited and the clock runs on
    ['checkpoint', segment(), x(), T0 + 60 * s, 60 * s, { startedAt: T0, lastCheckpoint: T0 + 60 * s }],
    // a gap longer than the cap (sleep, dead worker) credits only the cap
    ['caps a gap', segment(), x(), T0 + 3_600 * s, DEFAULT_CLOCK.gapCapMs, { lastCheckpoint: T0 + 3_600 * s }],
    // leaving for another site credits up to now and closes
    ['closes', segment(), { kind: 'elsewhere' }, T0 + 10 * s, 10 * s, null],
    // another social tab: credit the old one, start a new clock
    ['switches tab', segment(), x(2), T0 + 10 * s, 10 * s, { tabId: 2, startedAt: T0 + 10 * s }],
    // starting to write is a new segment, so reading and writing are split exactly
    ['starts writing', segment(), { ...x(), activity: 'writing' } as Sighting, T0 + 10 * s, 10 * s, { activity: 'writing', startedAt: T0 + 10 * s }],
    // losing focus pauses the clock at that moment
    ['pauses', segment(), { kind: 'unfocused' }, T0 + 10 * s, 10 * s, { unfocusedSince: T0 + 10 * s, lastCheckpoint: T0 + 10 * s }],
    // focus back within the blip window (a window switch): the blip counts, the clock runs on
    ['blip', segment({ unfocusedSince: T0, lastCheckpoint: T0 }), x(), T0 + 300, 300, { startedAt: T0, lastCheckpoint: T0 + 300 }],
    // a blip that lands on another social window moves the clock there, from the moment focus left
    ['blip to other window', segment({ unfocusedSince: T0 }), x(7, 2), T0 + 300, 300, { tabId: 7, windowId: 2, startedAt: T0 }],
    // focus back after a real absence: the old segment ended when focus left; a new one starts now
    ['returns', segment({ unfocusedSince: T0 }), x(), T0 + 30 * s, 0, { startedAt: T0 + 30 * s, lastCheckpoint: T0 + 30 * s }],
    // still no focus: keep waiting, credit nothing
    ['still away', segment({ unfocusedSince: T0 }), { kind: 'unfocused' }, T0 + 30 * s, 0, { unfocusedSince: T0 }],
    // idle while away: the segment is over
    ['idle while away', segment({ unfocusedSince: T0 }), { kind: 'elsewhere' }, T0 + 30 * s, 0, null],
    // the system clock went back: credit nothing, carry on from the new time
    ['clock back', segment({ unfocusedSince: T0 }), x(), T0 - 600 * s, 0, { startedAt: T0 - 600 * s, lastCheckpoint: T0 - 600 * s }],
  ])('%s', (_name, before, sighting, now, expectedMs, expected) => {
    const step = advanceClock(before, sighting, now, utcZone);
    expect(credited(step.credits)).toBe(expectedMs);
    if (expected === null) expect(step.segment).toBeNull();
    else expect(step.segment).toMatchObject(expected);
  });

  it('credits the clock it had, not the one it moves to', () => {
    // ten seconds on x in personal mode, then LinkedIn in work mode
    const step = advanceClock(segment(), { kind: 'social', platform: 'linkedin', mode: 'work', activity: 'reading', tabId: 2, windowId: 1 }, T0 + 10 * s, utcZone);
    expect(step.credits).toEqual([{ day: '2026-01-10', platform: 'x', mode: 'personal', activity: 'reading', ms: 10 * s }]);
  });

  it('splits a checkpoint that crosses midnight', () => {
    const late = Date.parse('2026-01-10T23:59:30Z');
    const step = advanceClock(segment({ startedAt: late, lastCheckpoint: late }), x(), late + 60 * s, utcZone);
    expect(step.credits.map(({ day, ms }) => [day, ms])).toEqual([['2026-01-10', 30 * s], ['2026-01-11', 30 * s]]);
  });
});
