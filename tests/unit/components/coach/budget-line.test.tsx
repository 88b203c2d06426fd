// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetLine, type BudgetLineProps } from '@/components/coach/budget-line';
import type { BudgetStatus } from '@/lib/time/types';

afterEach(cleanup);

const MINUTE = 60_000;

function renderLine(budget: Partial<BudgetStatus>, overrides: Partial<BudgetLineProps> = {}) {
  const props: BudgetLineProps = {
    locale: 'en',
    budget: { level: 'ok', usedMs: 12 * MINUTE, budgetMs: 30 * MINUTE, canExtend: true, blocked: false, snoozesLeft: 2, snoozeMinutes: 5, ...budget },
    showNearNote: true,
    timesUpClosed: false,
    onFinishPost: vi.fn(),
    onCloseTimesUp: vi.fn(),
    onLeave: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<BudgetLine {...props} />) };
}

describe('BudgetLine', () => {
  it('shows whole minutes used of the budget, rounding used time down', () => {
    renderLine({ usedMs: 12 * MINUTE + 59_000 });
    expect(screen.getByText('12 of 30 minutes used today')).toBeTruthy();
  });

  it.each([
    { locale: 'nl' as const, line: '1 van 1 minuut gebruikt vandaag', work: 'Schrijven voor werk: 0 van 1 eigen minuut' },
    { locale: 'en' as const, line: '1 of 1 minute used today', work: 'Work writing: 0 of 1 minute of its own' },
  ])('$locale: a one-minute budget reads "$line", not "1 minutes"', ({ locale, line, work }) => {
    renderLine({ usedMs: MINUTE, budgetMs: MINUTE, work: { usedMs: 0, budgetMs: MINUTE } }, { locale });
    expect(screen.getByText(line)).toBeTruthy();
    expect(screen.getByText(work)).toBeTruthy();
  });

  it('gives the gentle note at 80 % only when the user wants it', () => {
    renderLine({ level: 'near', usedMs: 24 * MINUTE });
    expect(screen.getByText(/Wrap up calmly/)).toBeTruthy();
    cleanup();
    renderLine({ level: 'near', usedMs: 24 * MINUTE }, { showNearNote: false });
    expect(screen.queryByText(/Wrap up calmly/)).toBeNull();
  });

  it('offers "finish this post" and "close" when time is up', () => {
    const { props } = renderLine({ level: 'over', usedMs: 30 * MINUTE });
    expect(screen.getByRole('alert').textContent).toContain('Your social time for today is up');
    fireEvent.click(screen.getByRole('button', { name: 'Finish this post (5 min)' }));
    expect(props.onFinishPost).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onCloseTimesUp).toHaveBeenCalledTimes(1);
  });

  it('offers "leave now" and says the budget starts again at midnight when time is up', () => {
    const { props } = renderLine({ level: 'over', usedMs: 30 * MINUTE });
    expect(screen.getByRole('alert').textContent).toContain('Your time starts again at midnight.');
    fireEvent.click(screen.getByRole('button', { name: 'Leave now' }));
    expect(props.onLeave).toHaveBeenCalledTimes(1);
  });

  it('shows work writing against its own allowance when it has one', () => {
    renderLine({ work: { usedMs: 8 * MINUTE + 30_000, budgetMs: 60 * MINUTE } });
    expect(screen.getByTestId('work-line').textContent).toBe('Work writing: 8 of 60 minutes of its own');
    cleanup();
    renderLine({});
    expect(screen.queryByTestId('work-line')).toBeNull();
  });

  it('leaves out "finish this post" once today\'s extra minutes are used', () => {
    renderLine({ level: 'over', canExtend: false });
    expect(screen.queryByRole('button', { name: 'Finish this post (5 min)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('keeps the minutes line but drops the message after "close"', () => {
    renderLine({ level: 'over', usedMs: 31 * MINUTE }, { timesUpClosed: true });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('31 of 30 minutes used today')).toBeTruthy();
  });

  it('says so during the five extra minutes', () => {
    renderLine({ level: 'extra' });
    expect(screen.getByText('Five extra minutes to finish this post.')).toBeTruthy();
  });

  it('speaks Dutch in the nl locale', () => {
    renderLine({ level: 'over' }, { locale: 'nl' });
    expect(screen.getByText('12 van 30 minuten gebruikt vandaag')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dit bericht afmaken (5 min)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sluiten' })).toBeTruthy();
  });
});
