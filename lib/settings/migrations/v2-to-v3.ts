import { isPlainObject } from '../schema';

/** Instagram's old default: it caps a caption at five hashtags since December 2025, so 15 no longer means anything. */
const OLD_INSTAGRAM_DEFAULT = 15;
const INSTAGRAM_CAP = 5;

/**
 * v2 → v3: an Instagram hashtag limit still at the old default of 15 becomes Instagram's own cap of five. A limit
 * the user chose (anything but 15) is theirs and stays. Wrong values pass through untouched: validation repairs them.
 */
export function migrateSettingsV2ToV3(v2: unknown): unknown {
  if (!isPlainObject(v2) || !isPlainObject(v2.coach) || !isPlainObject(v2.coach.hashtagLimits)) return v2;
  if (v2.coach.hashtagLimits.instagram !== OLD_INSTAGRAM_DEFAULT) return v2;
  return { ...v2, coach: { ...v2.coach, hashtagLimits: { ...v2.coach.hashtagLimits, instagram: INSTAGRAM_CAP } } };
}
