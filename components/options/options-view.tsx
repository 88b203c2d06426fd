import { useMemo } from 'preact/hooks';
import type { Platform, UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import type { ExportFile, ImportOutcome, StoredData } from '@/lib/settings/data-file';
import type { Settings } from '@/lib/settings/defaults';
import type { PolicyField } from '@/lib/settings/policy';
import type { SchemaNote } from '@/lib/settings/schema';
import { BudgetSection } from './budget-section';
import { ChecksSection } from './checks-section';
import { DataSection } from './data-section';
import { MastodonSection } from './mastodon-section';
import { ModeSection } from './mode-section';
import { PlanSection } from './plan-section';
import type { RuleInfo } from './rule-info';
import { SettingsNotes } from './settings-notes';

export interface OptionsViewProps {
  locale: UiLocale;
  settings: Settings;
  /** What was invalid in storage and has been reset. */
  notes: readonly SchemaNote[];
  rules: readonly RuleInfo[];
  mastodonStatus: string | null;
  /** Why the last change could not be saved (it was not); null once a save goes through. */
  saveError?: string | null;
  /** Settings the user's organisation locked through the browser's policy. */
  locked?: ReadonlySet<PolicyField>;
  /** Networks whose mode the organisation locked. */
  lockedPlatforms?: ReadonlySet<Platform>;
  /** Networks whose own limit the organisation locked. */
  lockedSites?: ReadonlySet<Platform>;
  onChange(settings: Settings): void;
  onReminderChange(time: string | null): void;
  onAddInstance(host: string): void;
  onRemoveInstance(host: string): void;
  getExport(): Promise<ExportFile>;
  onImport(data: StoredData): Promise<ImportOutcome>;
  onReset(): Promise<void>;
}

/** The options page: every choice the user can make, one section each. */
export function OptionsView(props: OptionsViewProps) {
  const { locale, settings, onChange } = props;
  const t = useMemo(() => translator(locale), [locale]);
  return (
    <main class="op" lang={locale} data-page="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsNotes notes={props.notes} t={t} />
      <p role="alert" class={props.saveError ? 'pg-note' : ''} data-testid="save-error">
        {props.saveError ?? ''}
      </p>
      {props.locked && props.locked.size > 0 && (
        <p class="pg-note" data-testid="policy-note">
          {t('options_policy_note')}
        </p>
      )}
      <ModeSection settings={settings} t={t} onChange={onChange} lockedPlatforms={props.lockedPlatforms} />
      <BudgetSection settings={settings} locale={locale} t={t} onChange={onChange} onReminderChange={props.onReminderChange} locked={props.locked} lockedSites={props.lockedSites} />
      <ChecksSection locale={locale} settings={settings} rules={props.rules} t={t} onChange={onChange} rulesLocked={props.locked?.has('disabledRules') ?? false} />
      <PlanSection settings={settings} locale={locale} t={t} onChange={onChange} />
      <MastodonSection
        settings={settings}
        t={t}
        onChange={onChange}
        onAddInstance={props.onAddInstance}
        onRemoveInstance={props.onRemoveInstance}
        status={props.mastodonStatus}
      />
      <DataSection t={t} getExport={props.getExport} onImport={props.onImport} onReset={props.onReset} />
    </main>
  );
}
