import { describe, expect, it } from 'vitest';
import { applyCredits, emptyDay, normalizeHistory, pruneHistory } from '@/lib/time/usage';

describe('applyCredits', () => {
  it('adds each credit to its day, platform, mode and activity', () => {
    const history = applyCredits({}, [
      { day: '2026-01-10', platform: 'x', mode: 'personal', activity: 'reading', ms: 1000 },
      { day: '2026-01-10', platform: 'linkedin', mode: 'work', activity: 'writing', ms: 500 },
      { day: '2026-01-11', platform: 'x', mode: 'personal', activity: 'reading', ms: 250 },
    ]);
    expect(history['2026-01-10']).toEqual({
      activeMs: 1500, byPlatform: { x: 1000, linkedin: 500 }, byMode: { work: 500, personal: 1000 }, byActivity: { reading: 1000, writing: 500 },
      // the linkedin half second was writing in work mode
      workWritingMs: 500, snoozes: 0, turnedBack: 0,
    });
    expect(history['2026-01-11']?.activeMs).toBe(250);
  });

  it('keeps the snoozes and extension of a day it adds to', () => {
    // the budget state of a day must survive the checkpoints
    const history = applyCredits({ '2026-01-10': { ...emptyDay(), snoozes: 2, extendedAtMs: 5 } }, [
      { day: '2026-01-10', platform: 'x', mode: 'personal', activity: 'reading', ms: 1 },
    ]);
    expect(history['2026-01-10']).toMatchObject({ snoozes: 2, extendedAtMs: 5, activeMs: 1 });
  });
});

describe('normalizeDay', () => {
  it('drops an old wall-clock snooze and never lets work writing exceed the work or writing time', () => {
    const raw = { '2026-01-10': { activeMs: 10, byMode: { work: 4, personal: 6 }, byActivity: { reading: 7, writing: 3 }, workWritingMs: 9, snoozedUntil: 1e13, snoozedUntilMs: 8, turnedBack: 2 } };
    const day = normalizeHistory(raw)['2026-01-10'];
    expect(day).toMatchObject({ workWritingMs: 3, snoozedUntilMs: 8, turnedBack: 2 });
    expect(day).not.toHaveProperty('snoozedUntil');
  });
});

describe('normalizeHistory', () => {
  it.each([
    // not an object at all
    ['a string', 'garbage', {}],
    // a bad key is dropped, bad numbers become zero
    ['bad fields', { nope: 1, '2026-01-10': { activeMs: -5, byPlatform: { x: 'a', myspace: 3, threads: 7 }, byMode: null, snoozes: Infinity } },
      { '2026-01-10': { ...emptyDay(), byPlatform: { threads: 7 } } }],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeHistory(raw)).toEqual(expected);
  });
});

describe('pruneHistory', () => {
  it('keeps today and the 89 days before, drops older ones', () => {
    const history = { '2026-03-31': 1, '2026-01-01': 2, '2026-01-02': 3, '2025-12-31': 4, '2026-04-01': 5 };
    // 2026-01-01 is the 90th day counting back from 2026-03-31; a day ahead (clock change) is kept
    expect(pruneHistory(history, '2026-03-31')).toEqual({ '2026-03-31': 1, '2026-01-01': 2, '2026-01-02': 3, '2026-04-01': 5 });
  });
});
