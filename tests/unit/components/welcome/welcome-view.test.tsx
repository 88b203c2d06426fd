// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeView, type WelcomeViewProps } from '@/components/welcome/welcome-view';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { NO_POLICY, readPolicy } from '@/lib/settings/policy';
import type { WelcomeAnswers } from '@/lib/settings/welcome';

afterEach(cleanup);

function renderWelcome(props: Partial<WelcomeViewProps> = {}) {
  const onSave = vi.fn(async (_answers: WelcomeAnswers) => undefined);
  render(
    <WelcomeView
      locale="en"
      settings={DEFAULT_SETTINGS}
      policy={NO_POLICY}
      onSave={onSave}
      practiceUrl="chrome-extension://id/practice.html"
      optionsUrl="chrome-extension://id/options.html"
      {...props}
    />,
  );
  return { onSave };
}

const group = (network: string) => screen.getByRole('group', { name: `Mode on ${network}` });
const pressed = (network: string) => group(network).querySelector('[aria-pressed="true"]')?.getAttribute('data-mode-option');
const saved = (onSave: { mock: { calls: unknown[][] } }) => onSave.mock.calls.at(-1)?.[0] as WelcomeAnswers;

describe('WelcomeView', () => {
  it('asks per network, all seven, showing the current mode of each', () => {
    renderWelcome({ settings: { ...DEFAULT_SETTINGS, platformModes: { ...DEFAULT_SETTINGS.platformModes, threads: 'personal' } } });
    for (const network of ['X', 'LinkedIn', 'Facebook', 'Instagram', 'Bluesky', 'Mastodon']) expect(pressed(network)).toBe('work');
    expect(pressed('Threads')).toBe('personal');
  });

  it('sends the answers given, and only those, when saved', async () => {
    const { onSave } = renderWelcome();
    fireEvent.click(group('Instagram').querySelector('[data-mode-option="personal"]')!);
    expect(pressed('Instagram')).toBe('personal');
    fireEvent.change(screen.getByLabelText('Minutes per day'), { target: { value: '20' } });
    fireEvent.click(screen.getByLabelText('Has its own allowance first'));
    fireEvent.change(screen.getByLabelText('Minutes of work writing a day'), { target: { value: '45' } });
    fireEvent.click(screen.getByLabelText('Pause before a social site after a while away'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and go on' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(saved(onSave)).toEqual({ platformModes: { instagram: 'personal' }, dailyMinutes: 20, workWriting: 'own', workMinutes: 45, intentionPause: true });
  });

  it('refuses a budget that is no whole number of minutes in a day and shows the current one again', () => {
    renderWelcome();
    const minutes = screen.getByLabelText('Minutes per day') as HTMLInputElement;
    fireEvent.change(minutes, { target: { value: '0' } });
    expect(minutes.value).toBe('30');
  });

  it('ends on the next step, the practice page, once saved', async () => {
    renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Save and go on' }));
    const practice = await screen.findByRole('link', { name: 'Practise a post' });
    expect(practice.getAttribute('href')).toBe('chrome-extension://id/practice.html');
    expect(screen.getByRole('link', { name: 'All settings' }).getAttribute('href')).toBe('chrome-extension://id/options.html');
  });

  it('stays on the questions, answers kept, when the save fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('quota');
    });
    renderWelcome({ onSave, saveError: null });
    fireEvent.click(group('X').querySelector('[data-mode-option="personal"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Save and go on' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save and go on' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByRole('link', { name: 'Practise a post' })).toBeNull();
    expect(pressed('X')).toBe('personal');
  });

  it('shows what the organisation locked, marked and not changeable', async () => {
    const policy = readPolicy({ dailyMinutes: 20, workWriting: 'counts', platformModes: { linkedin: 'work' }, locked: ['dailyMinutes', 'workWriting', 'platformModes'] });
    const settings = { ...DEFAULT_SETTINGS, budget: { ...DEFAULT_SETTINGS.budget, dailyMinutes: 20 } };
    const { onSave } = renderWelcome({ policy, settings });
    const minutes = screen.getByLabelText('Minutes per day') as HTMLInputElement;
    expect(minutes.value).toBe('20');
    expect(minutes.disabled).toBe(true);
    expect((screen.getByLabelText('Has its own allowance first') as HTMLInputElement).disabled).toBe(true);
    expect([...group('LinkedIn').querySelectorAll('button')].every((button) => button.disabled)).toBe(true);
    expect(group('X').querySelector('button')?.disabled).toBe(false);
    expect([...document.querySelectorAll('[data-locked]')].map((mark) => mark.getAttribute('data-locked')).sort()).toEqual(['dailyMinutes', 'platformModes', 'workWriting']);
    expect(screen.getByTestId('policy-note').textContent).toContain('Nothing about you goes to your organisation');
    fireEvent.click(group('LinkedIn').querySelector('[data-mode-option="personal"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Save and go on' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(saved(onSave).platformModes).toEqual({});
  });

  it('speaks Dutch in a Dutch browser', () => {
    renderWelcome({ locale: 'nl' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welkom bij Social Coach');
    expect(screen.getByRole('group', { name: 'Modus op Instagram' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opslaan en verder' })).toBeTruthy();
  });
});
