import { describe, expect, it } from 'vitest';
import { DEFAULT_COACH_SETTINGS } from '@/lib/settings/defaults';
import { emptyMatrix } from '@/lib/week/matrix';
import { postTraits } from '@/lib/week/traits';

describe('postTraits', () => {
  const matrix = { ...emptyMatrix(), local: ['buurthuis'] };

  it.each<[string, string, boolean]>([
    // a sales pitch is only about the sender
    ['a pitch', 'Shop our NEW winter collection now, 30% off until Monday! https://shop.example', true],
    // a question to the reader is not
    ['a question', 'Wat is jouw beste tip voor een rustige ochtend in het buurthuis?', false],
  ])('%s', (_name, text, aboutSender) => {
    expect(postTraits(text, 'linkedin', matrix, DEFAULT_COACH_SETTINGS).aboutSender).toBe(aboutSender);
  });

  it('judges self-promotion as in work mode even when the user turned the rule off for their own drafts', () => {
    const settings = { ...DEFAULT_COACH_SETTINGS, disabledRules: ['self-promotion'] };
    expect(postTraits('Shop our NEW winter collection now, 30% off until Monday! https://shop.example', 'x', matrix, settings).aboutSender).toBe(true);
  });

  it('names the columns touched', () => {
    expect(postTraits('Koffie in het buurthuis', 'facebook', matrix, DEFAULT_COACH_SETTINGS).columns).toEqual(['local']);
  });
});
