import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { normalizeInstanceHost } from '@/lib/settings/hosts';
import { settingsSchema, validateSettings } from '@/lib/settings/settings-schema';
import { readWithNotes } from '@/lib/settings/schema';

/** A copy of the defaults with one field changed by `patch`. */
function withField(patch: (settings: Settings) => void): unknown {
  const settings = structuredClone(DEFAULT_SETTINGS);
  patch(settings);
  return settings;
}

describe('validateSettings falls back field by field', () => {
  it.each([
    ['budget as text', (s: Settings) => (s.budget.dailyMinutes = '45' as never), 'budget.dailyMinutes', 30], // a string is not a number
    ['budget of zero', (s: Settings) => (s.budget.dailyMinutes = 0 as never), 'budget.dailyMinutes', 30], // zero minutes would block at once
    ['budget over a day', (s: Settings) => (s.budget.dailyMinutes = 1441 as never), 'budget.dailyMinutes', 30], // more minutes than a day has
    ['fractional budget', (s: Settings) => (s.budget.dailyMinutes = 12.5 as never), 'budget.dailyMinutes', 30], // the UI offers whole minutes
    ['unknown mode', (s: Settings) => (s.platformModes.linkedin = 'party' as never), 'platformModes.linkedin', 'work'], // only work and personal exist
    ['bad reminder time', (s: Settings) => (s.budget.reminderTime = '25:00' as never), 'budget.reminderTime', null], // no such hour
    ['times-up typo', (s: Settings) => (s.budget.timesUp = 'block' as never), 'budget.timesUp', 'note'], // only note and soft-block
    ['language object', (s: Settings) => (s.uiLanguage = { nl: true } as never), 'uiLanguage', 'auto'], // wrong type
    ['negative hashtag limit', (s: Settings) => (s.coach.hashtagLimits.x = -1 as never), 'coach.hashtagLimits.x', 2], // a limit below zero means nothing
    ['budget group missing type', (s: Settings) => (s.budget = 'thirty' as never), 'budget', DEFAULT_SETTINGS.budget], // whole group unreadable
  ])('%s resets only that field', (_why, patch, path, resetTo) => {
    const { settings, notes } = validateSettings(withField(patch));
    expect(notes).toEqual([{ path, kind: 'reset', resetTo }]);
    const expected = withField((s) => {
      const keys = path.split('.');
      const last = keys.pop()!;
      const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, s as unknown as Record<string, unknown>);
      parent[last] = resetTo;
    });
    expect(settings).toEqual(expected);
  });

  it.each([
    ['bad host', (s: Settings) => (s.mastodonInstances = ['mastodon.nl', 'not a host'] as never), 'mastodonInstances.1', ['mastodon.nl']], // the good host stays
    ['repeated host', (s: Settings) => (s.mastodonInstances = ['mastodon.nl', 'mastodon.nl'] as never), 'mastodonInstances.1', ['mastodon.nl']], // no duplicates
    ['hashtag with #', (s: Settings) => (s.coach.extraGenericHashtags = ['#fun', 'news'] as never), 'coach.extraGenericHashtags.0', ['news']], // stored without '#'
  ])('%s drops only the bad entry', (_why, patch, path, kept) => {
    const { settings, notes } = validateSettings(withField(patch));
    expect(notes).toEqual([{ path, kind: 'dropped' }]);
    expect(path.startsWith('mastodon') ? settings.mastodonInstances : settings.coach.extraGenericHashtags).toEqual(kept);
  });

  it('fills fields a newer version added without calling them invalid', () => {
    const { budget: _budget, ...withoutBudget } = DEFAULT_SETTINGS;
    const { settings, notes } = validateSettings(withoutBudget);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notes).toEqual([]);
  });

  it('leaves unknown fields out', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, secret: 1 }).settings).not.toHaveProperty('secret');
  });

  it('gives valid settings back unchanged', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
  });
});

describe('validateSettings on arbitrary input', () => {
  it('never throws and always returns settings the schema accepts as they are', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const { settings } = validateSettings(input);
        expect(readWithNotes(settingsSchema, settings).notes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every valid field of a partly damaged value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), fc.jsonValue(), (minutes, junk) => {
        const { settings } = validateSettings({ ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: minutes }, uiLanguage: junk });
        expect(settings.budget.dailyMinutes).toBe(minutes);
      }),
    );
  });
});

describe('normalizeInstanceHost', () => {
  it.each([
    ['mastodon.nl', 'mastodon.nl'], // already bare
    ['https://Mastodon.NL/@me', 'mastodon.nl'], // pasted profile URL
    ['  toot.community/ ', 'toot.community'], // spaces and trailing slash
    ['fosstodon.org:443', 'fosstodon.org'], // port left out
    ['localhost', null], // no dot: not a public instance
    ['exa mple.com', null], // space inside
    ['', null], // nothing typed
    ['-bad.example', null], // label may not start with a hyphen
  ])('%s → %s', (input, expected) => {
    expect(normalizeInstanceHost(input)).toBe(expected);
  });
});
