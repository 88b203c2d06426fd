import type { DayKey } from './types';

/** Local time offset from UTC in minutes at an instant (Amsterdam in summer: 120). Injected so tests can move zones. */
export type OffsetAt = (ts: number) => number;

/** The zone this JS context runs in, DST included. */
export const systemOffset: OffsetAt = (ts) => -new Date(ts).getTimezoneOffset();

/** A fixed offset, for tests and for zones without DST. */
export const fixedOffset =
  (minutes: number): OffsetAt =>
  () =>
    minutes;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A broken zone function must not crash the accounting: treat its nonsense as UTC. */
function offsetMsAt(ts: number, offsetAt: OffsetAt): number {
  const minutes = offsetAt(ts);
  return Number.isFinite(minutes) ? minutes * MINUTE_MS : 0;
}

/** The local calendar day of an instant, 'YYYY-MM-DD'. */
export function dayKey(ts: number, offsetAt: OffsetAt = systemOffset): DayKey {
  return new Date(ts + offsetMsAt(ts, offsetAt)).toISOString().slice(0, 10);
}

/** The day key `days` calendar days after (or before, when negative) `key`. */
export function shiftDayKey(key: DayKey, days: number): DayKey {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Zone changes (DST, travel, a new system setting) are assumed at least this far apart. */
const OFFSET_SAMPLE_MS = 15 * MINUTE_MS;

/** First instant in (from, to] whose offset differs from the offset at `from`, or null when there is none. */
function offsetChangeWithin(from: number, to: number, offsetAt: OffsetAt): number | null {
  const offset = offsetMsAt(from, offsetAt);
  let low = from;
  let high = Math.min(to, from + OFFSET_SAMPLE_MS);
  while (offsetMsAt(high, offsetAt) === offset) {
    if (high >= to) return null;
    low = high;
    high = Math.min(to, high + OFFSET_SAMPLE_MS);
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMsAt(middle, offsetAt) === offset) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The end of the stretch from `from` (up to `limit`) over which local day and offset stay the same: the next
 * local midnight, or an earlier offset change (DST, a new time zone), whichever comes first.
 */
export function endOfLocalStretch(from: number, offsetAt: OffsetAt = systemOffset, limit = Infinity): number {
  const offsetMs = offsetMsAt(from, offsetAt);
  const nextMidnight = (Math.floor((from + offsetMs) / DAY_MS) + 1) * DAY_MS - offsetMs;
  return offsetChangeWithin(from, Math.min(limit, nextMidnight), offsetAt) ?? nextMidnight;
}

/** Splits [from, to) into pieces that each lie within one local day, so every millisecond counts for its own day. */
export function splitByLocalDay(from: number, to: number, offsetAt: OffsetAt = systemOffset): { day: DayKey; ms: number }[] {
  const pieces: { day: DayKey; ms: number }[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(to, endOfLocalStretch(start, offsetAt, to));
    const day = dayKey(start, offsetAt);
    const last = pieces[pieces.length - 1];
    if (last?.day === day) last.ms += end - start;
    else pieces.push({ day, ms: end - start });
    start = end;
  }
  return pieces;
}

/** The instant a local wall-clock time falls on; for a time DST skips, the instant just after the jump. */
export function instantOfLocalTime(localMs: number, offsetAt: OffsetAt = systemOffset): number {
  const guess = localMs - offsetMsAt(localMs, offsetAt);
  return localMs - offsetMsAt(guess, offsetAt);
}
