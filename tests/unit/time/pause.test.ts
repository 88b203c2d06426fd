import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { NO_PAUSE_MEMORY, normalizePauseMemory, pauseAnswered, pauseStep } from '@/lib/time/pause';
import type { OpenSegment } from '@/lib/time/types';

const MIN = 60_000;
const T = Date.parse('2026-01-10T12:00:00Z');
const on: Settings['budget'] = { ...DEFAULT_SETTINGS.budget, intentionPause: true };
const segment = (tabId: number, lastCheckpoint: number, extra: Partial<OpenSegment> = {}): OpenSegment => ({
  platform: 'x', mode: 'personal', activity: 'reading', tabId, windowId: 1, startedAt: lastCheckpoint, lastCheckpoint, ...extra,
});

describe('pauseStep', () => {
  it('stays away while the user has not chosen it', () => {
    expect(pauseStep(NO_PAUSE_MEMORY, null, segment(7, T), T, DEFAULT_SETTINGS.budget).arrivedTabId).toBeNull();
  });

  it('greets the first social visit, and a visit after 30 minutes away, not one after 29', () => {
    const first = pauseStep(NO_PAUSE_MEMORY, null, segment(7, T), T, on);
    expect(first).toEqual({ arrivedTabId: 7, memory: { lastSocialAt: T, pendingTabId: 7 } });
    // the user leaves at T + 1 min: the clock stops there
    const left = pauseStep({ lastSocialAt: T, pendingTabId: null }, segment(7, T), null, T + MIN, on).memory;
    expect(left.lastSocialAt).toBe(T + MIN);
    expect(pauseStep(left, null, segment(8, T + 30 * MIN), T + 30 * MIN, on).arrivedTabId).toBeNull();
    expect(pauseStep(left, null, segment(8, T + 31 * MIN), T + 31 * MIN, on).arrivedTabId).toBe(8);
  });

  it('never greets a move between social tabs or windows, or focus that comes straight back', () => {
    const memory = { lastSocialAt: T, pendingTabId: null };
    expect(pauseStep(memory, segment(7, T), segment(8, T + 1000), T + 1000, on).arrivedTabId).toBeNull();
    const blurred = segment(7, T, { unfocusedSince: T });
    expect(pauseStep(memory, blurred, segment(7, T + 500), T + 500, on).arrivedTabId).toBeNull();
  });

  it("greets a feed that was open while the machine slept, beyond the clock's capped gap", () => {
    const memory = { lastSocialAt: T, pendingTabId: null };
    // the clock ran at T and nothing happened for 40 minutes: only 70 s of that can have been seen
    expect(pauseStep(memory, segment(7, T), segment(7, T + 40 * MIN), T + 40 * MIN, on).arrivedTabId).toBe(7);
    // a checkpoint a minute later is no arrival
    expect(pauseStep(memory, segment(7, T), segment(7, T + MIN), T + MIN, on).arrivedTabId).toBeNull();
  });

  it('follows the chosen time away', () => {
    const memory = { lastSocialAt: T, pendingTabId: null };
    expect(pauseStep(memory, null, segment(7, T + 6 * MIN), T + 6 * MIN, { ...on, pauseAfterMinutes: 5 }).arrivedTabId).toBe(7);
  });
});

describe('pauseAnswered and normalizePauseMemory', () => {
  it('clears only the tab the pause waits in, and reads anything else as no memory', () => {
    const memory = { lastSocialAt: T, pendingTabId: 7 };
    expect(pauseAnswered(memory, 8)).toBe(memory);
    expect(pauseAnswered(memory, 7)).toEqual({ lastSocialAt: T, pendingTabId: null });
    expect(normalizePauseMemory('junk')).toEqual(NO_PAUSE_MEMORY);
    expect(normalizePauseMemory({ lastSocialAt: 'x', pendingTabId: 1.5 })).toEqual(NO_PAUSE_MEMORY);
  });
});
