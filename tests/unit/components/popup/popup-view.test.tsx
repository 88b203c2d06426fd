// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockedMark } from '@/components/common/locked-mark';
import { PopupView, type PopupViewProps } from '@/components/popup/popup-view';
import { translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { DayUsage, PostHistory, UsageHistory } from '@/lib/time/types';

// Without vitest globals testing-library cannot unmount on its own.
afterEach(cleanup);

const MIN = 60_000;
const TODAY = '2026-11-22';

function day(minutes: number, extraMs = 0): DayUsage {
  const ms = minutes * MIN + extraMs;
  return {
    activeMs: ms,
    byPlatform: { linkedin: ms - 2 * MIN, x: 2 * MIN },
    byMode: { work: ms, personal: 0 },
    byActivity: { reading: ms - 3 * MIN, writing: 3 * MIN },
    workWritingMs: 0,
    snoozes: 0,
    turnedBack: 0,
  };
}

const WEEK: UsageHistory = {
  '2026-11-16': day(20),
  '2026-11-17': day(45),
  '2026-11-18': day(25),
  '2026-11-19': day(10),
  '2026-11-20': day(33),
  '2026-11-21': day(12),
  [TODAY]: day(12, 34_567),
};
const POSTS: PostHistory = {
  [TODAY]: { published: 1, withOpenProblems: 1, nudgesResolved: 0, byCategory: { 'call-to-action': 1 } },
  '2026-11-19': { published: 2, withOpenProblems: 0, nudgesResolved: 4, byCategory: { hashtags: 3, 'call-to-action': 1 } },
};

function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const onModeChange = vi.fn();
  render(
    <PopupView
      locale="en"
      today={TODAY}
      settings={DEFAULT_SETTINGS}
      usage={WEEK}
      posts={POSTS}
      activePlatform={null}
      optionsUrl="chrome-extension://id/options.html"
      practiceUrl="chrome-extension://id/practice.html"
      onModeChange={onModeChange}
      {...overrides}
    />,
  );
  return { onModeChange };
}

describe('PopupView on the first day', () => {
  it('explains what will appear and shows zero seconds', () => {
    renderPopup({ usage: {}, posts: {} });
    expect(screen.getByTestId('today').getAttribute('data-seconds')).toBe('0');
    expect(screen.getByTestId('minutes-left').textContent).toBe('30 minutes left');
    expect(screen.getByTestId('first-day').textContent).toContain('From tomorrow you see your last 7 days');
    expect(screen.queryByTestId('week-chart')).toBeNull();
  });
});

describe('PopupView on days stored by an older version', () => {
  it('renders a day without byPlatform or byActivity, reading the missing parts as zero', () => {
    const old = { activeMs: 12 * MIN, byMode: { work: 12 * MIN, personal: 0 }, snoozes: 0 } as unknown as DayUsage;
    renderPopup({ usage: { ...WEEK, '2026-11-21': old, [TODAY]: old } });
    expect(screen.getByTestId('today').getAttribute('data-seconds')).toBe(String(12 * 60));
    expect(screen.getByTestId('minutes-left').textContent).toBe('18 minutes left');
    expect(screen.getByTestId('week-chart')).toBeTruthy();
  });
});

