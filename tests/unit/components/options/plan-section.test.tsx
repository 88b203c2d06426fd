// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseKeywords } from '@/components/options/plan-section';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { renderOptions } from './render-options';

afterEach(cleanup);

describe('parseKeywords', () => {
  it.each<[string, string, string[]]>([
    ['commas and semicolons', 'buurthuis, Zorg in de wijk;markt', ['buurthuis', 'Zorg in de wijk', 'markt']],
    // the same keyword twice, in another case, is kept once
    ['duplicates', 'Markt, markt', ['Markt']],
    ['blank entries', ' , ,buurt,, ', ['buurt']],
    // inner runs of spaces and control characters are cleaned
    ['spaces', 'zorg   in\tde wijk', ['zorg in de wijk']],
  ])('%s', (_name, input, expected) => {
    expect(parseKeywords(input)).toEqual(expected);
  });

  it('keeps at most 15 keywords of at most 40 characters', () => {
    const many = parseKeywords(Array.from({ length: 20 }, (_, index) => `woord${index}`).join(','));
    expect(many).toHaveLength(15);
    expect(parseKeywords('x'.repeat(60))[0]).toHaveLength(40);
  });
});

describe('the plan section of the options', () => {
  it('saves the keywords of a column, posts a week and the fixed time', () => {
    const { onChange } = renderOptions();
    fireEvent.change(screen.getByLabelText('Local activities'), { target: { value: 'buurthuis, straatfeest' } });
    expect((onChange.mock.calls.at(-1)![0] as Settings).contentPlan.matrix.local).toEqual(['buurthuis', 'straatfeest']);
    fireEvent.change(document.querySelector('#op-rhythm-linkedin')!, { target: { value: '2' } });
    expect((onChange.mock.calls.at(-1)![0] as Settings).contentPlan.postsPerWeek.linkedin).toBe(2);
    fireEvent.click(screen.getByLabelText('I keep a fixed half hour for social media'));
    expect((onChange.mock.calls.at(-1)![0] as Settings).contentPlan.fixedTime).toBe('12:00');
  });

  it('refuses a number of posts out of range and shows the saved one again', () => {
    const { onChange } = renderOptions();
    const input = document.querySelector<HTMLInputElement>('#op-rhythm-x')!;
    fireEvent.change(input, { target: { value: '-3' } });
    expect(onChange).not.toHaveBeenCalled();
    // no plan shows as an empty field
    expect(input.value).toBe('');
  });

  it('keeps what is being typed when the settings change meanwhile (a save of another field landing)', () => {
    const { rerender } = renderOptions();
    const local = screen.getByLabelText<HTMLInputElement>('Local activities');
    fireEvent.input(local, { target: { value: 'buurthuis, str' } });
    rerender({ settings: { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 } } });
    expect(screen.getByLabelText<HTMLInputElement>('Local activities').value).toBe('buurthuis, str');
  });
});
