import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/common/pages.css';
import '@/components/options/options.css';
import '@/components/welcome/welcome.css';
import { WelcomeView } from '@/components/welcome/welcome-view';
import { resolveUiLocale, translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { NO_POLICY, type Policy } from '@/lib/settings/policy';
import { applyWelcomeAnswers, type WelcomeAnswers } from '@/lib/settings/welcome';
import { policyItem, settingsItem } from '@/lib/storage';

/**
 * The welcome page, opened by the background on install. Settings are written as the options page writes them
 * (settingsItem: validated, checked against the sync quota, a locked value kept as the user's own underneath); the
 * answers go over the settings as they are at the moment of saving, so an organisation's starting point that arrived
 * meanwhile stays wherever the user gave no answer, and an answer to a locked value is dropped.
 */
function Welcome() {
  const [settings, setSettings] = useState<Settings>();
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    void policyItem.getValue().then(setPolicy);
    const stopSettings = settingsItem.watch(setSettings);
    const stopPolicy = policyItem.watch(setPolicy);
    return () => {
      stopSettings();
      stopPolicy();
    };
  }, []);
  if (!settings) return null;

  const locale = resolveUiLocale(settings.uiLanguage, navigator.language);
  document.documentElement.lang = locale;
  document.title = translate(locale, 'welcomeTitle');
  const save = async (answers: WelcomeAnswers) => {
    try {
      const [current, currentPolicy] = await Promise.all([settingsItem.getValue(), policyItem.getValue()]);
      await settingsItem.setValue(applyWelcomeAnswers(current, answers, currentPolicy));
      setSaveError(null);
    } catch (error) {
      setSaveError(translate(locale, 'options_save_failed'));
      throw error;
    }
  };
  return (
    <WelcomeView
      locale={locale}
      settings={settings}
      policy={policy}
      onSave={save}
      saveError={saveError}
      practiceUrl={browser.runtime.getURL('/practice.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  );
}

render(<Welcome />, document.getElementById('root')!);
