import type { Worker } from '@playwright/test';

/** Local calendar day of `ts`, as the extension keys its history. */
export function localDayKey(ts: number): string {
  const date = new Date(ts);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Seven days of use ending today, two of them over a 30-minute budget, with posts and fingerprints. */
export function weekOfData(now: number) {
  const minutesPerDay = [22, 41, 18, 30, 12, 36, 17];
  const usage: Record<string, unknown> = {};
  const posts: Record<string, unknown> = {};
  minutesPerDay.forEach((minutes, index) => {
    const day = localDayKey(now - (6 - index) * DAY);
    const ms = minutes * MINUTE;
    usage[day] = {
      activeMs: ms,
      byPlatform: { linkedin: Math.round(ms * 0.5), x: Math.round(ms * 0.3), instagram: ms - Math.round(ms * 0.5) - Math.round(ms * 0.3) },
      byMode: { work: Math.round(ms * 0.5), personal: ms - Math.round(ms * 0.5) },
      byActivity: { reading: Math.round(ms * 0.8), writing: ms - Math.round(ms * 0.8) },
      snoozes: 0,
    };
    // In the form this version keeps a day: an export of it imports back byte for byte.
    if (index % 2 === 0) {
      posts[day] = {
        published: 2, withOpenProblems: 1, nudgesResolved: 3, byCategory: { hashtags: 2, 'call-to-action': 1 },
        byPlatform: { linkedin: 1, x: 1 }, byColumn: {}, aboutSender: 0, atFixedTime: 0,
      };
    }
  });
  const fingerprints = [{ platform: 'linkedin', publishedAt: now - DAY, hash: '00000000f00d0000', sketch: [3, 1, 4, 1, 5] }];
  // Version 2: keyed fingerprints. Without the version, the storage migration would drop them as unkeyed.
  return { usage, posts, fingerprints, fingerprints$: { v: 2 } };
}

/** Writes stats (local) and optionally settings (sync) straight into the extension's storage. */
export async function seedStorage(worker: Worker, local: Record<string, unknown>, sync?: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    async ([localItems, syncItems]) => {
      await chrome.storage.local.set(localItems);
      if (syncItems) await chrome.storage.sync.set(syncItems);
    },
    [local, sync] as const,
  );
}

/** Everything the extension stores in local and sync storage. */
export async function readStorage(worker: Worker): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
  return worker.evaluate(async () => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));
}

/**
 * Settings with every optional popup line on: a content matrix with all seven columns, a plan for every network and a
 * fixed half hour, the soft block (snoozes line), work writing on its own allowance, limits of their own on X and
 * Instagram (5 of 10 and 3 of 5 minutes used today) and visits the intention pause turned back. Posts
 * this week touch columns, some only about the sender, some at the fixed time. Sync items in the stored form.
 */
export function fullPlanData(now: number, version: number, defaults: Record<string, unknown>) {
  const week = weekOfData(now);
  const matrix = {
    company: ['Wijkteam Noord', 'buurtcentrum'],
    field: ['sociaal werk', 'welzijn'],
    speciality: ['schuldhulp', 'budgetcoaching'],
    local: ['buurthuis', 'straatfeest'],
    personal: ['wandelen', 'koken'],
    clientProblems: ['eenzaamheid', 'mantelzorg'],
    inspiration: ['podcast', 'boeken'],
  };
  const postsPerWeek = { x: 3, linkedin: 2, facebook: 2, instagram: 1, threads: 1, bluesky: 1, mastodon: 1 };
  const posts = week.posts as Record<string, Record<string, unknown>>;
  Object.keys(posts).forEach((day, index) => {
    posts[day] = {
      published: 4, withOpenProblems: 1, nudgesResolved: 3, byCategory: { hashtags: 2, 'call-to-action': 1, 'self-promotion': 2 },
      byPlatform: { linkedin: 1, x: 1, facebook: 1, mastodon: 1 },
      byColumn: { company: 1, local: index % 2, clientProblems: 1, inspiration: 1 },
      aboutSender: 3, atFixedTime: 2,
    };
  });
  const settings = {
    ...defaults,
    budget: {
      ...(defaults.budget as object),
      timesUp: 'soft-block',
      workWriting: 'own',
      siteMinutes: { x: 10, linkedin: 0, facebook: 0, instagram: 5, threads: 0, bluesky: 0, mastodon: 0 },
    },
    contentPlan: { matrix, postsPerWeek, topicTips: true, fixedTime: '12:30' },
  };
  const today = localDayKey(now);
  const usage = week.usage as Record<string, Record<string, unknown>>;
  usage[today] = { ...usage[today], workWritingMs: 3 * MINUTE, snoozes: 1, turnedBack: 2 };
  return { local: { ...week, posts, usage }, sync: { settings, settings$: { v: version } } };
}
