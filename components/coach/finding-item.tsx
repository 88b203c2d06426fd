import { Component } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Finding, Suggestion, TextRange } from '@/lib/coach/types';
import type { Translate } from '@/lib/i18n';
import { sameFinding } from './same-finding';

export interface FindingActions {
  onSelectRange(range: TextRange, finding: Finding): void;
  onApplySuggestion(suggestion: Suggestion, finding: Finding): void;
}

interface FindingItemProps extends FindingActions {
  finding: Finding;
  t: Translate;
}

/** One nudge: its message (selects the text it is about), an expandable "why", and suggestions. */
function FindingItemView({ finding, t, onSelectRange, onApplySuggestion }: FindingItemProps) {
  const [whyOpen, setWhyOpen] = useState(false);
  // Repeated clicks walk through every range the finding points at.
  const [nextRange, setNextRange] = useState(0);
  const whyId = useId();
  const ranges = finding.ranges ?? [];

  const selectNext = () => {
    const range = ranges[nextRange % ranges.length];
    if (!range) return;
    onSelectRange(range, finding);
    setNextRange((nextRange + 1) % ranges.length);
  };

  return (
    <li class="sc-finding" data-rule={finding.ruleId} data-category={finding.category} data-severity={finding.severity}>
      {ranges.length > 0 ? (
        <button type="button" class="sc-finding__message" title={t('sidebar_select_hint')} onClick={selectNext}>
          {finding.message}
        </button>
      ) : (
        <p class="sc-finding__message">{finding.message}</p>
      )}
      <button
        type="button"
        class="sc-finding__why-toggle"
        aria-expanded={whyOpen}
        aria-controls={whyId}
        onClick={() => setWhyOpen(!whyOpen)}
      >
        {t('sidebar_why')}
      </button>
      <div id={whyId} class="sc-finding__why" hidden={!whyOpen}>
        <p>{finding.explanation}</p>
        <blockquote class="sc-finding__quote" lang="nl">
          <p>{finding.source.quote}</p>
          <footer>
            {t('sidebar_source')} <cite>{finding.source.seed}</cite>
          </footer>
        </blockquote>
      </div>
      {finding.suggestions && finding.suggestions.length > 0 && (
        <ul class="sc-suggestions" aria-label={t('sidebar_suggestions')}>
          {finding.suggestions.map((suggestion, index) => (
            <li key={index}>
              {suggestion.edit ? (
                <button type="button" class="sc-suggestion" onClick={() => onApplySuggestion(suggestion, finding)}>
                  {suggestion.label}
                </button>
              ) : (
                <span class="sc-suggestion sc-suggestion--example">{suggestion.label}</span>
              )}
            </li>
          ))}
        </ul>
      )}
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
      previous.onApplySuggestion === next.onApplySuggestion
    );
  }

  override render(props: FindingItemProps) {
    return <FindingItemView {...props} />;
  }
}
