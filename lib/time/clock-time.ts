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
