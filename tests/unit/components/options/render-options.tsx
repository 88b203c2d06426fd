import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '@/components/options/options-view';
import type { RuleInfo } from '@/components/options/rule-info';
import { buildExportFile, type ImportOutcome, type StoredData } from '@/lib/settings/data-file';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

export const RULES: RuleInfo[] = [
  { id: 'hashtags', category: 'hashtags', severity: { work: 'warning', personal: 'tip' } },
  { id: 'self-promotion', category: 'self-promotion', severity: { work: 'warning', personal: null } },
];

/** Renders the options page with spies for every event; `props` override the defaults. */
export function renderOptions(props: Partial<OptionsViewProps> = {}) {
  const handlers = {
    onChange: vi.fn(),
    onReminderChange: vi.fn(),
    onAddInstance: vi.fn(),
    onRemoveInstance: vi.fn(),
    onImport: vi.fn(async (_data: StoredData): Promise<ImportOutcome> => ({ ok: true })),
    onReset: vi.fn(async () => undefined),
    getExport: vi.fn(async () => buildExportFile({ settings: DEFAULT_SETTINGS, usage: {}, posts: {}, fingerprints: [] }, 0)),
  };
  const view = (next: Partial<OptionsViewProps>) => (
    <OptionsView locale="en" settings={DEFAULT_SETTINGS} notes={[]} rules={RULES} mastodonStatus={null} {...handlers} {...next} />
  );
  const { rerender } = render(view(props));
  /** Renders again with other props, as new settings from storage do. */
  return { ...handlers, rerender: (next: Partial<OptionsViewProps>) => rerender(view({ ...props, ...next })) };
}
