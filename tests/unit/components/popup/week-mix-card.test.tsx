// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/popup/popup-view';
import { DEFAULT_CONTENT_PLAN, DEFAULT_SETTINGS, type ContentPlan } from '@/lib/settings/defaults';
import type { DayPosts, PostHistory } from '@/lib/time/types';
import { emptyDay } from '@/lib/time/usage';

afterEach(cleanup);

// Wednesday: the week began on Monday the 30th
const TODAY = '2026-12-02';
const day = (posts: Partial<DayPosts>): DayPosts => ({ published: 0, withOpenProblems: 0, nudgesResolved: 0, byCategory: {}, ...posts });
const USAGE = { '2026-12-01': { ...emptyDay(), activeMs: 60_000, byMode: { work: 0, personal: 60_000 }, byActivity: { reading: 60_000, writing: 0 } } };

function renderPopup(locale: 'en' | 'nl', posts: PostHistory, plan: Partial<ContentPlan> = {}) {
  render(
    <PopupView
      locale={locale}
      today={TODAY}
      settings={{ ...DEFAULT_SETTINGS, contentPlan: { ...DEFAULT_CONTENT_PLAN, ...plan } }}
      usage={USAGE}
      posts={posts}
      activePlatform={null}
      optionsUrl="o"
      practiceUrl="p"
      onModeChange={() => undefined}
    />,
  );
}

const PLAN: Partial<ContentPlan> = {
  matrix: { ...DEFAULT_CONTENT_PLAN.matrix, local: ['buurthuis'], personal: ['wandelen'] },
  postsPerWeek: { ...DEFAULT_CONTENT_PLAN.postsPerWeek, linkedin: 2 },
  fixedTime: '12:00',
};
const POSTS: PostHistory = {
  '2026-12-01': day({ published: 3, aboutSender: 2, byPlatform: { linkedin: 1, facebook: 2 }, byColumn: { local: 2 }, atFixedTime: 1 }),
};

describe('your mix this week in the popup', () => {
  it('shows the columns touched, the balance with its gentle line, the rhythm against the plan and the fixed time', () => {
    renderPopup('en', POSTS, PLAN);
    const card = screen.getByTestId('week-mix');
    expect(card.querySelector('[data-column="local"]')?.getAttribute('data-touched')).toBe('true');
    expect(card.querySelector('[data-column="personal"]')?.getAttribute('data-touched')).toBe('false');
    // columns without keywords are not listed
    expect(card.querySelector('[data-column="company"]')).toBeNull();
    expect(screen.getByText('2 of your 3 posts were only about you.')).toBeTruthy();
    expect(screen.getByText(/Give before you take/)).toBeTruthy();
    expect(card.querySelector('[data-platform="linkedin"]')?.textContent).toContain('1 of 2 planned');
    expect(card.querySelector('[data-platform="facebook"]')?.textContent).toContain('2');
    expect(screen.getByText('At your fixed time (12:00): 1 of 3')).toBeTruthy();
  });

  it('speaks Dutch, with the seed line quoted as the seed has it', () => {
    renderPopup('nl', POSTS, PLAN);
    expect(screen.getByText('2 van je 3 berichten gingen alleen over jezelf.')).toBeTruthy();
    expect(screen.getByText(/Niet over alleen zenden/)).toBeTruthy();
  });

  it.each<[string, Partial<DayPosts>, string]>([
    // one of several: singular verb
    ['one of several', { published: 3, aboutSender: 1 }, '1 of your 3 posts was only about you.'],
    // a single post
    ['a single post', { published: 1, aboutSender: 1 }, 'Your one post was only about you.'],
    ['none', { published: 2, aboutSender: 0 }, 'None of your posts was only about you.'],
  ])('counts the balance right: %s', (_name, counts, line) => {
    renderPopup('en', { '2026-12-01': day(counts) });
    expect(screen.getByText(line)).toBeTruthy();
    expect(screen.queryByText(/Give before you take/)).toBeNull();
  });

  it('stays away when there is no plan and no post this week', () => {
    renderPopup('en', { '2026-11-29': day({ published: 4 }) });
    expect(screen.queryByTestId('week-mix')).toBeNull();
  });

  it('points to the settings when there are posts but no plan', () => {
    renderPopup('en', POSTS);
    expect(screen.getByText('Add your topics and plan in the settings.')).toBeTruthy();
  });
});

describe('the mix in the popup, folded to fit 600 px', () => {
  it('keeps the heading and the balance in the summary, and the columns, networks and fixed time one click away', () => {
    renderPopup('en', POSTS, PLAN);
    const fold = screen.getByTestId('week-mix').querySelector('details.pp-mix__fold') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    const summary = fold.querySelector(':scope > summary') as HTMLElement;
    expect(summary.querySelector('h2')?.textContent).toBe('Your mix this week');
    expect(summary.querySelector('[data-testid="week-balance"]')).not.toBeNull();
    for (const id of ['week-topics', 'week-rhythm', 'week-fixed-time']) {
      expect(summary.querySelector(`[data-testid="${id}"]`)).toBeNull();
      expect(fold.querySelector(`[data-testid="${id}"]`)).not.toBeNull();
    }
  });
});
