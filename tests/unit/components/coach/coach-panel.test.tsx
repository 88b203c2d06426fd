// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel, type CoachPanelProps } from '@/components/coach/coach-panel';
import type { Analysis } from '@/lib/coach/types';
import { analysis, finding } from './fixtures';

afterEach(cleanup);

function renderPanel(overrides: Partial<CoachPanelProps> = {}) {
  const props: CoachPanelProps = {
    locale: 'en',
    platform: 'x',
    mode: 'personal',
    analysis: analysis([]),
    onModeChange: vi.fn(),
    onSelectRange: vi.fn(),
    onApplySuggestion: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<CoachPanel {...props} />) };
}

const tip = finding({ ruleId: 'hashtag-case', category: 'hashtags', severity: 'tip', message: 'Write #CamelCase tags' });
const problem = finding({ ruleId: 'over-limit', category: 'length', severity: 'problem', message: 'Shorten to fit 280' });
const warning = finding({ ruleId: 'no-invite', category: 'call-to-action', severity: 'warning', message: 'Invite a reply' });

describe('CoachPanel', () => {
  it('carries platform and mode on its root, and rule and category on each finding', () => {
    const { container } = renderPanel({ platform: 'linkedin', mode: 'work', analysis: analysis([warning]) });
    const root = container.firstElementChild as HTMLElement;
    expect(root.dataset).toMatchObject({ platform: 'linkedin', mode: 'work' });
    const item = container.querySelector('[data-rule]') as HTMLElement;
    expect(item.dataset).toMatchObject({ rule: 'no-invite', category: 'call-to-action' });
  });

  it('groups findings problem, then warning, then tip, whatever order the engine gives', () => {
    const { container } = renderPanel({ analysis: analysis([tip, warning, problem]) });
    const order = [...container.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(order).toEqual(['over-limit', 'no-invite', 'hashtag-case']);
    const groups = [...container.querySelectorAll('section[data-severity]')].map((el) => el.getAttribute('data-severity'));
    expect(groups).toEqual(['problem', 'warning', 'tip']);
  });

  it('says the draft is ready when there is nothing to say, in either language', () => {
    renderPanel({ analysis: analysis([]) });
    expect(screen.getByText('Ready to post.')).toBeTruthy();
    cleanup();
    renderPanel({ locale: 'nl', analysis: analysis([]) });
    expect(screen.getByText('Klaar om te plaatsen.')).toBeTruthy();
  });

  it('does not claim "ready" for an empty draft', () => {
    renderPanel({ analysis: analysis([], 0) });
    expect(screen.queryByText('Ready to post.')).toBeNull();
    expect(screen.getByText('Start writing; the coach reads along.')).toBeTruthy();
  });

  it('shows the length as the platform counts it, with the fold when there is one', () => {
    const folded: Analysis = { ...analysis([], 250), stats: { length: 250, limit: 3000, foldAt: 210, hashtagCount: 0, wordCount: 40 } };
    renderPanel({ platform: 'linkedin', analysis: folded });
    expect(screen.getByText('250 / 3,000')).toBeTruthy();
    expect(screen.getByText('“See more” after 210')).toBeTruthy();
  });

  it('shows only the count, no bar, against a limit far out of reach (Facebook’s 63,206), and the bar from halfway', () => {
    const far: Analysis = { ...analysis([], 117), stats: { length: 117, limit: 63206, hashtagCount: 0, wordCount: 20 } };
    const { container } = renderPanel({ platform: 'facebook', analysis: far });
    expect(screen.getByText('117 characters')).toBeTruthy();
    expect(container.textContent).not.toContain('63,206');
    expect(container.querySelector('[role="meter"]')).toBeNull();
    cleanup();
    renderPanel({ locale: 'nl', platform: 'facebook', analysis: far });
    expect(screen.getByText('117 tekens')).toBeTruthy();
    cleanup();
    const near: Analysis = { ...far, stats: { ...far.stats, length: 40000 } };
    const again = renderPanel({ platform: 'facebook', analysis: near });
    expect(again.container.querySelector('[role="meter"]')).toBeTruthy();
    expect(screen.getByText('40,000 / 63,206')).toBeTruthy();
  });

  it('opens the "why" with the explanation, the quote in English with its Dutch original, and the article by title', () => {
    const { container } = renderPanel({ analysis: analysis([warning]) });
    const toggle = screen.getByRole('button', { name: 'Why?' });
    const why = container.querySelector('.sc-finding__why') as HTMLElement;
    expect(why.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(why.hidden).toBe(false);
    expect(why.textContent).toContain(warning.explanation);
    expect(why.querySelector('blockquote > p')?.textContent).toBe('“Do not use too many hashtags.”');
    expect(why.querySelector('details [lang="nl"]')?.textContent).toBe('“Gebruik niet te veel hashtags.”');
    expect(why.textContent).toContain('Source: “Slecht social media advies inbegrepen”');
    expect(why.textContent).not.toContain('.txt');
    cleanup();
    const nl = renderPanel({ locale: 'nl', analysis: analysis([warning]) });
    fireEvent.click(screen.getByRole('button', { name: 'Waarom?' }));
    expect(nl.container.querySelector('blockquote > p')?.textContent).toBe('“Gebruik niet te veel hashtags.”');
    expect(nl.container.querySelector('details')).toBeNull();
  });

  it('keeps an open "why" open when the draft changes but the finding stays', () => {
    const { props, rerender } = renderPanel({ analysis: analysis([warning]) });
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    rerender(<CoachPanel {...props} analysis={analysis([problem, warning], 50)} />);
    const toggles = screen.getAllByRole('button', { name: 'Why?' });
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['false', 'true']);
  });

  it('still updates the length when a keystroke leaves every nudge as it was', () => {
    const { props, rerender, container } = renderPanel({ analysis: analysis([warning], 40) });
    // A fresh analysis brings fresh objects with the same content, as the engine does on every key.
    rerender(<CoachPanel {...props} analysis={analysis([{ ...warning }], 41)} />);
    expect(container.textContent).toContain('41 / 280');
    expect(container.querySelectorAll('[data-rule="no-invite"]')).toHaveLength(1);
  });

  it('shows a nudge whose text changed even though the rest stayed the same', () => {
    const { props, rerender } = renderPanel({ analysis: analysis([warning, tip]) });
    rerender(<CoachPanel {...props} analysis={analysis([{ ...warning, message: 'Ask the reader something' }, tip])} />);
    expect(screen.getByText('Ask the reader something')).toBeTruthy();
    expect(screen.queryByText('Invite a reply')).toBeNull();
  });

  it('switches mode with one click and does nothing when the current mode is clicked', () => {
    const { props } = renderPanel({ mode: 'personal' });
    fireEvent.click(screen.getByRole('button', { name: 'Personal' }));
    expect(props.onModeChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Work' }));
    expect(props.onModeChange).toHaveBeenCalledWith('work', expect.objectContaining({ type: 'click' }));
  });

  it('selects each range of a finding in turn with its visible "Show in draft" link', () => {
    const ranged = finding({ ranges: [{ start: 0, end: 5 }, { start: 10, end: 14 }] });
    const { props } = renderPanel({ analysis: analysis([ranged]) });
    expect(screen.queryByRole('button', { name: ranged.message })).toBeNull();
    const message = screen.getByRole('button', { name: 'Show in draft' });
    fireEvent.click(message);
    fireEvent.click(message);
    fireEvent.click(message);
    const ranges = vi.mocked(props.onSelectRange).mock.calls.map(([range]) => range);
    expect(ranges).toEqual([{ start: 0, end: 5 }, { start: 10, end: 14 }, { start: 0, end: 5 }]);
  });

  it('renders a finding without ranges as plain text, not a dead button', () => {
    renderPanel({ analysis: analysis([warning]) });
    expect(screen.queryByRole('button', { name: warning.message })).toBeNull();
    expect(screen.getByText(warning.message)).toBeTruthy();
  });

  it('opens at most three nudges, counts the rest behind "more", and opens them on request', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => finding({ ruleId: id, message: `Nudge ${id}` }));
    const { container } = renderPanel({ analysis: analysis(many) });
    expect(container.querySelectorAll('[data-rule]')).toHaveLength(3);
    const more = screen.getByRole('button', { name: '2 more nudges' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(container.querySelectorAll('[data-rule]')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(container.querySelectorAll('[data-rule]')).toHaveLength(3);
    cleanup();
    renderPanel({ locale: 'nl', analysis: analysis(many.slice(0, 4)) });
    expect(screen.getByRole('button', { name: 'Nog 1 advies' })).toBeTruthy();
  });

  it('ignores a nudge for this post, and shows it again once the draft is cleared for the next one', () => {
    const { props, rerender, container } = renderPanel({ analysis: analysis([warning, tip]) });
    fireEvent.click(screen.getAllByRole('button', { name: 'Ignore for this post' })[0]!);
    expect([...container.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'))).toEqual(['hashtag-case']);
    rerender(<CoachPanel {...props} analysis={analysis([warning, tip], 60)} />);
    expect(container.querySelectorAll('[data-rule="no-invite"]')).toHaveLength(0);
    rerender(<CoachPanel {...props} analysis={analysis([], 0)} />);
    rerender(<CoachPanel {...props} analysis={analysis([warning], 20)} />);
    expect(container.querySelectorAll('[data-rule="no-invite"]')).toHaveLength(1);
  });

  it('applies a suggestion with an edit on click; an example suggestion is not a button', () => {
    const edit = { start: 0, end: 10, from: '#marketing', to: '#Marketing' };
    const withSuggestions = finding({ suggestions: [{ label: 'Use #Marketing', edit }, { label: 'How do you do this?' }] });
    const { props } = renderPanel({ analysis: analysis([withSuggestions]) });
    fireEvent.click(screen.getByRole('button', { name: 'Use #Marketing' }));
    expect(props.onApplySuggestion).toHaveBeenCalledWith(withSuggestions.suggestions?.[0], withSuggestions);
    expect(screen.queryByRole('button', { name: 'How do you do this?' })).toBeNull();
    expect(screen.getByText('For example: How do you do this?').tagName).toBe('P');
  });

  it('announces a new problem politely once, not again while it stays', async () => {
    const { props, rerender } = renderPanel({ analysis: analysis([warning]) });
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    rerender(<CoachPanel {...props} analysis={analysis([problem, warning])} />);
    expect(live.textContent).toBe('To fix first: Shorten to fit 280');
    rerender(<CoachPanel {...props} analysis={analysis([problem], 43)} />);
    expect(live.textContent).toBe('To fix first: Shorten to fit 280');
  });

  it('speaks Dutch throughout in the nl locale', () => {
    renderPanel({ locale: 'nl', mode: 'work', analysis: analysis([warning]) });
    expect(screen.getByRole('button', { name: 'Werk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Waarom?' })).toBeTruthy();
    expect(screen.getByText('Het bekijken waard (1)')).toBeTruthy();
  });
});