describe('PopupView with a week of data', () => {
  it('carries today’s exact seconds and the minutes left, which add up to the budget with the ring’s', () => {
    renderPopup();
    expect(screen.getByTestId('today').getAttribute('data-seconds')).toBe(String(12 * 60 + 34));
    expect(document.querySelector('.pp-ring__minutes')?.textContent).toBe('12');
    expect(screen.getByTestId('minutes-left').textContent).toBe('18 minutes left');
  });

  it('never says "0 minutes over": at the budget and in the minute after it, the budget is used up', () => {
    for (const [usage, text] of [
      [day(30), 'Your budget for today is used up'],
      [day(30, 59_000), 'Your budget for today is used up'],
      [day(31), '1 minute over your budget'],
      [day(29, 59_000), '1 minute left'],
    ] as const) {
      renderPopup({ usage: { [TODAY]: usage } });
      expect(screen.getByTestId('minutes-left').textContent).toBe(text);
      cleanup();
    }
    renderPopup({ locale: 'nl', usage: { [TODAY]: day(30) } });
    expect(screen.getByTestId('minutes-left').textContent).toBe('Je budget voor vandaag is op');
  });

  it('splits today into parts that add up to the ring (largest remainder, not each part floored)', () => {
    const ms = 17 * MIN + 12_000;
    const half = ms / 2; // 8 min 36 s each: floored, 8 + 8 = 16 against the ring's 17
    renderPopup({
      usage: { [TODAY]: { ...day(0), activeMs: ms, byPlatform: { linkedin: half, facebook: half }, byActivity: { reading: half, writing: half } } },
    });
    expect(document.querySelector('.pp-ring__minutes')?.textContent).toBe('17');
    const minutes = [...document.querySelectorAll('.pp-platforms li > span:last-child')].map((item) => Number.parseInt(item.textContent ?? '', 10));
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(17);
    expect(screen.getByText('Reading 9 min, writing 8 min')).toBeTruthy();
  });

  it('says "1 minute" and "Nog 1 minuut", not "1 minutes"', () => {
    renderPopup({ usage: { [TODAY]: day(29) } });
    expect(screen.getByTestId('minutes-left').textContent).toBe('1 minute left');
    cleanup();
    renderPopup({ locale: 'nl', usage: { [TODAY]: day(31) } });
    expect(screen.getByTestId('minutes-left').textContent).toBe('1 minuut over je budget');
  });

  it('splits today per platform and into reading and writing', () => {
    renderPopup();
    const platforms = [...document.querySelectorAll('.pp-platforms li')].map((item) => item.textContent);
    expect(platforms).toEqual(['LinkedIn10 min', 'X2 min']);
    expect(screen.getByText('Reading 9 min, writing 3 min')).toBeTruthy();
  });

  it('draws seven bars and marks the two days over budget', () => {
    renderPopup();
    const bars = document.querySelectorAll('[data-testid="week-chart"] g[data-day]');
    expect(bars).toHaveLength(7);
    expect([...bars].filter((bar) => bar.getAttribute('data-over') === 'true').map((bar) => bar.getAttribute('data-day'))).toEqual([
      '2026-11-17',
      '2026-11-20',
    ]);
    expect(screen.getByRole('img', { name: /Days over budget: 2/ })).toBeTruthy();
  });

  it('counts the streak since the last day over budget', () => {
    renderPopup();
    expect(screen.getByTestId('streak').textContent).toBe('2 days in a row within budget');
  });

  it('reports posts and the most frequent nudges', () => {
    renderPopup();
    expect(screen.getByTestId('posts-today').textContent).toBe('1');
    expect(screen.getByTestId('posts-week').textContent).toBe('3');
    expect(screen.getByTestId('posts-open').textContent).toBe('1');
    expect([...document.querySelectorAll('.pp-categories li')].map((item) => item.getAttribute('data-category'))).toEqual(['hashtags', 'call-to-action']);
  });

  it('shows over-budget minutes instead of minutes left', () => {
    renderPopup({ usage: { ...WEEK, [TODAY]: day(41) } });
    expect(screen.getByTestId('minutes-left').textContent).toBe('11 minutes over your budget');
    expect(screen.getByTestId('today').getAttribute('data-over')).toBe('true');
  });

  it('speaks Dutch when asked', () => {
    renderPopup({ locale: 'nl' });
    expect(screen.getByRole('heading', { name: 'Vandaag' })).toBeTruthy();
    expect(screen.getByTestId('minutes-left').textContent).toBe('Nog 18 minuten');
  });
});

