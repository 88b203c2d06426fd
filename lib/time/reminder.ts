import { minutesOfClockTime } from './clock-time';
import { dayKey, instantOfLocalTime, shiftDayKey, type OffsetAt } from './day-key';

const MINUTE_MS = 60_000;


/** The next moment after `now` the local clock shows `time` ("your social half hour", seed 000: "op een vast tijdstip"). */
export function nextReminderAt(now: number, time: string, offsetAt: OffsetAt): number | null {
  const minutes = minutesOfClockTime(time);
  if (minutes === null) return null;
  const today = dayKey(now, offsetAt);
  for (let days = 0; days <= 2; days++) {
    const localMs = Date.parse(`${shiftDayKey(today, days)}T00:00:00Z`) + minutes * MINUTE_MS;
    const at = instantOfLocalTime(localMs, offsetAt);
    if (at > now) return at;
  }
  return null;
}
