import { CATEGORIES, type Category } from '@/lib/coach/types';
import { shiftDayKey } from '@/lib/time/day-key';
import type { DayKey, PostHistory, UsageHistory } from '@/lib/time/types';

/** What the popup shows, derived from the stored history. Pure, so the popup renders any given state. */

const MINUTE_MS = 60_000;

export interface DayBar {
  day: DayKey;
  ms: number;
  over: boolean;
}

const usedMs = (usage: UsageHistory, day: DayKey) => usage[day]?.activeMs ?? 0;

/** The week ending today, oldest first. */
export function lastSevenDays(usage: UsageHistory, today: DayKey, budgetMinutes: number): DayBar[] {
  return Array.from({ length: 7 }, (_, index) => {
    const day = shiftDayKey(today, index - 6);
    const ms = usedMs(usage, day);
    return { day, ms, over: ms > budgetMinutes * MINUTE_MS };
  });
}

/** Visits the intention pause turned back in the week ending today. */
export function turnedBackThisWeek(usage: UsageHistory, today: DayKey): number {
  return Array.from({ length: 7 }, (_, index) => usage[shiftDayKey(today, -index)]?.turnedBack ?? 0).reduce((sum, count) => sum + count, 0);
}

/** History is kept 90 days; a year bounds the walk whatever odd keys storage holds. */
const MAX_STREAK = 366;

/** Days in a row within budget, ending today; days before the first recorded one do not count. */
export function streakWithinBudget(usage: UsageHistory, today: DayKey, budgetMinutes: number): number {
  const firstDay = Object.keys(usage).sort()[0];
  if (!firstDay) return 0;
  let streak = 0;
  for (let day = today; streak < MAX_STREAK && day >= firstDay && usedMs(usage, day) <= budgetMinutes * MINUTE_MS; day = shiftDayKey(day, -1)) {
    streak += 1;
  }
  return streak;
}

/** True before there is any history to show: no earlier day of use and no post yet. */
export function isFirstDay(usage: UsageHistory, posts: PostHistory, today: DayKey): boolean {
  return !Object.keys(usage).some((day) => day < today) && Object.keys(posts).length === 0;
}

export interface PostSummary {
  today: number;
  week: number;
  /** Posts this week that went out with an open problem or warning. */
  weekWithOpenProblems: number;
  /** The most frequent nudge categories this week, most frequent first, at most three. */
  topCategories: { category: Category; count: number }[];
}

export function summarizePosts(posts: PostHistory, today: DayKey): PostSummary {
  const week = Array.from({ length: 7 }, (_, index) => posts[shiftDayKey(today, -index)]);
  const counts = new Map<Category, number>();
  for (const day of week) {
    for (const [category, count] of Object.entries(day?.byCategory ?? {})) {
      if ((CATEGORIES as readonly string[]).includes(category) && count) counts.set(category as Category, (counts.get(category as Category) ?? 0) + count);
    }
  }
  return {
    today: posts[today]?.published ?? 0,
    week: week.reduce((sum, day) => sum + (day?.published ?? 0), 0),
    weekWithOpenProblems: week.reduce((sum, day) => sum + (day?.withOpenProblems ?? 0), 0),
    topCategories: [...counts]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category))
      .slice(0, 3),
  };
}
