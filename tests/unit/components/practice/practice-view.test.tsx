// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRACTICE_EXAMPLES } from '@/components/practice/examples';
import { PracticeView } from '@/components/practice/practice-view';
import { analyze } from '@/lib/coach';
import type { UiLocale } from '@/lib/coach/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { PracticeDraft } from '@/components/practice/practice-view';

// Without vitest globals testing-library cannot unmount on its own.
afterEach(cleanup);

function renderPractice(draft: PracticeDraft, locale: UiLocale = 'en') {
  const onDraftChange = vi.fn();
  const analysis = analyze({ text: draft.text, platform: draft.platform, kind: 'post' }, { mode: draft.mode, uiLocale: locale, now: 0 });
  render(<PracticeView locale={locale} draft={draft} analysis={analysis} platformModes={DEFAULT_SETTINGS.platformModes} onDraftChange={onDraftChange} />);
  return { onDraftChange, analysis };
}

const LONG_LINKEDIN = `${'Dit is een zin over mijn werk die best lang doorloopt. '.repeat(5)}Hoe pak jij dit aan? #leiderschap`;

describe('PracticeView', () => {
  it('shows the same coach panel as the sidebar, for the chosen platform and mode', () => {
    renderPractice({ platform: 'x', mode: 'work', text: 'Hallo' });
    const panel = document.querySelector('.sc-coach')!;
    expect([panel.getAttribute('data-platform'), panel.getAttribute('data-mode')]).toEqual(['x', 'work']);
  });

  it('counts as the platform counts: a link weighs 23 on X', () => {
    renderPractice({ platform: 'x', mode: 'personal', text: 'Lees dit: https://example.com/a/very/long/path/that/goes/on' });
    const count = screen.getByTestId('char-count');
    expect([count.getAttribute('data-length'), count.getAttribute('data-limit')]).toEqual([String('Lees dit: '.length + 23), '280']);
  });

  it('marks where the LinkedIn fold falls and what hides behind it', () => {
    const { analysis } = renderPractice({ platform: 'linkedin', mode: 'work', text: LONG_LINKEDIN });
    expect(analysis.stats.foldAt).toBeDefined();
    expect(screen.getByTestId('fold').textContent).toBe('…see more');
    expect(document.querySelector('.pr-hidden')?.textContent).toBe(LONG_LINKEDIN.slice(analysis.stats.foldAt));
  });

  it('shows no fold on X', () => {
    renderPractice({ platform: 'x', mode: 'work', text: LONG_LINKEDIN.slice(0, 250) });
    expect(screen.queryByTestId('fold')).toBeNull();
  });

  it('renders hashtags as links to the platform', () => {
    renderPractice({ platform: 'x', mode: 'personal', text: 'Mooie dag #Hardlopen' });
    const link = screen.getByRole('link', { name: '#Hardlopen' });
    expect(link.getAttribute('href')).toBe('https://x.com/hashtag/Hardlopen');
  });

  it('keeps RTL text, emoji and lone surrogates in the preview without crashing', () => {
    const text = 'שלום עולם 👋🏽 \uD800 #تجربة';
    renderPractice({ platform: 'instagram', mode: 'personal', text });
    expect(screen.getByTestId('preview').textContent).toContain('שלום עולם 👋🏽');
  });

  it('reports typing, a platform change in that platform’s mode, and a mode switch', () => {
    const { onDraftChange } = renderPractice({ platform: 'x', mode: 'personal', text: '' });
    fireEvent.input(screen.getByTestId('draft'), { target: { value: 'Nieuw' } });
    expect(onDraftChange).toHaveBeenLastCalledWith({ platform: 'x', mode: 'personal', text: 'Nieuw' });
    fireEvent.change(screen.getByLabelText('Platform', { exact: true }), { target: { value: 'linkedin' } });
    expect(onDraftChange).toHaveBeenLastCalledWith({ platform: 'linkedin', mode: 'work', text: '' });
    fireEvent.click(within(document.querySelector<HTMLElement>('.sc-coach')!).getByRole('button', { name: 'Work' }));
    expect(onDraftChange).toHaveBeenLastCalledWith({ platform: 'x', mode: 'work', text: '' });
  });

  it('loads an example with its platform and mode', () => {
    const { onDraftChange } = renderPractice({ platform: 'x', mode: 'personal', text: '' }, 'nl');
    fireEvent.click(screen.getByRole('button', { name: 'Alles over ons' }));
    const example = PRACTICE_EXAMPLES.find((entry) => entry.id === 'self-promotion')!;
    expect(onDraftChange).toHaveBeenCalledWith({ platform: 'linkedin', mode: 'work', text: example.text });
  });
});

describe('practice examples', () => {
  it('come in Dutch and English, at least six, each aiming at a different nudge', () => {
    expect(PRACTICE_EXAMPLES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PRACTICE_EXAMPLES.map((example) => example.language))).toEqual(new Set(['nl', 'en']));
    expect(new Set(PRACTICE_EXAMPLES.map((example) => example.category)).size).toBe(PRACTICE_EXAMPLES.length);
  });

  it.each(PRACTICE_EXAMPLES.map((example) => [example.id, example] as const))('%s draws its nudge', (_id, example) => {
    const analysis = analyze({ text: example.text, platform: example.platform, kind: 'post' }, { mode: example.mode, uiLocale: 'en', now: 0 });
    expect(analysis.findings.map((finding) => finding.category)).toContain(example.category);
  });
});
