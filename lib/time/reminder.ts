import { dayKey, instantOfLocalTime, shiftDayKey, type OffsetAt } from './day-key';

const MINUTE_MS = 60_000;

/** Minutes after local midnight of an 'HH:MM' time, or null when it is not one. */
export function parseReminderTime(value: unknown): number | null {
  const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The next moment after `now` the local clock shows `time` ("your social half hour", seed 000: "op een vast tijdstip"). */
export function nextReminderAt(now: number, time: string, offsetAt: OffsetAt): number | null {
  const minutes = parseReminderTime(time);
  if (minutes === null) return null;
  const today = dayKey(now, offsetAt);
  for (let days = 0; days <= 2; days++) {
    const localMs = Date.parse(`${shiftDayKey(today, days)}T00:00:00Z`) + minutes * MINUTE_MS;
    const at = instantOfLocalTime(localMs, offsetAt);
    if (at > now) return at;
  }
  return null;
}
