import { describe, expect, it } from 'vitest';
import { fixedOffset } from '@/lib/time/day-key';
import { isAtFixedTime } from '@/lib/week/fixed-time';

const at = (iso: string) => Date.parse(iso);

describe('isAtFixedTime', () => {
  it.each<[string, string, string | null, number, boolean]>([
    // in the half hour, Amsterdam winter time (UTC+1): 12:10 local
    ['inside', '2026-12-02T11:10:00Z', '12:00', 60, true],
    // ten minutes early still counts as starting the half hour
    ['just before', '2026-12-02T10:51:00Z', '12:00', 60, true],
    ['too early', '2026-12-02T10:45:00Z', '12:00', 60, false],
    // 12:30 local is past the half hour
    ['after', '2026-12-02T11:30:00Z', '12:00', 60, false],
    // a half hour that crosses midnight
    ['across midnight', '2026-12-02T23:05:00Z', '23:45', 60, true],
    // no fixed time chosen
    ['none', '2026-12-02T11:10:00Z', null, 60, false],
    // a damaged setting is no fixed time
    ['damaged', '2026-12-02T11:10:00Z', '25:00', 60, false],
  ])('%s', (_name, instant, fixedTime, offset, expected) => {
    expect(isAtFixedTime(at(instant), fixedTime, fixedOffset(offset))).toBe(expected);
  });
});
