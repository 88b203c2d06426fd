import { KEYED_HASH, SKETCH_SIZE } from '../coach/fingerprint-format';
import { PLATFORMS, type PostFingerprint } from '../coach/types';
import type { DayPosts, DayUsage, PostHistory, UsageHistory } from '../time/types';
import { MATRIX_COLUMNS } from '../week/matrix';
import { dictionary, int, list, num, object, oneOf, optional, text, type Schema } from './schema';

/** Schemas of what the background stores, used to check an imported file before anything is written. */

const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PLATFORM_KEY = new RegExp(`^(${PLATFORMS.join('|')})$`);
const CATEGORY_KEY = /^[a-z][a-z-]{0,39}$/;
const COLUMN_KEY = new RegExp(`^(${MATRIX_COLUMNS.join('|')})$`);
const DAY_MS = 24 * 60 * 60 * 1000;
/** A little over the 90 days the background keeps, so an export from a slightly different clock still fits. */
const MAX_DAYS = 400;

const duration = num(0, DAY_MS, 0);
const count = int(0, 1_000_000, 0);

const dayUsageSchema = object<DayUsage>({
  activeMs: duration,
  byPlatform: dictionary(PLATFORM_KEY, duration, PLATFORMS.length),
  byMode: object<DayUsage['byMode']>({ work: duration, personal: duration }),
  byActivity: object<DayUsage['byActivity']>({ reading: duration, writing: duration }),
  // Newer than the first export files: an older file without them imports with zero.
  workWritingMs: optional(duration),
  snoozes: count,
  turnedBack: optional(count),
});

const dayPostsSchema = object<DayPosts>({
  published: count,
  withOpenProblems: count,
  nudgesResolved: count,
  byCategory: dictionary(CATEGORY_KEY, count, 50),
  // Added with "your week": days exported before it lack them.
  byPlatform: optional(dictionary(PLATFORM_KEY, count, PLATFORMS.length)),
  byColumn: optional(dictionary(COLUMN_KEY, count, MATRIX_COLUMNS.length)),
  aboutSender: optional(count),
  atFixedTime: optional(count),
});

export const fingerprintSchema = object<PostFingerprint>({
  platform: oneOf(PLATFORMS, 'x'),
  publishedAt: num(0, 8.64e15, 0),
  hash: text(KEYED_HASH, ''),
  sketch: list(int(0, 0xffffffff, 0), SKETCH_SIZE, false),
});

export const usageSchema = dictionary(DAY_KEY, dayUsageSchema, MAX_DAYS) as Schema<UsageHistory>;
export const postsSchema = dictionary(DAY_KEY, dayPostsSchema, MAX_DAYS) as Schema<PostHistory>;
export const fingerprintsSchema = list(fingerprintSchema, 10_000, false);
