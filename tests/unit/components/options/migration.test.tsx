// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '@/lib/storage';
import { settingsExample as v1Settings } from '../../settings/fixtures/v1';
import { renderOptions } from './render-options';

// Without vitest globals testing-library cannot unmount on its own.
afterEach(cleanup);

describe('options page over an older stored shape', () => {
  it('shows v1 settings migrated: the one mode on every platform, the budget and the soft block kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1Settings });
    await settingsItem.migrate();
    const { settings, notes } = await settingsItem.getValidated();
    renderOptions({ settings, notes });
    const pressed = (name: string) => screen.getByRole('group', { name }).querySelector('[aria-pressed="true"]')?.getAttribute('data-mode-option');
    expect(pressed('Mode on X')).toBe('work');
    expect(pressed('Mode on Instagram')).toBe('work');
    expect((screen.getByLabelText('Minutes per day') as HTMLInputElement).value).toBe('45');
    expect((screen.getByLabelText('Cover the feed with a calm screen (you can snooze it)') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('settings-notes')).toBeNull();
  });

  it('shows a note when the stored value is damaged beyond the migration', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...v1Settings, budgetMinutes: 'forever' } });
    await settingsItem.migrate();
    const { settings, notes } = await settingsItem.getValidated();
    renderOptions({ settings, notes });
    expect(screen.getByTestId('settings-notes').textContent).toBe('Your setting “Minutes per day” was invalid and has been reset to 30 minutes.');
  });
});
