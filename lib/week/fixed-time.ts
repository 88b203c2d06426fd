import { minutesOfClockTime } from '../time/clock-time';
import type { OffsetAt } from '../time/day-key';

/** The seed's half hour (000 k5: "Blok er een half uur per dag voor"), with a little room to start early. */
const BEFORE_MS = 10 * 60_000;
const AFTER_MS = 30 * 60_000;
const DAY_MS = 86_400_000;

/** Whether an instant falls in the user's fixed half hour ("HH:MM", local time) of its day. */
export function isAtFixedTime(at: number, fixedTime: string | null, offsetAt: OffsetAt): boolean {
  const minutes = minutesOfClockTime(fixedTime);
  if (minutes === null) return false;
  const offsetMinutes = offsetAt(at);
  const local = at + (Number.isFinite(offsetMinutes) ? offsetMinutes : 0) * 60_000;
  const sinceMidnight = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  const start = minutes * 60_000;
  // The window may cross midnight (a fixed time of 23:45 or 00:05): compare on the circle of the day.
  const after = (sinceMidnight - start + DAY_MS) % DAY_MS;
  return after < AFTER_MS || DAY_MS - after <= BEFORE_MS;
}
