// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcesView } from '@/components/sources/sources-view';
import { SEED_ARTICLES } from '@/lib/coach/seed-articles';
import { PASSAGE_ANCHORS } from '@/lib/coach/seed-passages';

afterEach(cleanup);

describe('SourcesView', () => {
  it('lists every article with its title and author', () => {
    const { container } = render(<SourcesView locale="en" />);
    const headings = [...container.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings).toEqual(Object.values(SEED_ARTICLES).map((article) => article.title));
    expect(container.textContent).toContain('By Jeanet Bathoorn');
  });

  it('shows a passage at its anchor: the quote marked in its paragraph, its English rendering and its nudges', () => {
    const { container } = render(<SourcesView locale="en" />);
    const passage = container.querySelector('#p004-er-zijn-grenzen')!;
    expect(passage.querySelector('mark')?.textContent).toBe('Er zijn grenzen!');
    expect(passage.querySelector('blockquote')?.textContent).toContain('bonensoep');
    expect(passage.textContent).toContain('In English: “There are limits!”');
    expect(passage.textContent).toContain('Nudges that rest on this: Keep private matters out of work posts');
    expect([...container.querySelectorAll('article')].map((article) => article.id).sort()).toEqual([...PASSAGE_ANCHORS].sort());
  });

  it('names every nudge that shares a passage', () => {
    const { container } = render(<SourcesView locale="en" />);
    const shared = container.querySelector('#p004-op-linkedin-krachtiger-is-met')!;
    expect(shared.querySelector('.sr-passage__rules')?.textContent).toMatch(/·/);
  });

  it('in Dutch, shows the original without an English rendering', () => {
    const { container } = render(<SourcesView locale="nl" />);
    const passage = container.querySelector('#p004-er-zijn-grenzen')!;
    expect(passage.querySelector('mark')?.textContent).toBe('Er zijn grenzen!');
    expect(passage.textContent).not.toContain('There are limits');
    expect(passage.querySelector('.sr-passage__translation')).toBeNull();
    expect(passage.textContent).toContain('Adviezen die hierop gebaseerd zijn:');
    expect(container.querySelector('h1')?.textContent).toBe('Bronnen');
  });
});
