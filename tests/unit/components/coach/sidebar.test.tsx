// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeepClear } from '@/components/coach/placement';
import { Sidebar } from '@/components/coach/sidebar';
import type { UiLocale } from '@/lib/coach/types';
import type { SidebarPlacement } from '@/lib/storage';

afterEach(cleanup);

/** The content script owns the placement; this stand-in keeps it in state and reports every change. */
function ControlledSidebar(props: { initial: SidebarPlacement; onChange: (p: SidebarPlacement) => void; locale?: UiLocale; keepClear?: KeepClear }) {
  const [placement, setPlacement] = useState(props.initial);
  return (
    <Sidebar
      locale={props.locale ?? 'en'}
      platform="x"
      mode="personal"
      scheme="dark"
      placement={placement}
      keepClear={props.keepClear ?? { composer: { top: 80, left: 300, width: 600, height: 120 }, drawers: [], columns: [] }}
      count={3}
      viewport={{ width: 1280, height: 800 }}
      onPlacementChange={(next) => {
        setPlacement(next);
        props.onChange(next);
      }}
    >
      <button type="button">inside</button>
    </Sidebar>
  );
}

describe('Sidebar', () => {
  it('carries platform, mode and scheme on its root and sits beside the composer', () => {
    const { container } = render(<ControlledSidebar initial={{ collapsed: false, top: 96 }} onChange={vi.fn()} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.dataset).toMatchObject({ platform: 'x', mode: 'personal', scheme: 'dark' });
    const shell = screen.getByRole('complementary');
    expect(shell.style.left).toBe('912px');
    expect(shell.style.top).toBe('96px');
  });

  it('folds to a tab and unfolds again, moving focus with it', () => {
    const onChange = vi.fn();
    render(<ControlledSidebar initial={{ collapsed: false, top: 96 }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fold away' }));
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: true, top: 96 });
    const tab = screen.getByRole('button', { name: 'Coach 3 nudges' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(tab);
    expect(screen.queryByText('inside')).toBeNull();
    fireEvent.click(tab);
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: false, top: 96 });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fold away' }));
  });

  it('folds to a counted tab by itself when it has no room, and peeks over the page without changing the preference', () => {
    const onChange = vi.fn();
    const noRoom = { composer: { top: 0, left: 0, width: 1200, height: 800 }, drawers: [], columns: [] };
    const { container } = render(<ControlledSidebar initial={{ collapsed: false, top: 96 }} onChange={onChange} keepClear={noRoom} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.dataset.placement).toBe('tab');
    const tab = screen.getByRole('button', { name: 'Coach 3 nudges' });
    fireEvent.click(tab);
    expect(root.dataset.placement).toBe('peek');
    expect(screen.getByText('inside')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fold away' }));
    expect(root.dataset.placement).toBe('tab');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('folds on Escape from anywhere inside', () => {
    const onChange = vi.fn();
    render(<ControlledSidebar initial={{ collapsed: false, top: 96 }} onChange={onChange} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'inside' }), { key: 'Escape' });
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: true, top: 96 });
    expect(screen.getByRole('button', { name: 'Coach 3 nudges' })).toBeTruthy();
  });

  it('does not grab focus on its first render', () => {
    render(<ControlledSidebar initial={{ collapsed: true, top: 96 }} onChange={vi.fn()} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves up and down with the arrow keys on its handle, staying in the window', () => {
    const onChange = vi.fn();
    render(<ControlledSidebar initial={{ collapsed: false, top: 20 }} onChange={onChange} />);
    const handle = screen.getByRole('button', { name: 'Move the coach up or down' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: false, top: 44 });
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: false, top: 8 });
  });

  it('follows a pointer drag on its handle, keeping the grab point under the pointer', () => {
    const onChange = vi.fn();
    render(<ControlledSidebar initial={{ collapsed: false, top: 96 }} onChange={onChange} />);
    const handle = screen.getByRole('button', { name: 'Move the coach up or down' });
    fireEvent.pointerDown(handle, { pointerId: 1, clientY: 100 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientY: 300 });
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: false, top: 296 });
    fireEvent.pointerUp(handle, { pointerId: 1 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientY: 500 });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('labels its controls in Dutch for the nl locale', () => {
    render(<ControlledSidebar locale="nl" initial={{ collapsed: false, top: 96 }} onChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Inklappen' })).toBeTruthy();
  });
});
