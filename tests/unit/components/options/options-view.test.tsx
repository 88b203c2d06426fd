// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHashtagList } from '@/components/options/checks-section';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { validateSettings } from '@/lib/settings/settings-schema';
import { RULES } from '@/lib/coach/rules';
import { renderOptions } from './render-options';

// Without vitest globals testing-library cannot unmount on its own.
afterEach(cleanup);

const lastSaved = (onChange: { mock: { calls: unknown[][] } }) => onChange.mock.calls.at(-1)?.[0] as typeof DEFAULT_SETTINGS;

describe('OptionsView: mode', () => {
  it('starts with every network in work mode (the welcome page asks; skipping it keeps these)', () => {
    renderOptions();
    const pressed = (name: string) => screen.getByRole('group', { name }).querySelector('[aria-pressed="true"]')?.getAttribute('data-mode-option');
    for (const network of ['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Mastodon']) expect(pressed(`Mode on ${network}`)).toBe('work');
  });

  it('switches one platform and keeps the rest', () => {
    const { onChange } = renderOptions();
    fireEvent.click(screen.getByRole('group', { name: 'Mode on Bluesky' }).querySelector('[data-mode-option="personal"]')!);
    expect(lastSaved(onChange).platformModes).toEqual({ ...DEFAULT_SETTINGS.platformModes, bluesky: 'personal' });
  });

  it('shows a network whose mode the organisation locked as locked, and it cannot be switched', () => {
    const { onChange } = renderOptions({ lockedPlatforms: new Set(['facebook']) });
    const facebook = screen.getByRole('group', { name: 'Mode on Facebook' });
    expect([...facebook.querySelectorAll('button')].every((button) => button.disabled)).toBe(true);
    expect(facebook.closest('li')?.querySelector('[data-locked="platformModes"]')?.textContent).toBe('Set by your organisation');
    fireEvent.click(facebook.querySelector('[data-mode-option="personal"]')!);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Mode on X' }).querySelector('button')?.disabled).toBe(false);
  });

  it('has no "Default mode" row: every network has its own mode, so a default would never be used', () => {
    renderOptions();
    expect(screen.queryByText('Default mode')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Default mode' })).toBeNull();
  });

  it('sets every network to one mode at once, and shows it pressed only when all are in it', () => {
    const { onChange, rerender } = renderOptions({ settings: { ...DEFAULT_SETTINGS, platformModes: { ...DEFAULT_SETTINGS.platformModes, x: 'personal' } } });
    const all = screen.getByRole('group', { name: 'Set every network to' });
    expect(all.querySelector('[aria-pressed="true"]')).toBeNull(); // mixed: neither is pressed
    fireEvent.click(all.querySelector('[data-mode-option="personal"]')!);
    const saved = lastSaved(onChange);
    expect(Object.values(saved.platformModes)).toEqual(Array(7).fill('personal'));
    expect({ ...saved, platformModes: DEFAULT_SETTINGS.platformModes }).toEqual(DEFAULT_SETTINGS); // nothing else changes
    rerender({ settings: saved });
    expect(screen.getByRole('group', { name: 'Set every network to' }).querySelector('[aria-pressed="true"]')?.getAttribute('data-mode-option')).toBe('personal');
  });

  it('leaves the networks the organisation locked as they are when setting all, and says so', () => {
    const { onChange } = renderOptions({ lockedPlatforms: new Set(['linkedin', 'facebook']) });
    expect(screen.getByText('Networks your organisation set keep their mode.')).toBeTruthy();
    fireEvent.click(screen.getByRole('group', { name: 'Set every network to' }).querySelector('[data-mode-option="personal"]')!);
    expect(lastSaved(onChange).platformModes).toEqual({ x: 'personal', linkedin: 'work', facebook: 'work', instagram: 'personal', threads: 'personal', bluesky: 'personal', mastodon: 'personal' });
  });

  it('in Dutch: "Zet elk netwerk op", under "Modus per netwerk"', () => {
    renderOptions({ locale: 'nl' });
    const all = screen.getByRole('group', { name: 'Zet elk netwerk op' });
    expect(screen.getByRole('heading', { name: 'Modus per netwerk' }).compareDocumentPosition(all) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...all.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Werk', 'Privé']);
  });

  it('explains per check how firm it is in each mode', () => {
    renderOptions();
    const row = document.querySelector('tr[data-rule="self-promotion"]')!;
    expect([...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent)).toEqual(['Worth a look', 'Silent']);
  });

  it('says where a check speaks more firmly than its mode’s own severity, as the sidebar shows it (the real rules)', () => {
    const rules = RULES.map(({ meta }) => ({ id: meta.id, category: meta.category, severity: meta.severity, otherSeverities: meta.otherSeverities }));
    renderOptions({ rules });
    const personal = document.querySelector('tr[data-rule="hashtags"] td[data-mode="personal"]')!;
    expect(personal.firstChild?.textContent).toBe('Tip');
    expect([...personal.querySelectorAll('.op-rules__other')].map((line) => line.textContent)).toEqual([
      "Fix first: a repeated tag, or more than twice the network's number of tags",
    ]);
    const work = document.querySelector('tr[data-rule="call-to-action"] td[data-mode="work"]')!;
    expect(work.textContent).toBe('Worth a lookTip: on a heated or off-tone draft, where a calmer post comes first');
    cleanup();
    renderOptions({ rules, locale: 'nl' });
    expect(document.querySelector('tr[data-rule="hashtags"] td[data-mode="personal"] .op-rules__other')?.textContent).toBe(
      'Eerst aanpassen: een dubbele tag, of meer dan twee keer het aantal tags van het netwerk',
    );
  });
});

describe('OptionsView: budget', () => {
  it('saves a new daily budget', () => {
    const { onChange } = renderOptions();
    const input = screen.getByLabelText('Minutes per day') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '45' } });
    expect(lastSaved(onChange).budget).toEqual({ ...DEFAULT_SETTINGS.budget, dailyMinutes: 45 });
  });

  it.each([
    ['0'], // no budget at all would block at once
    ['2000'], // more than a day
    ['12.5'], // whole minutes only
    [''], // cleared field
  ])('refuses %j and puts the saved value back', (value) => {
    const { onChange } = renderOptions();
    const input = screen.getByLabelText('Minutes per day') as HTMLInputElement;
    fireEvent.change(input, { target: { value } });
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('30');
  });

  it('keeps minutes being typed when new settings render meanwhile, and a limit per network too', () => {
    const { rerender, onChange } = renderOptions();
    const minutes = screen.getByLabelText('Minutes per day') as HTMLInputElement;
    const x = document.querySelector<HTMLInputElement>('#op-site-x')!;
    fireEvent.input(minutes, { target: { value: '4' } });
    fireEvent.input(x, { target: { value: '1' } });
    // a late answer of storage, or a save of another field landing
    rerender({ settings: { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, noteAt80: false } } });
    expect([minutes.value, x.value]).toEqual(['4', '1']);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(minutes, { target: { value: '45' } });
    expect(lastSaved(onChange).budget.dailyMinutes).toBe(45);
  });

  it('chooses the soft block', () => {
    const { onChange } = renderOptions();
    fireEvent.click(screen.getByLabelText('Cover the feed with a calm screen (you can snooze it)'));
    expect(lastSaved(onChange).budget.timesUp).toBe('soft-block');
  });

  it('asks the wiring to turn the reminder on, with a default time', () => {
    const { onReminderChange, onChange } = renderOptions();
    fireEvent.click(screen.getByLabelText('Daily reminder for your social half hour'));
    expect(onReminderChange).toHaveBeenCalledWith('09:00');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('OptionsView: checks', () => {
  it('turns a rule off and on again', () => {
    const { onChange } = renderOptions({ settings: { ...DEFAULT_SETTINGS, coach: { ...DEFAULT_SETTINGS.coach, disabledRules: ['hashtags'] } } });
    const hashtags = document.querySelector('#op-rule-hashtags') as HTMLInputElement;
    expect(hashtags.checked).toBe(false);
    fireEvent.click(hashtags);
    expect(lastSaved(onChange).coach.disabledRules).toEqual([]);
    fireEvent.click(document.querySelector('#op-rule-self-promotion')!);
    expect(lastSaved(onChange).coach.disabledRules).toEqual(['hashtags', 'self-promotion']);
  });

  it('stores extra generic hashtags clean', () => {
    expect(parseHashtagList('#Fun, news  #NEWS;#  bad-tag')).toEqual(['fun', 'news']);
  });

  it('overrides the UI language', () => {
    const { onChange } = renderOptions();
    fireEvent.change(screen.getByLabelText('Language of the coach'), { target: { value: 'nl' } });
    expect(lastSaved(onChange).uiLanguage).toBe('nl');
  });
});

describe('OptionsView: Mastodon instances', () => {
  it('adds a pasted profile address as a bare host', () => {
    const { onAddInstance } = renderOptions();
    fireEvent.input(screen.getByLabelText('Instance address'), { target: { value: 'https://Mastodon.NL/@me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAddInstance).toHaveBeenCalledWith('mastodon.nl');
  });

  it.each([
    ['not a host', '“not a host” is not a host name. Type it like mastodon.nl.'], // spaces
    ['mastodon.social', 'mastodon.social is already on the list.'], // built in
  ])('refuses %s with a reason', (value, message) => {
    const { onAddInstance } = renderOptions();
    fireEvent.input(screen.getByLabelText('Instance address'), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAddInstance).not.toHaveBeenCalled();
    expect(document.querySelector('#op-instance-status')?.textContent).toBe(message);
  });

  it('removes an instance', () => {
    const { onRemoveInstance } = renderOptions({ settings: { ...DEFAULT_SETTINGS, mastodonInstances: ['mastodon.nl'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove mastodon.nl' }));
    expect(onRemoveInstance).toHaveBeenCalledWith('mastodon.nl');
  });
});

describe('OptionsView: notes about invalid stored settings', () => {
  it('says what was reset, in words', () => {
    const stored = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 'lots' }, platformModes: { ...DEFAULT_SETTINGS.platformModes, x: 7 } };
    const { settings, notes } = validateSettings(stored);
    renderOptions({ settings, notes });
    expect([...screen.getByTestId('settings-notes').querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Your setting “Mode on X” was invalid and has been reset to Work.',
      'Your setting “Minutes per day” was invalid and has been reset to 30 minutes.',
    ]);
  });

  it('shows nothing when the settings were fine', () => {
    renderOptions();
    expect(screen.queryByTestId('settings-notes')).toBeNull();
  });
});

describe('OptionsView: what the organisation set', () => {
  it('marks and fixes the networks whose mode it locked, and leaves the others to the user', () => {
    renderOptions({ locked: new Set(['platformModes']), lockedPlatforms: new Set(['linkedin']) });
    const linkedin = screen.getByRole('group', { name: 'Mode on LinkedIn' });
    expect([...linkedin.querySelectorAll('button')].every((button) => button.disabled)).toBe(true);
    expect(document.querySelector('[data-platform="linkedin"] [data-locked="platformModes"]')?.textContent).toBe('Set by your organisation');
    expect(document.querySelectorAll('[data-locked="platformModes"]')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Mode on X' }).querySelector('button')?.disabled).toBe(false);
  });

  it('marks the checks as set by it and fixes every check box when it locked them', () => {
    renderOptions({ locked: new Set(['disabledRules']) });
    expect(document.querySelector('[data-section="checks"] [data-locked="disabledRules"]')?.textContent).toBe('Set by your organisation');
    expect([...document.querySelectorAll<HTMLInputElement>('.op-rules input[type="checkbox"]')].every((box) => box.disabled)).toBe(true);
  });

  it('marks and fixes the limits of the networks it locked, and the quiet hours, and leaves the other networks open', () => {
    const settings = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, siteMinutes: { ...DEFAULT_SETTINGS.budget.siteMinutes, x: 10 }, quietHours: { on: true, from: '22:00', to: '07:00' } } };
    renderOptions({ settings, locked: new Set(['siteMinutes', 'quietHours']), lockedSites: new Set(['x']) });
    const x = document.querySelector<HTMLInputElement>('#op-site-x')!;
    expect(x.disabled).toBe(true);
    expect(x.value).toBe('10');
    expect(x.closest('.pg-row')?.querySelector('[data-locked="siteMinutes"]')?.textContent).toBe('Set by your organisation');
    expect(document.querySelectorAll('[data-locked="siteMinutes"]')).toHaveLength(1);
    expect(document.querySelector<HTMLInputElement>('#op-site-linkedin')?.disabled).toBe(false);
    expect(document.querySelector('[data-testid="quiet-hours"] legend [data-locked="quietHours"]')?.textContent).toBe('Set by your organisation');
    expect(['#op-quiet', '#op-quiet-from', '#op-quiet-to'].map((id) => document.querySelector<HTMLInputElement>(id)?.disabled)).toEqual([true, true, true]);
  });

  it('leaves modes and checks open without a lock', () => {
    renderOptions({ locked: new Set(['dailyMinutes']) });
    expect(document.querySelector('[data-locked="platformModes"], [data-locked="disabledRules"]')).toBeNull();
    expect([...document.querySelectorAll<HTMLInputElement>('.op-rules input[type="checkbox"]')].some((box) => box.disabled)).toBe(false);
  });
});

describe('OptionsView: times of day', () => {
  const quiet = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, quietHours: { on: true, from: '22:00', to: '07:00' }, reminderTime: '21:30' } };
  const fieldsOf = () => ['#op-quiet-from', '#op-quiet-to', '#op-reminder-time'].map((id) => document.querySelector<HTMLInputElement>(id)!);

  it('writes them in 24 hours in Dutch, whatever the browser\'s clock: text fields holding 22:00, never 10:00 PM', () => {
    renderOptions({ locale: 'nl', settings: quiet });
    expect(fieldsOf().map((field) => [field.type, field.value])).toEqual([['text', '22:00'], ['text', '07:00'], ['text', '21:30']]);
  });

  it('reads what a Dutch writer types (7.30, 2300) and saves it as HH:MM', () => {
    const { onChange, onReminderChange } = renderOptions({ locale: 'nl', settings: quiet });
    const [from, , reminder] = fieldsOf();
    fireEvent.input(from!, { target: { value: '7.30' } });
    fireEvent.change(from!, { target: { value: '7.30' } });
    expect(lastSaved(onChange).budget.quietHours).toEqual({ on: true, from: '07:30', to: '07:00' });
    fireEvent.change(reminder!, { target: { value: '2300' } });
    expect(onReminderChange).toHaveBeenCalledWith('23:00');
  });

  it('refuses a time that is none, says how to write one and saves nothing', () => {
    const { onChange } = renderOptions({ locale: 'nl', settings: quiet });
    const [, to] = fieldsOf();
    fireEvent.input(to!, { target: { value: '25:00' } });
    fireEvent.change(to!, { target: { value: '25:00' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(to!.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(to!.getAttribute('aria-describedby')!)?.textContent).toBe('Schrijf een tijd als 22:00');
    // what was typed stays there to correct
    expect(to!.value).toBe('25:00');
  });

  it('keeps the browser\'s own time field in English', () => {
    renderOptions({ settings: quiet });
    expect(fieldsOf().map((field) => field.type)).toEqual(['time', 'time', 'time']);
  });
});
