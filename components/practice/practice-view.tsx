import { useMemo, useRef } from 'preact/hooks';
import { CoachPanel } from '@/components/coach/coach-panel';
import { PLATFORMS, type Analysis, type Finding, type Mode, type Platform, type Suggestion, type TextRange, type UiLocale } from '@/lib/coach/types';
import { translator } from '@/lib/i18n';
import { platformKey } from '../common/labels';
import { PRACTICE_EXAMPLES } from './examples';
import { PostPreview } from './post-preview';

/** The practice page's draft: held in the page's memory only, never stored (closing the page forgets it). */
export interface PracticeDraft {
  platform: Platform;
  mode: Mode;
  text: string;
}

export interface PracticeViewProps {
  locale: UiLocale;
  draft: PracticeDraft;
  analysis: Analysis;
  /** The user's mode per platform: picking a platform starts in the mode they chose for it. */
  platformModes: Record<Platform, Mode>;
  onDraftChange(draft: PracticeDraft): void;
}

/** Write a post with the coach beside it, see how it will look, or start from an example. */
export function PracticeView({ locale, draft, analysis, platformModes, onDraftChange }: PracticeViewProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const editor = useRef<HTMLTextAreaElement>(null);
  const update = (patch: Partial<PracticeDraft>) => onDraftChange({ ...draft, ...patch });
  const changePlatform = (platform: Platform) => update({ platform, mode: platformModes[platform] });

  const selectRange = (range: TextRange, _finding: Finding) => {
    editor.current?.focus();
    editor.current?.setSelectionRange(range.start, range.end);
  };
  // A suggestion only applies while the draft still holds the text it was made for.
  const applySuggestion = ({ edit }: Suggestion, _finding: Finding) => {
    if (edit && draft.text.slice(edit.start, edit.end) === edit.from) update({ text: draft.text.slice(0, edit.start) + edit.to + draft.text.slice(edit.end) });
  };

  return (
    <main class="pr" lang={locale} data-page="practice">
      <h1>{t('practiceTitle')}</h1>
      <p class="pg-soft">{t('practice_intro')}</p>
      <div class="pr-layout">
        <div class="pr-write">
          <div class="pg-row">
            <label for="pr-platform">{t('practice_platform_label')}</label>
            <select id="pr-platform" value={draft.platform} onChange={(event) => changePlatform(event.currentTarget.value as Platform)}>
              {PLATFORMS.map((platform) => (
                <option key={platform} value={platform}>
                  {t(platformKey(platform))}
                </option>
              ))}
            </select>
          </div>
          <label for="pr-draft" class="pr-draft-label">
            {t('practice_draft_label')}
          </label>
          <textarea
            id="pr-draft"
            ref={editor}
            rows={10}
            value={draft.text}
            placeholder={t('practice_draft_placeholder')}
            data-testid="draft"
            onInput={(event) => update({ text: event.currentTarget.value })}
          />
          <p class="pg-soft pr-saved">{t('practice_autosave')}</p>
          <PostPreview text={draft.text} platform={draft.platform} stats={analysis.stats} t={t} />
        </div>
        <div class="pr-coach">
          <CoachPanel
            locale={locale}
            platform={draft.platform}
            mode={draft.mode}
            analysis={analysis}
            onModeChange={(mode) => update({ mode })}
            onSelectRange={selectRange}
            onApplySuggestion={applySuggestion}
          />
        </div>
      </div>
      <section class="pg-card" aria-labelledby="pr-examples-heading">
        <h2 id="pr-examples-heading">{t('practice_examples_heading')}</h2>
        <p class="pg-soft">{t('practice_examples_intro')}</p>
        <ul class="pr-examples">
          {PRACTICE_EXAMPLES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                data-example={example.id}
                lang={example.language}
                onClick={() => onDraftChange({ platform: example.platform, mode: example.mode, text: example.text })}
              >
                {t(example.titleKey)}
              </button>{' '}
              <span class="pg-soft">
                {t(platformKey(example.platform))} · {t(example.language === 'nl' ? 'options_language_nl' : 'options_language_en')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
