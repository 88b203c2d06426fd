import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import '@/components/common/pages.css';
import '@/components/sources/sources.css';
import { useWatched } from '@/components/common/use-watched';
import { SourcesView } from '@/components/sources/sources-view';
import { resolveUiLocale, translate } from '@/lib/i18n';
import { settingsItem } from '@/lib/storage';

/** The Sources page: the articles the nudges rest on, opened at a passage by the "Why?" of a nudge. */
function Sources() {
  const settings = useWatched(settingsItem);
  const locale = settings ? resolveUiLocale(settings.uiLanguage, navigator.language) : null;
  // The page renders after settings arrive, so the browser's own jump to the #anchor happened on an empty page.
  useEffect(() => {
    if (!locale) return;
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [locale]);
  if (!locale) return null;
  document.documentElement.lang = locale;
  document.title = translate(locale, 'sourcesTitle');
  return <SourcesView locale={locale} />;
}

render(<Sources />, document.getElementById('root')!);
