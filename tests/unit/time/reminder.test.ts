import { describe, expect, it } from 'vitest';
import { fixedOffset, type OffsetAt } from '@/lib/time/day-key';
import { nextReminderAt } from '@/lib/time/reminder';

const utc = (iso: string) => Date.parse(iso);
const fallBack: OffsetAt = (ts) => (ts < utc('2026-10-25T01:00:00Z') ? 120 : 60);

describe('nextReminderAt', () => {
  it.each<[string, number, string, OffsetAt, number | null]>([
    // later today
    ['today', utc('2026-01-10T12:00:00Z'), '20:00', fixedOffset(60), utc('2026-01-10T19:00:00Z')],
    // already past today: tomorrow
    ['tomorrow', utc('2026-01-10T20:00:00Z'), '20:00', fixedOffset(60), utc('2026-01-11T19:00:00Z')],
    // exactly now is not "next": the alarm that just fired must not fire again
    ['now', utc('2026-01-10T19:00:00Z'), '20:00', fixedOffset(60), utc('2026-01-11T19:00:00Z')],
    // across the autumn change 20:00 local moves from 18:00 to 19:00 UTC
    ['after DST', utc('2026-10-24T19:00:00Z'), '20:00', fallBack, utc('2026-10-25T19:00:00Z')],
    // not a time
    ['bad time', utc('2026-01-10T12:00:00Z'), '25:00', fixedOffset(0), null],
  ])('%s', (_name, now, time, zone, expected) => {
    expect(nextReminderAt(now, time, zone)).toBe(expected);
  });
});
