// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceQuote } from '@/components/coach/finding-item';
import { SourceLinkContext, type SourceLink } from '@/components/coach/source-link';
import { translator } from '@/lib/i18n';

afterEach(cleanup);

const source = { seed: '004_95873d2e7dd560ec.txt', quote: 'Er zijn grenzen!', translation: 'There are limits!' };

function renderQuote(link: SourceLink, locale: 'en' | 'nl' = 'en') {
  return render(
    <SourceLinkContext.Provider value={link}>
      <SourceQuote source={source} t={translator(locale)} />
    </SourceLinkContext.Provider>,
  );
}

describe('SourceQuote: "Read in context"', () => {
  it('links an extension page straight to the passage on the Sources page', () => {
    const { getByRole } = renderQuote({ href: (anchor) => `chrome-extension://id/sources.html#${anchor}` });
    const link = getByRole('link', { name: 'Read in context' });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/sources.html#p004-er-zijn-grenzen');
  });

  it('in the sidebar, asks for the passage by its anchor (the background opens the page)', () => {
    const open = vi.fn();
    const { getByRole } = renderQuote({ open }, 'nl');
    fireEvent.click(getByRole('button', { name: 'Lees in het artikel' }));
    expect(open).toHaveBeenCalledWith('p004-er-zijn-grenzen', expect.anything());
  });

  it('offers nothing where there is no way to the page', () => {
    const { queryByText } = renderQuote({});
    expect(queryByText('Read in context')).toBeNull();
  });
});
