import { Component } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import type { Finding, SeedSource, Suggestion, TextRange } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import { seedCitation } from '@/lib/coach/seed-articles';
import { passageAnchor } from '@/lib/coach/seed-passages';
import { sameFinding } from './same-finding';
import { SourceLinkContext } from './source-link';
import { SettleGuardContext } from './use-settle-guard';

export interface FindingActions {
  onSelectRange(range: TextRange, finding: Finding): void;
  onApplySuggestion(suggestion: Suggestion, finding: Finding): void;
}

interface FindingItemProps extends FindingActions {
  finding: Finding;
  t: Translate;
  /** Hides this nudge until the draft is cleared (the next post). */
  onIgnore?(finding: Finding): void;
}

/**
 * The passage a nudge rests on, named by its article's title. In English the quote reads in English, with the
 * Dutch original one click away; in Dutch it is the original. "Read in context" opens the Sources page at it.
 */
export function SourceQuote({ source, t }: { source: SeedSource; t: Translate }) {
  const english = t('sidebar_lang') === 'en';
  const link = useContext(SourceLinkContext);
  const anchor = passageAnchor(source);
  return (
    <blockquote class="sc-finding__quote" lang={english ? 'en' : 'nl'}>
      <p>“{english ? source.translation : source.quote}”</p>
      {english && (
        <details class="sc-finding__original">
          <summary>{t('sidebar_original')}</summary>
          <p lang="nl">“{source.quote}”</p>
        </details>
      )}
      <footer>
        {t('sidebar_source')} <cite>{seedCitation(source.seed)}</cite>
        {link.href ? (
          <>
            {' '}
            <a class="sc-finding__context" href={link.href(anchor)} target="_blank" rel="noopener" data-anchor={anchor}>
              {t('sidebar_read_in_context')}
            </a>
          </>
        ) : (
          link.open && (
            <>
              {' '}
              <button type="button" class="sc-finding__action sc-finding__context" data-anchor={anchor} onClick={(event) => link.open?.(anchor, event)}>
                {t('sidebar_read_in_context')}
              </button>
            </>
          )
        )}
      </footer>
    </blockquote>
  );
}

/** One nudge: its message (selects the text it is about), an expandable "why", and suggestions. */
function FindingItemView({ finding, t, onSelectRange, onApplySuggestion, onIgnore }: FindingItemProps) {
  const [whyOpen, setWhyOpen] = useState(false);
  // Repeated clicks walk through every range the finding points at.
  const [nextRange, setNextRange] = useState(0);
  const whyId = useId();
  // A pointer click on a chip or "Ignore" that just appeared or moved was aimed at something else (use-settle-guard).
  const guard = useContext(SettleGuardContext);
  const ranges = finding.ranges ?? [];
  const edits = finding.suggestions?.filter((suggestion) => suggestion.edit) ?? [];
  const examples = finding.suggestions?.filter((suggestion) => !suggestion.edit) ?? [];

  const selectNext = () => {
    const range = ranges[nextRange % ranges.length];
    if (!range) return;
    onSelectRange(range, finding);
    setNextRange((nextRange + 1) % ranges.length);
  };

  return (
    <li class="sc-finding" data-rule={finding.ruleId} data-category={finding.category} data-severity={finding.severity}>
      <p class="sc-finding__message">{finding.message}</p>
      <div class="sc-finding__actions">
        <button
          type="button"
          class="sc-finding__action sc-finding__why-toggle"
          aria-expanded={whyOpen}
          aria-controls={whyId}
          onClick={() => setWhyOpen(!whyOpen)}
        >
          {t('sidebar_why')}
        </button>
        {ranges.length > 0 && (
          <button type="button" class="sc-finding__action sc-finding__show" onClick={selectNext}>
            {t('sidebar_select_hint')}
          </button>
        )}
        {onIgnore && (
          <button type="button" class="sc-finding__action sc-finding__ignore" onClick={(event) => guard.accepts(event) && onIgnore(finding)}>
            {t('sidebar_ignore')}
          </button>
        )}
      </div>
      <div id={whyId} class="sc-finding__why" hidden={!whyOpen}>
        <p>{finding.explanation}</p>
        <SourceQuote source={finding.source} t={t} />
      </div>
      {edits.length > 0 && (
        <ul class="sc-suggestions" aria-label={t('sidebar_suggestions')}>
          {edits.map((suggestion, index) => (
            <li key={index}>
              <button type="button" class="sc-suggestion" onClick={(event) => guard.accepts(event) && onApplySuggestion(suggestion, finding)}>
                {suggestion.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Examples the coach can't put in for you read as text, not as buttons. */}
      {examples.map((suggestion, index) => (
        <p key={index} class="sc-example">
          {t('sidebar_example', [suggestion.label])}
        </p>
      ))}
    </li>
  );
}

/**
 * Re-renders only when the nudge itself changed, not on every analysis while the user types. (Not preact/compat's
 * memo: importing compat changes how every form control's onChange behaves.)
 */
export class FindingItem extends Component<FindingItemProps> {
  override shouldComponentUpdate(next: FindingItemProps): boolean {
    const previous = this.props;
    return !(
      sameFinding(previous.finding, next.finding) &&
      previous.t === next.t &&
      previous.onSelectRange === next.onSelectRange &&
      previous.onApplySuggestion === next.onApplySuggestion &&
      previous.onIgnore === next.onIgnore
    );
  }

  override render(props: FindingItemProps) {
    return <FindingItemView {...props} />;
  }
}
