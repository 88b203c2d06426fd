/** A local time of day as the settings keep it: "HH:MM", 00:00 to 23:59. The one definition of that format. */
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/** Minutes after local midnight of an "HH:MM" time, or null when it is not one. */
export function minutesOfClockTime(value: unknown): number | null {
  const match = typeof value === 'string' ? CLOCK_TIME.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * A time of day as a person types it in a 24-hour field, as "HH:MM", or null when it is none: "22:00", "7:30", the
 * Dutch "22.00", "2200" and a bare hour ("7", "22") are read; "24:00", "7:5" and "10 PM" are not.
 */
export function clockTimeFromText(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim()) ?? /^(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const time = `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
  return isClockTime(time) ? time : null;
}
