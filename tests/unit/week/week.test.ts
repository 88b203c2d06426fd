import { describe, expect, it } from 'vitest';
import { emptyMatrix, type ContentMatrix } from '@/lib/week/matrix';
import { daysOfWeekSoFar, suggestTopic, weekFigures, weekStart } from '@/lib/week/week';
import type { DayPosts, PostHistory } from '@/lib/time/types';

const day = (posts: Partial<DayPosts>): DayPosts => ({ published: 0, withOpenProblems: 0, nudgesResolved: 0, byCategory: {}, ...posts });
const matrix = (columns: Partial<ContentMatrix>): ContentMatrix => ({ ...emptyMatrix(), ...columns });

describe('the week', () => {
  it.each([
    // Wednesday 2026-12-02: the week began on Monday the 30th of November
    ['2026-12-02', '2026-11-30'],
    // a Monday is its own start
    ['2026-11-30', '2026-11-30'],
    // a Sunday belongs to the week that began six days before
    ['2026-12-06', '2026-11-30'],
    // across a year
    ['2027-01-01', '2026-12-28'],
  ])('%s is in the week of %s', (today, monday) => {
    expect(weekStart(today)).toBe(monday);
  });

  it('runs from Monday to today', () => {
    expect(daysOfWeekSoFar('2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });
});

describe('weekFigures', () => {
  const history: PostHistory = {
    // last week's Sunday: not this week
    '2026-11-29': day({ published: 5, aboutSender: 5, byPlatform: { x: 5 }, byColumn: { company: 5 } }),
    '2026-11-30': day({ published: 2, aboutSender: 2, byPlatform: { linkedin: 2 }, byColumn: { company: 2 } }),
    '2026-12-01': day({ published: 1, aboutSender: 0, byPlatform: { facebook: 1 }, byColumn: { local: 1, company: 1 } }),
    // a day kept before "your week": it counts as published, nothing else
    '2026-12-02': day({ published: 1 }),
  };
  history['2026-12-01']!.atFixedTime = 1;
  const plan = { linkedin: 2, instagram: 1 };
  const figures = weekFigures(history, '2026-12-02', matrix({ company: ['buurtwerk'], local: ['utrecht'], personal: ['wandelen'] }), plan);

  it('adds up this week only', () => {
    expect(figures.published).toBe(4);
    expect(figures.aboutSender).toBe(2);
    expect(figures.atFixedTime).toBe(1);
  });

  it('counts the columns touched and names the filled ones nobody touched', () => {
    expect(figures.byColumn).toMatchObject({ company: 3, local: 1, personal: 0 });
    expect(figures.untouchedColumns).toEqual(['personal']);
  });

  it('sets the posts per network against the plan, planned networks first', () => {
    expect(figures.rhythm).toEqual([
      { platform: 'linkedin', posts: 2, planned: 2 },
      { platform: 'instagram', posts: 0, planned: 1 },
      { platform: 'facebook', posts: 1, planned: 0 },
    ]);
  });

  it.each<[string, number, number, boolean]>([
    // half is not most
    ['half', 4, 2, false],
    ['most', 3, 2, true],
    // one post is too few to call a pattern
    ['a single post', 1, 1, false],
    ['none', 0, 0, false],
  ])('says "mostly about the sender" only for most of at least two posts: %s', (_name, published, aboutSender, mostly) => {
    const week = weekFigures({ '2026-12-02': day({ published, aboutSender }) }, '2026-12-02', emptyMatrix(), {});
    expect(week.mostlyAboutSender).toBe(mostly);
  });

  it('names no untouched columns without a matrix', () => {
    expect(weekFigures(history, '2026-12-02', emptyMatrix(), {}).untouchedColumns).toEqual([]);
  });
});

describe('suggestTopic', () => {
  const filled = matrix({ company: ['buurtwerk'], local: ['utrecht', 'markt'], personal: ['wandelen'] });

  it('offers nothing without a matrix', () => {
    expect(suggestTopic(emptyMatrix(), {}, '2026-12-02')).toBeNull();
  });

  it('takes the column touched longest ago, a never-touched one first', () => {
    const history: PostHistory = {
      '2026-12-01': day({ published: 1, byColumn: { company: 1, personal: 1 } }),
      '2026-11-25': day({ published: 1, byColumn: { local: 1 } }),
    };
    expect(suggestTopic(filled, history, '2026-12-02')?.column).toBe('local');
    expect(suggestTopic(filled, { '2026-12-01': day({ published: 1, byColumn: { company: 1 } }) }, '2026-12-02')?.column).toBe('local');
  });

  it('turns the keyword with the day', () => {
    const touchedElsewhere: PostHistory = { '2026-12-01': day({ published: 1, byColumn: { company: 1, personal: 1 } }) };
    const keywords = new Set(['2026-12-02', '2026-12-03'].map((today) => suggestTopic(filled, touchedElsewhere, today)?.keyword));
    expect(keywords).toEqual(new Set(['utrecht', 'markt']));
  });
});
