// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoftBlock } from '@/components/coach/soft-block';
import type { Box } from '@/components/coach/types';

afterEach(cleanup);

const viewport = { width: 1000, height: 800 };
const budgetProps = { snoozesLeft: 2, snoozeMinutes: 5, leaveHeld: false, onLeave: () => undefined };

function panelBoxes(container: Element): Box[] {
  return [...container.querySelectorAll<HTMLElement>('.sc-block__panel')].map((panel) => ({
    top: parseFloat(panel.style.top),
    left: parseFloat(panel.style.left),
    width: parseFloat(panel.style.width),
    height: parseFloat(panel.style.height),
  }));
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('SoftBlock', () => {
  it('covers the whole window when no composer is open', () => {
    const { container } = render(<SoftBlock locale="en" scheme="light" keepClear={null} viewport={viewport} {...budgetProps} onSnooze={vi.fn()} />);
    expect(panelBoxes(container)).toEqual([{ top: 0, left: 0, ...viewport }]);
  });

  it('never covers the composer, so an unsaved draft stays in reach', () => {
    const composer: Box = { top: 100, left: 200, width: 500, height: 120 };
    const { container } = render(<SoftBlock locale="en" scheme="light" keepClear={composer} viewport={viewport} {...budgetProps} onSnooze={vi.fn()} />);
    const panels = panelBoxes(container);
    expect(panels.length).toBe(4);
    expect(panels.some((panel) => overlaps(panel, composer))).toBe(false);
    const covered = panels.reduce((sum, panel) => sum + panel.width * panel.height, 0);
    expect(covered).toBe(viewport.width * viewport.height - composer.width * composer.height);
  });

  it('snoozes on click, in the user\'s language', () => {
    const onSnooze = vi.fn();
    render(<SoftBlock locale="nl" scheme="dark" keepClear={null} viewport={viewport} {...budgetProps} onSnooze={onSnooze} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nog 5 minuten' }));
    expect(onSnooze).toHaveBeenCalledTimes(1);
  });

  it('offers each snooze shorter, says how many are left, and none once they are used', () => {
    const onSnooze = vi.fn();
    render(<SoftBlock locale="en" scheme="light" keepClear={null} viewport={viewport} {...budgetProps} snoozesLeft={1} snoozeMinutes={3} onSnooze={onSnooze} />);
    fireEvent.click(screen.getByRole('button', { name: '3 more minutes' }));
    expect(onSnooze).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('snoozes-left').textContent).toBe('One snooze left today.');
    cleanup();
    render(<SoftBlock locale="en" scheme="light" keepClear={null} viewport={viewport} {...budgetProps} snoozesLeft={0} snoozeMinutes={2} onSnooze={onSnooze} />);
    expect(screen.queryByRole('button', { name: /more minute/ })).toBeNull();
    expect(screen.getByTestId('snoozes-left').textContent).toBe('No more snoozes today.');
  });

  it('leaves now, says when time starts again, and tells why the page stays while a draft waits', () => {
    const onLeave = vi.fn();
    render(<SoftBlock locale="nl" scheme="light" keepClear={null} viewport={viewport} {...budgetProps} leaveHeld onLeave={onLeave} onSnooze={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nu weggaan' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Om middernacht begint je tijd opnieuw.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Je concept is nog niet geplaatst');
  });
});
