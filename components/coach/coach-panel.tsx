import { Component } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, Finding, Mode, Platform, Severity, UiLocale } from '@/lib/coach/types';
import { translator, type MessageKey, type Translate } from '@/lib/i18n';
import type { TopicSuggestion } from '@/lib/week/week';
import { FindingItem, type FindingActions } from './finding-item';
import { LengthMeter } from './length-meter';
import { ModeSwitch } from './mode-switch';
import { OffFocusNote, TopicNote } from './plan-notes';
import { sameFindings } from './same-finding';
import type { ColorScheme } from './types';
import { useProblemAnnouncement } from './use-problem-announcement';
import { SettleGuardContext, useSettleGuard } from './use-settle-guard';
import { LockedMark } from '../common/locked-mark';

export interface CoachPanelProps extends FindingActions {
  locale: UiLocale;
  platform: Platform;
  mode: Mode;
  /** The latest analysis of the draft; null before the first one. */
  analysis: Analysis | null;
  /** Follows the OS setting when omitted. */
  scheme?: ColorScheme;
  onModeChange(mode: Mode, event: Event): void;
  /** The organisation locked the mode on this network: the switch is marked and fixed, as in the options and popup. */
  modeLocked?: boolean;
  /** A topic from the user's content matrix, shown while the draft is empty. */
  topic?: TopicSuggestion | null;
  /** The draft touches none of the user's matrix keywords. */
  offFocus?: boolean;
  onDismissTopic?(): void;
}

const NO_FINDINGS: readonly Finding[] = [];
/** More at once is a list to work through, not a coach: the rest waits behind "more". */
export const OPEN_NUDGES = 3;
const SEVERITY_ORDER: readonly Severity[] = ['problem', 'warning', 'tip'];
const GROUP_TITLE: Record<Severity, MessageKey> = {
  problem: 'sidebar_group_problem',
  warning: 'sidebar_group_warning',
  tip: 'sidebar_group_tip',
};

/** Findings by severity, most serious first, keeping the engine's order within a group. */
function groupBySeverity(findings: readonly Finding[]): [Severity, Finding[]][] {
  return SEVERITY_ORDER.map((severity): [Severity, Finding[]] => [severity, findings.filter((f) => f.severity === severity)]).filter(
    ([, group]) => group.length > 0,
  );
}

/** Stable keys so an open "why" stays open while the user keeps typing. */
function findingKeys(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = seen.get(finding.ruleId) ?? 0;
    seen.set(finding.ruleId, count + 1);
    return `${finding.ruleId}#${count}`;
  });
}

/**
 * The previous findings while every nudge would render the same: most keystrokes change only the length, and an
 * unchanged array lets the nudge list and the live region skip their work.
 */
function useStableFindings(findings: readonly Finding[]): readonly Finding[] {
  const stable = useRef(findings);
  if (stable.current !== findings && !sameFindings(stable.current, findings)) stable.current = findings;
  return stable.current;
}

interface FindingGroupsProps extends FindingActions {
  findings: readonly Finding[];
  t: Translate;
  onIgnore(finding: Finding): void;
}

/** What "ignore for this post" remembers of a nudge: its rule and message, not the draft. */
const ignoreKey = (finding: Finding) => `${finding.ruleId}:${finding.messageId ?? ''}`;

/** The nudges grouped by severity. Renders only when the list, the language or the callbacks change. */
class FindingGroups extends Component<FindingGroupsProps> {
  override shouldComponentUpdate(next: FindingGroupsProps): boolean {
    const previous = this.props;
    return (
      previous.findings !== next.findings ||
      previous.t !== next.t ||
      previous.onSelectRange !== next.onSelectRange ||
      previous.onApplySuggestion !== next.onApplySuggestion ||
      previous.onIgnore !== next.onIgnore
    );
  }

  override render({ findings, t, onSelectRange, onApplySuggestion, onIgnore }: FindingGroupsProps) {
    return groupBySeverity(findings).map(([severity, group]) => {
      const keys = findingKeys(group);
      return (
        <section key={severity} class="sc-group" data-severity={severity}>
          <h3 class="sc-group__title">{t(GROUP_TITLE[severity], [group.length])}</h3>
          <ul class="sc-group__list">
            {group.map((finding, index) => (
              <FindingItem
                key={keys[index]}
                finding={finding}
                t={t}
                onSelectRange={onSelectRange}
                onApplySuggestion={onApplySuggestion}
                onIgnore={onIgnore}
              />
            ))}
          </ul>
        </section>
      );
    });
  }
}

/** The coach for one draft: what platform and mode, how long it is, and what to improve. Props in, callbacks out. */
export function CoachPanel(props: CoachPanelProps) {
  const { locale, platform, mode, analysis, scheme } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const isEmpty = !analysis || analysis.stats.length === 0;
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  // A cleared draft is the next post: what was ignored for this one shows again.
  if (isEmpty && ignored.size > 0) setIgnored(new Set());
  const shown = useMemo(
    () => (ignored.size === 0 ? (analysis?.findings ?? NO_FINDINGS) : (analysis?.findings ?? NO_FINDINGS).filter((f) => !ignored.has(ignoreKey(f)))),
    [analysis, ignored],
  );
  const findings = useStableFindings(shown);
  const [showAll, setShowAll] = useState(false);
  const open = useMemo(() => (showAll ? findings : findings.slice(0, OPEN_NUDGES)), [findings, showAll]);
  const folded = findings.length - open.length;
  const announcement = useProblemAnnouncement(findings, t);
  const onIgnore = useCallback((finding: Finding) => setIgnored((previous) => new Set(previous).add(ignoreKey(finding))), []);
  const root = useRef<HTMLElement>(null);
  const guard = useSettleGuard(root);
  // The same element while platform and mode stay: Preact skips it on the keystrokes that change only the draft.
  const header = useMemo(
    () => (
      <header class="sc-coach__header">
        <span class="sc-coach__platform">{t(`sidebar_platform_${platform}`)}</span>
        <ModeSwitch mode={mode} t={t} onModeChange={props.onModeChange} locked={props.modeLocked} />
        {props.modeLocked && (
          <p class="sc-coach__locked">
            <LockedMark field="platformModes" locked t={t} />
          </p>
        )}
      </header>
    ),
    [t, platform, mode, props.onModeChange, props.modeLocked],
  );

  return (
    <section ref={root} class="sc-theme sc-coach" data-scheme={scheme ?? 'auto'} data-platform={platform} data-mode={mode} lang={locale}>
      {header}
      {analysis && <LengthMeter stats={analysis.stats} t={t} />}
      {isEmpty ? (
        <p class="sc-coach__calm">{t('sidebar_empty')}</p>
      ) : findings.length === 0 ? (
        <p class="sc-coach__calm sc-coach__calm--ready" data-looks-good>
          {t('sidebar_looks_good')}
        </p>
      ) : (
        <SettleGuardContext.Provider value={guard}>
          <FindingGroups findings={open} t={t} onSelectRange={props.onSelectRange} onApplySuggestion={props.onApplySuggestion} onIgnore={onIgnore} />
        </SettleGuardContext.Provider>
      )}
      {!isEmpty && (folded > 0 || (showAll && findings.length > OPEN_NUDGES)) && (
        <button type="button" class="sc-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('sidebar_fewer') : t(folded === 1 ? 'sidebar_more_one' : 'sidebar_more', [folded])}
        </button>
      )}
      {isEmpty && props.topic && <TopicNote topic={props.topic} t={t} onDismiss={() => props.onDismissTopic?.()} />}
      {!isEmpty && props.offFocus && <OffFocusNote t={t} />}
      <div class="sc-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}
