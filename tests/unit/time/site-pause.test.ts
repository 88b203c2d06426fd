import { describe, expect, it } from 'vitest';
import { dayKey, fixedOffset } from '@/lib/time/day-key';
import { isSitePaused, readSitePauses, sitePauseEnds, withSitePause } from '@/lib/time/site-pause';

describe('site pauses', () => {
  it('pauses one site for today only: tomorrow the coach is back by itself', () => {
    const pauses = withSitePause({}, 'linkedin', '2026-12-07', true);
    expect(isSitePaused(pauses, 'linkedin', '2026-12-07')).toBe(true);
    expect(isSitePaused(pauses, 'x', '2026-12-07')).toBe(false);
    expect(isSitePaused(pauses, 'linkedin', '2026-12-08')).toBe(false);
  });

  it('resumes one site and keeps the others; earlier days’ pauses are dropped', () => {
    const stored = { linkedin: '2026-12-07', x: '2026-12-07', facebook: '2026-12-01' };
    expect(withSitePause(stored, 'linkedin', '2026-12-07', false)).toEqual({ x: '2026-12-07' });
  });

  it('reads anything storage holds as valid pauses: unknown sites, non-days and other shapes are left out', () => {
    expect(readSitePauses({ linkedin: '2026-12-07', myspace: '2026-12-07', x: 'tomorrow', bluesky: 20261207, threads: '2026-13-01' })).toEqual({
      linkedin: '2026-12-07',
    });
    for (const junk of [null, undefined, 'linkedin', ['linkedin'], 42]) expect(readSitePauses(junk)).toEqual({});
  });

  it('ends at the next local midnight, in the user’s zone', () => {
    const amsterdamWinter = fixedOffset(60);
    const ends = sitePauseEnds('2026-12-07', amsterdamWinter);
    expect(new Date(ends).toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(dayKey(ends - 1, amsterdamWinter)).toBe('2026-12-07');
    expect(dayKey(ends, amsterdamWinter)).toBe('2026-12-08');
  });
});
