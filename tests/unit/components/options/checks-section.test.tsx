// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { renderOptions } from './render-options';

afterEach(cleanup);

/** Other settings, as a save of another field landing (or a change on another device) brings them. */
const elsewhereChanged: Settings = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 } };
const genericField = () => screen.getByLabelText<HTMLInputElement>('Your own generic hashtags');
const limitField = () => document.querySelector<HTMLInputElement>('#op-limit-x')!;

describe('the checks section keeps what is being typed', () => {
  it('keeps a partly typed hashtag list when the settings change meanwhile', () => {
    const { rerender, onChange } = renderOptions();
    // a lone '#' is not a tag yet: stored now, it would be dropped
    fireEvent.input(genericField(), { target: { value: '#zorg, #' } });
    rerender({ settings: elsewhereChanged });
    expect(genericField().value).toBe('#zorg, #');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stores the committed tags clean and shows them as stored', () => {
    const { rerender, onChange } = renderOptions();
    fireEvent.input(genericField(), { target: { value: '#Zorg, #' } });
    fireEvent.change(genericField(), { target: { value: '#Zorg, #' } });
    const saved = onChange.mock.calls.at(-1)![0] as Settings;
    expect(saved.coach.extraGenericHashtags).toEqual(['zorg']);
    rerender({ settings: saved });
    expect(genericField().value).toBe('#zorg');
  });

  it('keeps a hashtag limit being typed, and shows the stored one again after a refused one', () => {
    const { rerender, onChange } = renderOptions();
    const stored = String(DEFAULT_SETTINGS.coach.hashtagLimits.x);
    fireEvent.input(limitField(), { target: { value: '4' } });
    rerender({ settings: elsewhereChanged });
    expect(limitField().value).toBe('4');
    // over the field's maximum of 30
    fireEvent.input(limitField(), { target: { value: '45' } });
    fireEvent.change(limitField(), { target: { value: '45' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(limitField().value).toBe(stored);
  });
});
