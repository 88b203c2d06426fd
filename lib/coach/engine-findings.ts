import { fillMessage, pickLocalized } from './messages';
import type { Report, RuleMeta } from './rule';
import { isLowSurrogate } from './text/platforms';
import type { Finding, Suggestion, TextRange, UiLocale } from './types';

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Moves an offset off the middle of a surrogate pair (outward), inside [0, length]. */
function snap(text: string, offset: number, outward: -1 | 1): number {
  const clamped = Math.min(Math.max(Math.round(Number.isFinite(offset) ? offset : 0), 0), text.length);
  const splitsPair = isLowSurrogate(text.charCodeAt(clamped)) && isHighSurrogate(text.charCodeAt(clamped - 1));
  return splitsPair ? clamped + (outward === 1 ? 1 : -1) : clamped;
}

/** Whatever a rule reports, ranges end up inside the text, non-empty and never splitting a character. */
export function safeRanges(text: string, ranges: readonly TextRange[] | undefined): TextRange[] | undefined {
  if (!ranges) return undefined;
  const safe: TextRange[] = [];
  for (const range of ranges) {
    const start = snap(text, Math.min(range.start, range.end), -1);
    const end = snap(text, Math.max(range.start, range.end), 1);
    if (end > start) safe.push({ start, end });
  }
  return safe.length > 0 ? safe : undefined;
}

/** An edit survives only when it still matches the text it would replace. */
function safeSuggestions(text: string, report: Report, locale: UiLocale): Suggestion[] | undefined {
  if (!report.suggestions?.length) return undefined;
  return report.suggestions.map(({ label, edit }) => {
    const suggestion: Suggestion = { label: fillMessage(pickLocalized(label, locale), report.data, locale) };
    if (edit && text.slice(edit.start, edit.end) === edit.from) suggestion.edit = { ...edit };
    return suggestion;
  });
}

/** Turns a rule's report into the finding the UI shows, in the UI locale. Null for unknown message ids. */
export function toFinding(meta: RuleMeta, report: Report, text: string, locale: UiLocale, modeSeverity: Finding['severity']): Finding | null {
  const message = meta.messages[report.messageId];
  if (!message) return null;
  const finding: Finding = {
    ruleId: meta.id,
    messageId: report.messageId,
    category: meta.category,
    severity: report.severity ?? modeSeverity,
    message: fillMessage(pickLocalized(message.message, locale), report.data, locale),
    explanation: fillMessage(pickLocalized(message.explanation, locale), report.data, locale),
    source: { ...meta.source },
  };
  const ranges = safeRanges(text, report.ranges);
  if (ranges) finding.ranges = ranges;
  const suggestions = safeSuggestions(text, report, locale);
  if (suggestions) finding.suggestions = suggestions;
  return finding;
}
