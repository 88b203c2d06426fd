import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/common/pages.css';
import '@/components/options/options.css';
import { OptionsView } from '@/components/options/options-view';
import type { RuleInfo } from '@/components/options/rule-info';
import { RULES } from '@/lib/coach/rules';
import { resolveUiLocale, translate } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { buildExportFile, type StoredData } from '@/lib/settings/data-file';
import type { ValidatedSettings } from '@/lib/settings/settings-schema';
import type { Settings } from '@/lib/settings/defaults';
import { instanceOrigin } from '@/lib/sites/mastodon-instances';
import { lockedSiteLimits, NO_POLICY, type Policy } from '@/lib/settings/policy';
import { lockedPlatforms } from '@/lib/settings/welcome';
import { fingerprintsItem, policyItem, postsItem, SettingsTooLarge, settingsItem, usageItem } from '@/lib/storage';
import type { UiLocale } from '@/lib/coach/types';

const RULE_INFO: RuleInfo[] = RULES.map(({ meta }) => ({
  id: meta.id,
  category: meta.category,
  severity: meta.severity,
  otherSeverities: meta.otherSeverities,
}));

async function exportAll() {
  const [settings, usage, posts, fingerprints] = await Promise.all([
    settingsItem.getValue(),
    usageItem.getValue(),
    postsItem.getValue(),
    fingerprintsItem.getValue(),
  ]);
  return buildExportFile({ settings, usage, posts, fingerprints }, Date.now());
}

/** The background writes settings and stats together, after checking them against the storage quotas. */
const importAll = (data: StoredData) => sendMessage('page-bg:import-data', data);

/** Settings, stats, placement, granted hosts, reminder: the background deletes it all. */
const resetAll = () => sendMessage('page-bg:reset-data');

function saveErrorMessage(error: unknown, locale: UiLocale): string {
  if (error instanceof SettingsTooLarge && error.quota.kind === 'item-too-large') {
    return translate(locale, 'options_save_too_large', [Math.ceil(error.quota.bytes / 1024), error.quota.limit / 1024]);
  }
  return translate(locale, 'options_save_failed');
}

function Options() {
  const [state, setState] = useState<ValidatedSettings>();
  const [mastodonStatus, setMastodonStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const writesInFlight = useRef(0);
  useEffect(() => {
    void settingsItem.getValidated().then(setState);
    void policyItem.getValue().then(setPolicy);
    const stopPolicy = policyItem.watch(setPolicy);
    const stopSettings = settingsItem.watch((settings, notes) => writesInFlight.current === 0 && setState({ settings, notes }));
    return () => {
      stopPolicy();
      stopSettings();
    };
  }, []);
  if (!state) return null;

  const { settings } = state;
  const locale = resolveUiLocale(settings.uiLanguage, navigator.language);
  document.documentElement.lang = locale;
  document.title = translate(locale, 'optionsTitle');
  // A save that can't be written (over the sync quota, sync unavailable) is said on the page, never thrown away.
  // Shown at once, before storage answers, and storage's echoes of earlier writes are ignored while writes are on
  // their way: a second field changed meanwhile builds on this one (two quick edits used to lose the first). Once
  // the last write has landed (or failed), what is stored is read back.
  const write = (next: Settings) => {
    writesInFlight.current += 1;
    setState((current) => current && { ...current, settings: next });
    return settingsItem
      .setValue(next)
      .then(() => setSaveError(null), (error: unknown) => {
        setSaveError(error);
        throw error;
      })
      .finally(() => {
        writesInFlight.current -= 1;
        if (writesInFlight.current === 0) void settingsItem.getValidated().then(setState);
      });
  };
  const save = (next: Settings) => void write(next).catch(() => undefined);

  const changeReminder = async (time: string | null) => {
    // Asked for before any other await: the permission prompt needs the click's user gesture.
    const allowed = time === null || (await browser.permissions.request({ permissions: ['notifications'] }));
    if (!allowed) return;
    await write({ ...settings, budget: { ...settings.budget, reminderTime: time } });
    await sendMessage('page-bg:request-reminder', { enabled: time !== null }).catch(() => undefined);
  };
  const addInstance = async (host: string) => {
    // The background registers the coach's watcher there once the host is granted (see background/mastodon-instances).
    const granted = await browser.permissions.request({ origins: [instanceOrigin(host)] });
    if (!granted) return setMastodonStatus(translate(locale, 'options_mastodon_refused', [host]));
    await write({ ...settings, mastodonInstances: [...settings.mastodonInstances, host] });
    setMastodonStatus(translate(locale, 'options_mastodon_added', [host]));
  };
  const removeInstance = async (host: string) => {
    const remaining = settings.mastodonInstances.filter((h) => h !== host);
    await write({ ...settings, mastodonInstances: remaining });
    await browser.permissions.remove({ origins: [instanceOrigin(host)] }).catch(() => false);
    setMastodonStatus(translate(locale, 'options_mastodon_removed', [host]));
  };

  return (
    <OptionsView
      locale={locale}
      settings={settings}
      notes={state.notes}
      locked={policy.locked}
      lockedPlatforms={lockedPlatforms(policy)}
      lockedSites={lockedSiteLimits(policy)}
      rules={RULE_INFO}
      mastodonStatus={mastodonStatus}
      onChange={save}
      saveError={saveError === null ? null : saveErrorMessage(saveError, locale)}
      onReminderChange={(time) => void changeReminder(time).catch(() => undefined)}
      onAddInstance={(host) => void addInstance(host).catch(() => undefined)}
      onRemoveInstance={(host) => void removeInstance(host).catch(() => undefined)}
      getExport={exportAll}
      onImport={importAll}
      onReset={resetAll}
    />
  );
}

render(<Options />, document.getElementById('root')!);
