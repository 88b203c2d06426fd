// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel, type CoachPanelProps } from '@/components/coach/coach-panel';
import { SETTLE_MS } from '@/components/coach/use-settle-guard';
import type { Finding } from '@/lib/coach/types';
import { analysis, finding } from './fixtures';

const CHIPS = 'button.sc-suggestion, button.sc-finding__ignore';
const ROW = 40;
/** What the layout adds to every chip's place: a hair of rounding, or a real shift. */
let shift = 0;

// happy-dom lays nothing out: each guarded control stands one row below the one before it, in document order, so a
// reorder of the nudges moves their chips as it would on screen.
function layOutInRows() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.matches(CHIPS) ? [...document.querySelectorAll(CHIPS)].indexOf(this) * ROW + shift : 0;
    return { top, left: 0, right: 100, bottom: top + 30, width: 100, height: 30, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
}

/** The guarded control whose row is at `top`: what a pointer resting there clicks. */
const chipAt = (top: number) => [...document.querySelectorAll<HTMLElement>(CHIPS)].find((chip) => chip.getBoundingClientRect().top === top)!;

// A mouse, touch or pen click carries its click count; Enter or Space on a focused button gives 0.
const pointerClick = (element: Element) => fireEvent.click(element, { detail: 1 });
const keyboardClick = (element: Element) => fireEvent.click(element, { detail: 0 });

const caseTag = finding({
  ruleId: 'hashtag-case',
  category: 'accessibility',
  severity: 'warning',
  message: 'Write #SocialMedia so screen readers read it',
  suggestions: [{ label: 'Use #SocialMedia', edit: { start: 5, end: 17, from: '#socialmedia', to: '#SocialMedia' } }],
});
const repeatedTag = finding({
  ruleId: 'hashtag-repeat',
  category: 'hashtags',
  severity: 'warning',
  message: 'Use each hashtag once',
  suggestions: [{ label: 'Remove the repeated #coffee', edit: { start: 20, end: 28, from: ' #coffee', to: '' } }],
});

function renderPanel(findings: Finding[]) {
  const props: CoachPanelProps = {
    locale: 'en',
    platform: 'x',
    mode: 'personal',
    analysis: analysis(findings),
    onModeChange: vi.fn(),
    onSelectRange: vi.fn(),
    onApplySuggestion: vi.fn(),
  };
  const view = render(<CoachPanel {...props} />);
  const show = (next: Finding[], length = 42) => view.rerender(<CoachPanel {...props} analysis={analysis(next, length)} />);
  return { props, show };
}

const settle = () => vi.advanceTimersByTime(SETTLE_MS);
/** One frame and the task after it: when the guard reads the places a render left. */
const FRAME_MS = 17;
const afterPaint = () => vi.advanceTimersByTime(FRAME_MS);

