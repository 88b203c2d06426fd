import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
import { fingerprintsItem, postsItem, settingsItem, usageItem } from '@/lib/storage';

const RULE_INFO: RuleInfo[] = RULES.map(({ meta }) => ({ id: meta.id, category: meta.category, severity: meta.severity }));

async function exportAll() {
  const [settings, usage, posts, fingerprints] = await Promise.all([
    settingsItem.getValue(),
    usageItem.getValue(),
    postsItem.getValue(),
    fingerprintsItem.getValue(),
  ]);
  return buildExportFile({ settings, usage, posts, fingerprints }, Date.now());
}

/** Stats first: the background may still refuse them, and then the settings stay as they were too. */
async function importAll({ settings, ...stats }: StoredData) {
  await sendMessage('page-bg:import-data', stats);
  await settingsItem.setValue(settings);
}

async function resetAll() {
  await sendMessage('page-bg:reset-data');
  await settingsItem.removeValue();
}

function Options() {
  const [state, setState] = useState<ValidatedSettings>();
  const [mastodonStatus, setMastodonStatus] = useState<string | null>(null);
  useEffect(() => {
    void settingsItem.getValidated().then(setState);
    return settingsItem.watch((settings, notes) => setState({ settings, notes }));
  }, []);
  if (!state) return null;

  const { settings } = state;
  const locale = resolveUiLocale(settings.uiLanguage, navigator.language);
  document.documentElement.lang = locale;
  document.title = translate(locale, 'optionsTitle');
  const save = (next: Settings) => void settingsItem.setValue(next);

  const changeReminder = async (time: string | null) => {
    // Asked for before any other await: the permission prompt needs the click's user gesture.
    const allowed = time === null || (await browser.permissions.request({ permissions: ['notifications'] }));
    if (!allowed) return;
    await settingsItem.setValue({ ...settings, budget: { ...settings.budget, reminderTime: time } });
    await sendMessage('page-bg:request-reminder', { enabled: time !== null }).catch(() => undefined);
  };
  const addInstance = async (host: string) => {
    // The background registers the coach's watcher there once the host is granted (see background/mastodon-instances).
    const granted = await browser.permissions.request({ origins: [instanceOrigin(host)] });
    if (!granted) return setMastodonStatus(translate(locale, 'options_mastodon_refused', [host]));
    await settingsItem.setValue({ ...settings, mastodonInstances: [...settings.mastodonInstances, host] });
    setMastodonStatus(translate(locale, 'options_mastodon_added', [host]));
  };
  const removeInstance = async (host: string) => {
    const remaining = settings.mastodonInstances.filter((h) => h !== host);
    await settingsItem.setValue({ ...settings, mastodonInstances: remaining });
    await browser.permissions.remove({ origins: [instanceOrigin(host)] }).catch(() => false);
    setMastodonStatus(translate(locale, 'options_mastodon_removed', [host]));
  };

  return (
    <OptionsView
      locale={locale}
      settings={settings}
      notes={state.notes}
      rules={RULE_INFO}
      mastodonStatus={mastodonStatus}
      onChange={save}
      onReminderChange={(time) => void changeReminder(time)}
      onAddInstance={(host) => void addInstance(host)}
      onRemoveInstance={(host) => void removeInstance(host)}
      getExport={exportAll}
      onImport={importAll}
      onReset={resetAll}
    />
  );
}

render(<Options />, document.getElementById('root')!);
