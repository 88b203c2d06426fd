import { PLATFORMS, type Platform } from '../coach/types';
import { shiftDayKey } from '../time/day-key';
import { count } from '../time/posts';
import type { DayKey, PostHistory } from '../time/types';
import { isMatrixFilled, MATRIX_COLUMNS, type ContentMatrix, type MatrixColumn } from './matrix';

/**
 * "Your week": what this calendar week's posts add up to, from the counts kept per day at publish (never a text).
 * Weeks start on Monday, as they do in the Netherlands and Belgium.
 */

/** The Monday of the week that holds `day`. */
export function weekStart(day: DayKey): DayKey {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return shiftDayKey(day, -((weekday + 6) % 7));
}

/** Monday up to and including `today`. */
export function daysOfWeekSoFar(today: DayKey): DayKey[] {
  const days: DayKey[] = [];
  for (let day = weekStart(today); day <= today; day = shiftDayKey(day, 1)) days.push(day);
  return days;
}

export interface RhythmRow {
  platform: Platform;
  posts: number;
  /** Posts a week the user planned for this network; 0 when there is no plan. */
  planned: number;
}

export interface WeekFigures {
  published: number;
  /** Posts this week that touched each column (a post can touch several). */
  byColumn: Record<MatrixColumn, number>;
  /** Columns with keywords that no post touched this week; empty without a matrix. */
  untouchedColumns: MatrixColumn[];
  /** Posts that were only about the sender: the self-promotion check fired at publish. */
  aboutSender: number;
  /** True when most posts (and at least two) were only about the sender: seed 002's "niet over alleen zenden". */
  mostlyAboutSender: boolean;
  /** Networks with a plan or with posts this week, planned ones first. */
  rhythm: RhythmRow[];
  /** Posts this week that went out in the user's fixed half hour. */
  atFixedTime: number;
}

export function weekFigures(history: PostHistory, today: DayKey, matrix: ContentMatrix, postsPerWeek: Partial<Record<Platform, number>>): WeekFigures {
  const byColumn = Object.fromEntries(MATRIX_COLUMNS.map((column) => [column, 0])) as Record<MatrixColumn, number>;
  const byPlatform: Partial<Record<Platform, number>> = {};
  let published = 0;
  let aboutSender = 0;
  let atFixedTime = 0;
  for (const day of daysOfWeekSoFar(today)) {
    const posts = history[day];
    if (!posts) continue;
    published += count(posts.published);
    aboutSender += count(posts.aboutSender);
    atFixedTime += count(posts.atFixedTime);
    for (const column of MATRIX_COLUMNS) byColumn[column] += count(posts.byColumn?.[column]);
    for (const platform of PLATFORMS) {
      const posted = count(posts.byPlatform?.[platform]);
      if (posted > 0) byPlatform[platform] = (byPlatform[platform] ?? 0) + posted;
    }
  }
  const untouchedColumns = isMatrixFilled(matrix) ? MATRIX_COLUMNS.filter((column) => matrix[column].length > 0 && byColumn[column] === 0) : [];
  const rhythm = PLATFORMS.map((platform) => ({ platform, posts: byPlatform[platform] ?? 0, planned: count(postsPerWeek[platform]) }))
    .filter((row) => row.planned > 0 || row.posts > 0)
    .sort((a, b) => Number(b.planned > 0) - Number(a.planned > 0));
  return { published, byColumn, untouchedColumns, aboutSender, mostlyAboutSender: published >= 2 && aboutSender * 2 > published, rhythm, atFixedTime };
}

/** How many days back "lately" looks for a column's last post. */
const LATELY_DAYS = 14;

export interface TopicSuggestion {
  column: MatrixColumn;
  keyword: string;
}

/**
 * One topic for an empty draft: a keyword from the filled column the user's posts touched least lately (never
 * touched first, then longest ago), the keyword turning with the day so the same one doesn't come back every time.
 */
export function suggestTopic(matrix: ContentMatrix, history: PostHistory, today: DayKey): TopicSuggestion | null {
  const filled = MATRIX_COLUMNS.filter((column) => matrix[column].length > 0);
  if (filled.length === 0) return null;
  const lastTouched = (column: MatrixColumn): number => {
    for (let back = 0; back < LATELY_DAYS; back++) {
      if (count(history[shiftDayKey(today, -back)]?.byColumn?.[column]) > 0) return back;
    }
    return LATELY_DAYS;
  };
  // Longest untouched first; ties keep the matrix's order, which is the seed's.
  const column = [...filled].sort((a, b) => lastTouched(b) - lastTouched(a))[0]!;
  const keywords = matrix[column];
  const dayNumber = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  return { column, keyword: keywords[dayNumber % keywords.length]! };
}
