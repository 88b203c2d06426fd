// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel, type CoachPanelProps } from '@/components/coach/coach-panel';
import { analysis } from './fixtures';

afterEach(cleanup);

function renderPanel(overrides: Partial<CoachPanelProps> = {}) {
  const props: CoachPanelProps = {
    locale: 'en', platform: 'linkedin', mode: 'work', analysis: analysis([]),
    onModeChange: vi.fn(), onSelectRange: vi.fn(), onApplySuggestion: vi.fn(), onDismissTopic: vi.fn(), ...overrides,
  };
  return { props, ...render(<CoachPanel {...props} />) };
}

describe('notes from the content matrix in the sidebar', () => {
  const topic = { column: 'local' as const, keyword: 'buurthuis' };

  it('offers one topic beside an empty draft, in the column\'s own words, and "not now" hides it', () => {
    const { props } = renderPanel({ analysis: analysis([], 0), topic });
    expect(screen.getByTestId('topic').textContent).toContain('Something from your neighbourhood this week? For example: buurthuis');
    fireEvent.click(screen.getByText('Not now'));
    expect(props.onDismissTopic).toHaveBeenCalled();
  });

  it('speaks Dutch', () => {
    renderPanel({ locale: 'nl', analysis: analysis([], 0), topic });
    expect(screen.getByTestId('topic').textContent).toContain('Iets uit je buurt deze week? Bijvoorbeeld: buurthuis');
  });

  it('keeps the topic away once there is a draft', () => {
    renderPanel({ analysis: analysis([], 40), topic });
    expect(screen.queryByTestId('topic')).toBeNull();
  });

  it('says when a draft is off the matrix, and only then', () => {
    renderPanel({ analysis: analysis([], 120), offFocus: true });
    expect(screen.getByTestId('off-focus').textContent).toContain('Link this to one of your own topics');
    cleanup();
    renderPanel({ analysis: analysis([], 120), offFocus: false });
    expect(screen.queryByTestId('off-focus')).toBeNull();
  });
});
