import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import '@/components/coach/coach.css';
import '@/components/common/pages.css';
import '@/components/practice/practice.css';
import { SourceLinkContext, type SourceLink } from '@/components/coach/source-link';
import { useWatched } from '@/components/common/use-watched';
import { PracticeView, type PracticeDraft } from '@/components/practice/practice-view';
import { browser } from 'wxt/browser';
import { analyze } from '@/lib/coach';
import { resolveUiLocale, translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { fingerprintKeyItem, fingerprintsItem, settingsItem } from '@/lib/storage';

/** An extension page links straight to the Sources page. */
const sourceLink: SourceLink = { href: (anchor) => browser.runtime.getURL(`/sources.html#${anchor}`) };

/** A newcomer starts on LinkedIn, in the mode they chose for it. */
const firstDraft = (settings: Settings): PracticeDraft => ({ platform: 'linkedin', mode: settings.platformModes.linkedin, text: '' });

function Practice() {
  const settings = useWatched(settingsItem);
  const recentPosts = useWatched(fingerprintsItem);
  // Read, never made here: the background makes the key when the first post goes out.
  const fingerprintKey = useWatched(fingerprintKeyItem) ?? undefined;
  // In memory only: a draft may be about a client, and nothing of a draft is ever stored.
  const [draft, setDraft] = useState<PracticeDraft | null>(null);

  const current = draft ?? (settings ? firstDraft(settings) : null);
  const locale = resolveUiLocale(settings?.uiLanguage, navigator.language);
  const analysis = useMemo(
    () =>
      current &&
      settings &&
      analyze(
        { text: current.text, platform: current.platform, kind: 'post' },
        { mode: current.mode, uiLocale: locale, settings: settings.coach, recentPosts, fingerprintKey, now: Date.now() },
      ),
    [current?.text, current?.platform, current?.mode, locale, settings, recentPosts, fingerprintKey],
  );
  if (!settings || !current || !analysis) return null;

  document.documentElement.lang = locale;
  document.title = translate(locale, 'practiceTitle');
  return (
    <SourceLinkContext.Provider value={sourceLink}>
      <PracticeView locale={locale} draft={current} analysis={analysis} platformModes={settings.platformModes} onDraftChange={setDraft} />
    </SourceLinkContext.Provider>
  );
}

render(<Practice />, document.getElementById('root')!);
