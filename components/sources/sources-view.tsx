import { RULES } from '@/lib/coach/rules';
import { SEED_ARTICLES } from '@/lib/coach/seed-articles';
import { passageAnchor, SEED_PASSAGES, type SeedPassage } from '@/lib/coach/seed-passages';
import type { UiLocale } from '@/lib/coach/types';
import { translator, type MessageKey, type Translate } from '@/lib/i18n';

const ruleKey = (id: string) => `options_rule_${id.replace(/-/g, '_')}` as MessageKey;

/** The quote marked inside its paragraph; a heading and the paragraph under it stay two paragraphs. */
function Paragraph({ passage }: { passage: SeedPassage }) {
  return (
    <>
      {passage.paragraph.split('\n\n').map((part, index) => {
        const at = part.indexOf(passage.quote);
        return (
          <p key={index} lang="nl">
            {at < 0 ? (
              part
            ) : (
              <>
                {part.slice(0, at)}
                <mark>{passage.quote}</mark>
                {part.slice(at + passage.quote.length)}
              </>
            )}
          </p>
        );
      })}
    </>
  );
}

export function PassageView({ passage, locale, t }: { passage: SeedPassage; locale: UiLocale; t: Translate }) {
  const rules = RULES.filter(({ meta }) => meta.source.seed === passage.seed && meta.source.quote === passage.quote);
  const translation = rules[0]?.meta.source.translation;
  return (
    <article class="sr-passage" id={passageAnchor(passage)} tabIndex={-1}>
      <blockquote class="sr-passage__context">
        <Paragraph passage={passage} />
      </blockquote>
      {locale === 'en' && translation && (
        <p class="sr-passage__translation" lang="en">
          {t('sources_translation', [`“${translation}”`])}
        </p>
      )}
      <p class="pg-soft sr-passage__rules">
        {t('sources_nudges')} {rules.map((rule) => t(ruleKey(rule.meta.id))).join(' · ')}
      </p>
    </article>
  );
}

/** The coaching articles the nudges rest on, each with every passage a nudge quotes, in its context. */
export function SourcesView({ locale }: { locale: UiLocale }) {
  const t = translator(locale);
  return (
    <main class="sr" lang={locale} data-page="sources">
      <h1>{t('sourcesTitle')}</h1>
      <p class="pg-soft">{t('sources_intro')}</p>
      {Object.entries(SEED_ARTICLES).map(([seed, article]) => {
        const passages = SEED_PASSAGES.filter((passage) => passage.seed === seed);
        return (
          <section key={seed} class="pg-card sr-article" aria-labelledby={`sr-${seed.slice(0, 3)}`}>
            <h2 id={`sr-${seed.slice(0, 3)}`} lang="nl">
              {article.title}
            </h2>
            <p class="pg-soft">{article.author ? t('sources_author', [article.author]) : t('sources_no_author')}</p>
            {passages.length === 0 ? (
              <p class="pg-soft">{t('sources_background')}</p>
            ) : (
              passages.map((passage) => <PassageView key={passageAnchor(passage)} passage={passage} locale={locale} t={t} />)
            )}
          </section>
        );
      })}
    </main>
  );
}