describe('PopupView mode switch', () => {
  it('switches the active platform’s mode in one click', () => {
    const { onModeChange } = renderPopup({ activePlatform: 'linkedin' });
    const group = screen.getByRole('group', { name: 'Mode on LinkedIn' });
    expect(group.querySelector('[aria-pressed="true"]')?.getAttribute('data-mode-option')).toBe('work');
    fireEvent.click(screen.getByRole('button', { name: 'Personal' }));
    expect(onModeChange).toHaveBeenCalledWith('personal');
  });

  it('marks a mode the organisation locked and does not switch it', () => {
    const { onModeChange } = renderPopup({ activePlatform: 'linkedin', modeLocked: true });
    expect(document.querySelector('[data-locked="platformModes"]')?.textContent).toBe('Set by your organisation');
    fireEvent.click(screen.getByRole('button', { name: 'Personal' }));
    expect(onModeChange).not.toHaveBeenCalled();
  });

  it('marks the lock with the one mark the options, welcome and its styles share, in either language, and only when locked', () => {
    for (const [locale, text] of [['en', 'Set by your organisation'], ['nl', 'Ingesteld door je organisatie']] as const) {
      renderPopup({ locale, activePlatform: 'linkedin', modeLocked: true });
      const marks = document.querySelectorAll('[data-locked]');
      expect(marks).toHaveLength(1);
      const mark = marks[0] as HTMLElement;
      expect(mark.getAttribute('data-locked')).toBe('platformModes');
      expect(mark.textContent).toBe(text);
      // the shared component's own markup, not a copy of its text
      const shared = render(<LockedMark field="platformModes" locked t={translator(locale)} />).container.firstElementChild as HTMLElement;
      expect(mark.outerHTML).toBe(shared.outerHTML);
      // under the switch, not in its row
      expect(mark.closest('.pp-mode__row')).toBeNull();
      expect(mark.closest('.pp-mode')?.querySelector('[role="group"]')?.compareDocumentPosition(mark)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      cleanup();
    }
    renderPopup({ activePlatform: 'linkedin', modeLocked: false });
    expect(document.querySelector('[data-locked]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Personal' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows no mode away from social sites: every network keeps its own, so it would do nothing', () => {
    renderPopup({ settings: DEFAULT_SETTINGS });
    expect(screen.queryByRole('group', { name: 'Default mode' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Work' })).toBeNull();
  });

  it('leads with today’s time, before the mode', () => {
    const { container } = (renderPopup({ activePlatform: 'linkedin' }), { container: document.body });
    const today = screen.getByTestId('today');
    const mode = screen.getByRole('group', { name: 'Mode on LinkedIn' });
    expect(today.compareDocumentPosition(mode) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('[data-testid="today"]')).toBe(today);
  });

  it('offers "pause the coach here" after today and this site’s mode, and nothing of it away from a social site', () => {
    const onSitePauseChange = vi.fn();
    renderPopup({ activePlatform: 'linkedin', onSitePauseChange });
    const today = screen.getByTestId('today');
    const mode = screen.getByRole('group', { name: 'Mode on LinkedIn' });
    const pause = screen.getByRole('button', { name: 'Pause the coach here today' });
    expect(today.compareDocumentPosition(mode) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(mode.compareDocumentPosition(pause) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(pause);
    expect(onSitePauseChange).toHaveBeenCalledWith(true);
    cleanup();
    renderPopup({ activePlatform: null });
    expect(screen.queryByTestId('site-pause')).toBeNull();
  });

  it('says the coach is paused on this site until midnight, that time still counts, and turns it back on', () => {
    const onSitePauseChange = vi.fn();
    renderPopup({ activePlatform: 'facebook', sitePaused: true, onSitePauseChange });
    expect(screen.getByTestId('site-pause').textContent).toContain('Paused on Facebook until midnight. Your time still counts.');
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on' }));
    expect(onSitePauseChange).toHaveBeenCalledWith(false);
    cleanup();
    renderPopup({ locale: 'nl', activePlatform: 'facebook', sitePaused: true });
    expect(screen.getByTestId('site-pause').textContent).toContain('Gepauzeerd op Facebook tot middernacht.');
    expect(screen.getByRole('button', { name: 'Weer aanzetten' })).toBeTruthy();
  });
});

describe('PopupView and the budget rules', () => {
  const budget = (patch: Partial<typeof DEFAULT_SETTINGS.budget>) => ({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, ...patch } });

  it('turns the ring amber from 80 %, red when over, and says when time starts again', () => {
    renderPopup({ usage: { [TODAY]: day(23) } });
    expect(screen.getByTestId('today').getAttribute('data-tone')).toBe('ok');
    expect(screen.getByTestId('resets').textContent).toBe('Starts again at midnight');
    cleanup();
    renderPopup({ usage: { [TODAY]: day(24) } });
    expect(screen.getByTestId('today').getAttribute('data-tone')).toBe('near');
    cleanup();
    renderPopup({ usage: { [TODAY]: day(31) } });
    expect(screen.getByTestId('today').getAttribute('data-tone')).toBe('over');
  });

  it('counts the snoozes of the day against the cap when the soft block is on', () => {
    renderPopup({ settings: budget({ timesUp: 'soft-block' }), usage: { [TODAY]: { ...day(31), snoozes: 1 } } });
    expect(screen.getByTestId('snoozes').textContent).toBe('Snoozes today: 1 of 2');
    cleanup();
    renderPopup();
    expect(screen.queryByTestId('snoozes')).toBeNull();
  });

  it('shows work writing against its own allowance, and the budget without it', () => {
    // 35 minutes, 20 of them writing in work mode with 15 minutes of its own: 20 count
    const usage = { [TODAY]: { ...day(35), byActivity: { reading: 15 * MIN, writing: 20 * MIN }, workWritingMs: 20 * MIN } };
    renderPopup({ settings: budget({ workWriting: 'own', workMinutes: 15 }), usage });
    expect(screen.getByTestId('work-allowance').textContent).toContain('20 of 15 minutes of its own');
    expect(screen.getByRole('img', { name: '20 of 30 minutes used today' })).toBeTruthy();
    // the contract: data-seconds is all active time
    expect(screen.getByTestId('today').getAttribute('data-seconds')).toBe(String(35 * 60));
  });

  it('says "1 minute", not "1 minutes", of a one-minute budget and a one-minute work allowance, in Dutch too', () => {
    const usage = { [TODAY]: { ...day(1), byActivity: { reading: 0, writing: MIN }, workWritingMs: 0 } };
    renderPopup({ settings: budget({ dailyMinutes: 1, workWriting: 'own', workMinutes: 1 }), usage, locale: 'nl' });
    expect(screen.getByTestId('work-allowance').textContent).toContain('0 van 1 eigen minuut, daarna');
    expect(screen.getByRole('img', { name: '1 van 1 minuut gebruikt vandaag' })).toBeTruthy();
  });

  it('shows used of limit for each network with a limit of its own, and only those, red once used up', () => {
    // today: 12 min 34 s, of which X 2 minutes and LinkedIn the rest; Instagram unused
    const siteMinutes = { ...DEFAULT_SETTINGS.budget.siteMinutes, x: 2, instagram: 15 };
    renderPopup({ settings: budget({ siteMinutes }) });
    const line = screen.getByTestId('site-limits');
    expect(line.textContent).toBe('Limits per network X 2 of 2 min · Instagram 0 of 15 min');
    expect(line.querySelector('[data-platform="x"]')?.getAttribute('data-over')).toBe('true');
    expect(line.querySelector('[data-platform="x"]')?.classList.contains('pg-over')).toBe(true);
    expect(line.querySelector('[data-platform="instagram"]')?.getAttribute('data-over')).toBe('false');
    expect(line.querySelector('[data-platform="linkedin"]')).toBeNull();
    // the contract stays: data-seconds is all of today's active time
    expect(screen.getByTestId('today').getAttribute('data-seconds')).toBe(String(12 * 60 + 34));
    cleanup();
    renderPopup({ locale: 'nl', settings: budget({ siteMinutes }) });
    expect(screen.getByTestId('site-limits').textContent).toBe('Limiet per netwerk X 2 van 2 min · Instagram 0 van 15 min');
    cleanup();
    // no limits of their own: no line
    renderPopup();
    expect(screen.queryByTestId('site-limits')).toBeNull();
  });

  it('says how many visits the pause turned back this week', () => {
    const usage = { ...WEEK, '2026-11-20': { ...day(33), turnedBack: 2 }, [TODAY]: { ...day(12), turnedBack: 1 } };
    renderPopup({ settings: budget({ intentionPause: true }), usage });
    expect(screen.getByTestId('turned-back').textContent).toBe('The pause turned back 3 visits this week.');
  });
});
