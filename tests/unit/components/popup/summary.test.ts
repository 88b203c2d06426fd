import { describe, expect, it } from 'vitest';
import { isFirstDay, lastSevenDays, streakWithinBudget, summarizePosts } from '@/components/popup/summary';
import type { DayUsage, PostHistory, UsageHistory } from '@/lib/time/types';

const MIN = 60_000;
const day = (minutes: number): DayUsage => ({
  activeMs: minutes * MIN,
  byPlatform: { x: minutes * MIN },
  byMode: { work: 0, personal: minutes * MIN },
  byActivity: { reading: minutes * MIN, writing: 0 },
  workWritingMs: 0,
  snoozes: 0,
  turnedBack: 0,
});

describe('lastSevenDays', () => {
  it('ends today, fills missing days with zero and marks only days over budget', () => {
    const bars = lastSevenDays({ '2026-11-22': day(31), '2026-11-20': day(30), '2026-11-16': day(5) }, '2026-11-22', 30);
    expect(bars.map((bar) => [bar.day, bar.ms / MIN, bar.over])).toEqual([
      ['2026-11-16', 5, false],
      ['2026-11-17', 0, false],
      ['2026-11-18', 0, false],
      ['2026-11-19', 0, false],
      ['2026-11-20', 30, false],
      ['2026-11-21', 0, false],
      ['2026-11-22', 31, true],
    ]);
  });

  it('crosses month ends by calendar day', () => {
    expect(lastSevenDays({}, '2026-03-02', 30)[0]!.day).toBe('2026-02-24');
  });
});

describe('streakWithinBudget', () => {
  it.each<[string, UsageHistory, number]>([
    ['no history at all', {}, 0], // nothing to celebrate yet
    ['only today, within budget', { '2026-11-22': day(10) }, 1], // the first day counts
    ['today over budget', { '2026-11-22': day(45), '2026-11-21': day(5) }, 0], // streak broken today
    ['exactly on budget', { '2026-11-22': day(30) }, 1], // the budget itself is within budget
    ['a quiet day in between', { '2026-11-22': day(10), '2026-11-20': day(10) }, 3], // a day without social time is within budget
    ['broken three days ago', { '2026-11-22': day(1), '2026-11-21': day(1), '2026-11-20': day(50), '2026-11-19': day(1) }, 2], // stops at the over-budget day
  ])('%s', (_why, usage, expected) => {
    expect(streakWithinBudget(usage, '2026-11-22', 30)).toBe(expected);
  });

  it('stays bounded when storage holds an ancient day', () => {
    expect(streakWithinBudget({ '0001-01-01': day(1), '2026-11-22': day(1) }, '2026-11-22', 30)).toBe(366);
  });
});

describe('summarizePosts', () => {
  const posts: PostHistory = {
    '2026-11-22': { published: 2, withOpenProblems: 1, nudgesResolved: 0, byCategory: { tone: 1, hashtags: 1 } },
    '2026-11-18': { published: 3, withOpenProblems: 0, nudgesResolved: 2, byCategory: { hashtags: 2, 'cross-post': 3, bogus: 9 } },
    '2026-11-15': { published: 9, withOpenProblems: 9, nudgesResolved: 0, byCategory: { length: 20 } },
  };

  it('counts today and the last seven days, not older ones', () => {
    const summary = summarizePosts(posts, '2026-11-22');
    expect([summary.today, summary.week, summary.weekWithOpenProblems]).toEqual([2, 5, 1]);
  });

  it('ranks known categories by count, ties in the fixed category order', () => {
    expect(summarizePosts(posts, '2026-11-22').topCategories).toEqual([
      { category: 'hashtags', count: 3 },
      { category: 'cross-post', count: 3 },
      { category: 'tone', count: 1 },
    ]);
  });
});

describe('isFirstDay', () => {
  it.each<[string, UsageHistory, PostHistory, boolean]>([
    ['nothing stored', {}, {}, true], // a fresh install
    ['only today used', { '2026-11-22': day(3) }, {}, true], // still the first day
    ['yesterday used', { '2026-11-21': day(3) }, {}, false], // there is a week to show
    ['a post today', {}, { '2026-11-22': { published: 1, withOpenProblems: 0, nudgesResolved: 0, byCategory: {} } }, false], // posts to show
  ])('%s', (_why, usage, posts, expected) => {
    expect(isFirstDay(usage, posts, '2026-11-22')).toBe(expected);
  });
});
