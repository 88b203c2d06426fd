import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/coach/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { readPolicy } from '@/lib/settings/policy';
import { applyWelcomeAnswers, lockedPlatforms, NO_ANSWERS } from '@/lib/settings/welcome';

describe('applyWelcomeAnswers', () => {
  it('leaves every setting as it is when nothing was answered', () => {
    expect(applyWelcomeAnswers(DEFAULT_SETTINGS, NO_ANSWERS)).toEqual(DEFAULT_SETTINGS);
  });

  it('puts in the modes, the budget, work writing and the pause, and nothing else', () => {
    const next = applyWelcomeAnswers(DEFAULT_SETTINGS, {
      platformModes: { x: 'personal', instagram: 'personal' },
      dailyMinutes: 20,
      workWriting: 'own',
      workMinutes: 45,
      intentionPause: true,
    });
    expect(next.platformModes).toEqual({ ...DEFAULT_SETTINGS.platformModes, x: 'personal', instagram: 'personal' });
    expect(next.budget).toEqual({ ...DEFAULT_SETTINGS.budget, dailyMinutes: 20, workWriting: 'own', workMinutes: 45, intentionPause: true });
    expect({ ...next, platformModes: DEFAULT_SETTINGS.platformModes, budget: DEFAULT_SETTINGS.budget }).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what the organisation locked, whatever was answered, and takes the rest', () => {
    const policy = readPolicy({ dailyMinutes: 20, intentionPause: true, platformModes: { linkedin: 'work' }, locked: ['dailyMinutes', 'intentionPause', 'platformModes'] });
    const locked = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 20, intentionPause: true } };
    const next = applyWelcomeAnswers(locked, { platformModes: { linkedin: 'personal', x: 'personal' }, dailyMinutes: 90, intentionPause: false, workWriting: 'own' }, policy);
    expect(next.budget.dailyMinutes).toBe(20);
    expect(next.budget.intentionPause).toBe(true);
    expect(next.platformModes.linkedin).toBe('work');
    expect(next.platformModes.x).toBe('personal');
    expect(next.budget.workWriting).toBe('own');
  });
});

describe('lockedPlatforms', () => {
  it('names only the networks a locked policy sets', () => {
    expect([...lockedPlatforms(readPolicy({ platformModes: { facebook: 'work', x: 'personal' }, locked: ['platformModes'] }))].sort()).toEqual(['facebook', 'x']);
  });

  it('names none when the modes are set but not locked', () => {
    expect(lockedPlatforms(readPolicy({ platformModes: { facebook: 'work' } })).size).toBe(0);
  });
});

describe('the defaults for whoever skips the welcome', () => {
  it('start every network in work mode, as the welcome page says', () => {
    for (const platform of PLATFORMS) expect(DEFAULT_SETTINGS.platformModes[platform]).toBe('work');
    expect(DEFAULT_SETTINGS.budget.dailyMinutes).toBe(30);
  });
});
