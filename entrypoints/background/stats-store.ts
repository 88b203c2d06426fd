import type { Settings } from '@/lib/settings/defaults';
import { openSegmentItem, settingsItem, usageItem } from '@/lib/storage';
import { systemOffset } from '@/lib/time/day-key';
import { platformForUrl } from '@/lib/time/platform-for-url';
import { normalizeSegment, type SiteChoices, type TrackerState } from '@/lib/time/tracker';
import { normalizeHistory } from '@/lib/time/usage';

/** The user's own zone, DST included; lib/time gets it injected. */
export const offsetAt = systemOffset;

/** The tracker's state as storage holds it; malformed values read as empty, never as a crash. */
export async function loadTracker(): Promise<TrackerState> {
  const [segment, usage] = await Promise.all([openSegmentItem().getValue(), usageItem.getValue()]);
  return { segment: normalizeSegment(segment), usage: normalizeHistory(usage) };
}

/**
 * Writes the segment first: if the worker dies between the two writes, the credited time is lost (at most one
 * checkpoint) rather than counted twice on the next start.
 */
export async function saveTracker(before: TrackerState, after: TrackerState): Promise<void> {
  if (after.segment !== before.segment) await openSegmentItem().setValue(after.segment);
  if (after.usage !== before.usage) await usageItem.setValue(after.usage);
}

export function siteChoices(settings: Settings): SiteChoices {
  return {
    platformOf: (url) => platformForUrl(url, settings.mastodonInstances),
    modeOf: (platform) => settings.platformModes[platform],
  };
}

export const loadSettings = (): Promise<Settings> => settingsItem.getValue();
