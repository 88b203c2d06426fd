// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachApp, needsUi, type CoachActions } from '@/entrypoints/sidebar.content/coach-app';
import type { BudgetStatus } from '@/lib/messaging';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { coachState } from './coach-state';

afterEach(cleanup);

const softBlockSettings = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, timesUp: 'soft-block' as const } };
const blocked: BudgetStatus = { level: 'over', usedMs: 31 * 60_000, budgetMs: 30 * 60_000, canExtend: false, blocked: true, snoozesLeft: 2, snoozeMinutes: 5 };

const state = coachState;

const composer = () => ({ editor: document.createElement('div'), platform: 'linkedin' as const, kind: 'post' as const });

describe('needsUi', () => {
  it.each([
    // nobody writing, nothing blocked: the page carries no UI
    { patch: {}, needed: false },
    // a composer in use
    { patch: { composer: composer() }, needed: true },
    // blocked, and the user chose the soft block
    { patch: { settings: softBlockSettings, budget: blocked }, needed: true },
    // blocked, but the user only wants a note: nothing to cover
    { patch: { budget: blocked }, needed: false },
    // a network's own limit or the quiet hours: covered whatever the user chose for the day's budget
    { patch: { budget: { ...blocked, level: 'ok' as const, reason: 'site' as const } }, needed: true },
    { patch: { budget: { ...blocked, level: 'ok' as const, reason: 'quiet' as const, quietUntil: '07:00' } }, needed: true },
  ])('$needed for %#', ({ patch, needed }) => {
    expect(needsUi(state(patch))).toBe(needed);
  });
});

describe('CoachApp', () => {
  const actions = new Proxy({}, { get: () => vi.fn() }) as CoachActions;

  it('shows the mode the user chose for the composer\'s platform', () => {
    const { container } = render(<CoachApp state={state({ composer: composer() })} actions={actions} />);
    expect(container.querySelector('.sc-sidebar')?.getAttribute('data-mode')).toBe(DEFAULT_SETTINGS.platformModes.linkedin);
    expect(container.querySelector('.sc-sidebar')?.getAttribute('data-platform')).toBe('linkedin');
  });

  it('marks and fixes the mode switch when the organisation locked the mode on this network, as the options and popup do', () => {
    const changeMode = vi.fn();
    const { container, rerender } = render(<CoachApp state={state({ composer: composer(), modeLocked: true })} actions={{ ...actions, changeMode }} />);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.sc-mode button')];
    expect(buttons.map((button) => button.disabled)).toEqual([true, true]);
    expect(container.querySelector('.sc-coach__header [data-locked="platformModes"]')?.textContent).toBe('Set by your organisation');
    fireEvent.click(buttons.find((button) => button.getAttribute('aria-pressed') === 'false')!);
    expect(changeMode).not.toHaveBeenCalled();
    // in Dutch too
    rerender(<CoachApp state={state({ composer: composer(), modeLocked: true, locale: 'nl' })} actions={actions} />);
    expect(container.querySelector('[data-locked="platformModes"]')?.textContent).toBe('Ingesteld door je organisatie');
    // not locked: open, no mark
    rerender(<CoachApp state={state({ composer: composer() })} actions={actions} />);
    expect([...container.querySelectorAll<HTMLButtonElement>('.sc-mode button')].some((button) => button.disabled)).toBe(false);
    expect(container.querySelector('[data-locked]')).toBeNull();
  });

  it('shows the soft block with no composer open, and no sidebar', () => {
    const { container } = render(<CoachApp state={state({ settings: softBlockSettings, budget: blocked })} actions={actions} />);
    expect(container.querySelector('.sc-block')).not.toBeNull();
    expect(container.querySelector('.sc-sidebar')).toBeNull();
  });

  it('adds the budget line once the background has answered', () => {
    const { container, rerender } = render(<CoachApp state={state({ composer: composer() })} actions={actions} />);
    expect(container.querySelector('.sc-budget')).toBeNull();
    rerender(<CoachApp state={state({ composer: composer(), budget: { ...blocked, level: 'ok', blocked: false } })} actions={actions} />);
    expect(container.querySelector('.sc-budget')).not.toBeNull();
  });

  it('folds to a tab that says the coach is paused here, with no nudges, and turns back on from it', () => {
    const resumeSite = vi.fn();
    const paused = state({
      composer: composer(),
      sitePausedUntil: Date.now() + 3_600_000,
      budget: { ...blocked, level: 'ok', blocked: false },
    });
    const { container } = render(<CoachApp state={paused} actions={{ ...actions, resumeSite }} />);
    const sidebar = container.querySelector('.sc-sidebar') as HTMLElement;
    expect(sidebar.dataset).toMatchObject({ paused: 'true', placement: 'paused', platform: 'linkedin' });
    expect(sidebar.textContent).toContain('Coach paused here until midnight');
    expect(container.querySelector('.sc-coach')).toBeNull();
    expect(container.querySelector('.sc-budget')).toBeNull();
    fireEvent.click(container.querySelector('[data-action="resume"]') as HTMLElement);
    expect(resumeSite).toHaveBeenCalledOnce();
  });

  it('keeps the soft block while paused: the pause is for the nudges, not the budget', () => {
    const { container } = render(<CoachApp state={state({ settings: softBlockSettings, budget: blocked, composer: composer(), sitePausedUntil: Date.now() + 1000 })} actions={actions} />);
    expect(container.querySelector('.sc-block')).not.toBeNull();
    expect(container.querySelector('.sc-sidebar')?.getAttribute('data-paused')).toBe('true');
  });
});