beforeEach(() => {
  shift = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  layOutInRows();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the settle guard on suggestions and Ignore', () => {
  it('a chip that just appeared ignores a pointer click and shows it is not settled; after the settle time the click acts', () => {
    const { props } = renderPanel([caseTag]);
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    // Before the frame paints the click measures for itself.
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();
    afterPaint();
    expect(chip.dataset.settled).toBe('false');
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();

    vi.advanceTimersByTime(SETTLE_MS - FRAME_MS - 1);
    // One millisecond short of standing still long enough since it appeared.
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(chip.dataset.settled).toBe('true');
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(1);
    expect(props.onApplySuggestion).toHaveBeenCalledWith(caseTag.suggestions![0], caseTag);
  });

  it('a settled chip that moves when the list reorders ignores a pointer click until it stands still again', () => {
    const { props, show } = renderPanel([caseTag]);
    settle();
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    expect(chip.dataset.settled).toBe('true');

    // A new nudge comes in above it: the same button, two rows lower.
    show([repeatedTag, caseTag]);
    afterPaint();
    expect(screen.getByRole('button', { name: 'Use #SocialMedia' })).toBe(chip);
    expect(chip.dataset.settled).toBe('false');
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();

    settle();
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledWith(caseTag.suggestions![0], caseTag);
  });

  it('keyboard activation acts at once, on a chip that just appeared or just moved', () => {
    const { props, show } = renderPanel([caseTag]);
    keyboardClick(screen.getByRole('button', { name: 'Use #SocialMedia' }));
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(1);

    show([repeatedTag, caseTag]);
    keyboardClick(screen.getByRole('button', { name: 'Use #SocialMedia' }));
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(2);
  });

  it('after a reorder the chip that lands under the pointer does not apply its edit', () => {
    const { props, show } = renderPanel([caseTag, repeatedTag]);
    settle();
    const aimedAt = chipAt(0);
    expect(aimedAt.textContent).toBe('Ignore for this post');
    const pointer = aimedAt.getBoundingClientRect().top + ROW; // the pointer on the row of "Use #SocialMedia"
    expect(chipAt(pointer).textContent).toBe('Use #SocialMedia');

    // The analysis of the next keystroke puts the repeated tag first: its chip now sits where the pointer is.
    show([repeatedTag, caseTag]);
    const underPointer = chipAt(pointer);
    expect(underPointer.textContent).toBe('Remove the repeated #coffee');
    pointerClick(underPointer);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();
  });

  it('a chip that did not move stays settled when a new analysis re-renders the panel: its click acts at once', () => {
    const { props, show } = renderPanel([caseTag]);
    settle();
    // The next keystroke: same nudge, another length.
    show([{ ...caseTag }], 43);
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    expect(chip.dataset.settled).toBe('true');
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(1);
  });

  it('a shift of a fraction of a pixel (rounding after the page scrolled) is no move; a shift of a few pixels is', () => {
    const { props, show } = renderPanel([caseTag]);
    settle();
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    shift = 0.4;
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(1);
    shift = 6;
    show([{ ...caseTag }], 43);
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledTimes(1);
  });

  it('a chip whose label changes in place is a new chip to the pointer', () => {
    const { props, show } = renderPanel([caseTag]);
    settle();
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    const renamed = { ...caseTag, suggestions: [{ label: 'Use #SocialWork', edit: { start: 5, end: 16, from: '#socialwork', to: '#SocialWork' } }] };
    show([renamed]);
    expect(screen.getByRole('button', { name: 'Use #SocialWork' })).toBe(chip);
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();
    settle();
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledWith(renamed.suggestions[0], renamed);
  });

  it('"Ignore" is guarded too: a pointer click right after it appeared leaves the nudge, a settled one hides it', () => {
    renderPanel([caseTag]);
    const ignore = screen.getByRole('button', { name: 'Ignore for this post' });
    pointerClick(ignore);
    expect(screen.queryByText(caseTag.message)).not.toBeNull();
    settle();
    pointerClick(ignore);
    expect(screen.queryByText(caseTag.message)).toBeNull();
  });

  it('reads no place while the panel renders, only once the frame has painted: a read at once makes the page lay out early', () => {
    const { show } = renderPanel([caseTag]);
    settle();
    const reads = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    reads.mockClear();
    show([repeatedTag, caseTag]);
    expect(reads).not.toHaveBeenCalled();
    afterPaint();
    expect(reads).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove the repeated #coffee' }).dataset.settled).toBe('false');
  });

  it('renders before one paint are read once, and a chip moved by the last of them waits its full time from that render', () => {
    const { props, show } = renderPanel([caseTag]);
    settle();
    const chip = screen.getByRole('button', { name: 'Use #SocialMedia' });
    const reads = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
    show([{ ...caseTag }], 43);
    vi.advanceTimersByTime(5);
    show([repeatedTag, caseTag]);
    reads.mockClear();
    afterPaint();
    // The panel once, and each of the four guarded controls once.
    expect(reads).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(SETTLE_MS - FRAME_MS - 1);
    pointerClick(chip);
    expect(props.onApplySuggestion).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    pointerClick(chip);
    expect(props.onApplySuggestion).toHaveBeenCalledWith(caseTag.suggestions![0], caseTag);
  });

  it('"Why?" is not guarded: opening the explanation changes nothing in the draft', () => {
    renderPanel([caseTag]);
    const why = screen.getByRole('button', { name: 'Why?' });
    pointerClick(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(why.dataset.settled).toBeUndefined();
  });
});
