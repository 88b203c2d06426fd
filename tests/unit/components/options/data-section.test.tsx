// @vitest-environment happy-dom
import { DEFAULT_CONTENT_PLAN, DEFAULT_QUIET_HOURS, NO_SITE_LIMITS } from '@/lib/settings/defaults';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExportFile } from '@/lib/settings/data-file';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { storedDataExample } from '../../settings/fixtures/stored-data';
import { settingsExample as v1Settings } from '../../settings/fixtures/v1';
import { settingsExample as v4Settings } from '../../settings/fixtures/v4';
import { renderOptions } from './render-options';

// Without vitest globals testing-library cannot unmount on its own.
afterEach(cleanup);

function pickFile(content: string) {
  const input = screen.getByTestId('import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], 'export.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

const status = () => screen.getByTestId('data-status').textContent;
const goodFile = () => JSON.stringify(buildExportFile(storedDataExample, Date.UTC(2026, 10, 22)));

describe('import', () => {
  it('hands a valid file’s data over and confirms', async () => {
    const { onImport } = renderOptions();
    pickFile(goodFile());
    await waitFor(() => expect(status()).toBe('Imported. Your settings and stats are back.'));
    expect(onImport).toHaveBeenCalledWith(storedDataExample);
  });

  it('migrates the settings of an older file before handing them over', async () => {
    const { onImport } = renderOptions();
    pickFile(JSON.stringify({ ...JSON.parse(goodFile()), schemaVersion: 1, settings: v1Settings }));
    await waitFor(() => expect(onImport).toHaveBeenCalled());
    expect(onImport.mock.calls[0]![0]).toEqual(
      expect.objectContaining({
        settings: { ...v4Settings, budget: { ...v4Settings.budget, siteMinutes: NO_SITE_LIMITS, quietHours: DEFAULT_QUIET_HOURS }, contentPlan: DEFAULT_CONTENT_PLAN },
      }),
    );
  });

  it.each([
    ['a truncated file', '{"format":', 'This file is not a Social Coach export: it is not valid JSON. Nothing was changed.'], // broken download
    ['another app’s export', '{"format":"other","items":[]}', 'This file is not a Social Coach export. Nothing was changed.'], // foreign
    [
      'a damaged budget',
      goodFile().replace('"dailyMinutes": 45', '"dailyMinutes": -1').replace('"dailyMinutes":45', '"dailyMinutes":-1'),
      'This export is damaged: “settings.budget.dailyMinutes” is missing or invalid. Nothing was changed.',
    ], // refuses instead of repairing silently
    [
      'a file from the future',
      goodFile().replace(`"schemaVersion":${SETTINGS_VERSION}`, `"schemaVersion":${SETTINGS_VERSION + 1}`),
      `This file comes from a newer version of Social Coach (format ${SETTINGS_VERSION + 1}). Update the extension first. Nothing was changed.`,
    ], // cannot read a newer shape
  ])('refuses %s with a specific message and changes nothing', async (_why, content, message) => {
    const { onImport } = renderOptions();
    pickFile(content);
    await waitFor(() => expect(status()).toBe(message));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says so when the background refuses the data', async () => {
    const { onImport } = renderOptions();
    onImport.mockRejectedValueOnce(new Error('Invalid field: usage'));
    pickFile(goodFile());
    await waitFor(() => expect(status()).toBe('The import did not go through. Nothing was changed.'));
  });
});

describe('import, written by the background', () => {
  it('refuses a file over the size cap without reading it', async () => {
    const { onImport } = renderOptions();
    const input = screen.getByTestId('import') as HTMLInputElement;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 12 * 1024 * 1024 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('read a 12 MB file')) });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(status()).toBe('This file is 12 MB; an export is never more than 6 MB. It was not read. Nothing was changed.'));
    expect(onImport).not.toHaveBeenCalled();
  });

  it.each([
    [
      { kind: 'item-too-large', area: 'sync', key: 'settings', bytes: 9_900, limit: 8_192 } as const,
      "These settings are too large for the browser's synced storage (10 kB of at most 8 kB). Nothing was changed.",
    ],
    [{ kind: 'area-full', area: 'local', bytes: 12_000_000, limit: 10_485_760 } as const, 'This file holds more than the browser lets the extension keep (11,719 kB of at most 10,240 kB). Nothing was changed.'],
    [{ kind: 'write-failed', rolledBack: true } as const, 'The browser could not save the import; what had been written was put back. Nothing was changed.'],
  ])('shows why the background wrote nothing (%o)', async (error, message) => {
    const { onImport } = renderOptions();
    onImport.mockResolvedValueOnce({ ok: false, error });
    pickFile(goodFile());
    await waitFor(() => expect(status()).toBe(message));
  });

  it('never says nothing was changed when a rollback failed', async () => {
    const { onImport } = renderOptions();
    onImport.mockResolvedValueOnce({ ok: false, error: { kind: 'write-failed', rolledBack: false } });
    pickFile(goodFile());
    await waitFor(() => expect(status()).toContain('your stats may have been replaced'));
    expect(status()).not.toContain('Nothing was changed');
  });
});

describe('saving', () => {
  it('shows why a change was not saved', () => {
    renderOptions({ saveError: 'Not saved: too large.' });
    expect(screen.getByRole('alert').textContent).toBe('Not saved: too large.');
  });
});

describe('reset', () => {
  it('says so when the reset did not finish', async () => {
    const { onReset } = renderOptions();
    onReset.mockRejectedValueOnce(new Error('Reset incomplete'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(status()).toBe('The reset did not finish: some of your data may still be there. Try again.'));
  });

  it('asks first and only resets after the confirmation', async () => {
    const { onReset } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect(onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(status()).toBe('Everything is back to the start.'));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
