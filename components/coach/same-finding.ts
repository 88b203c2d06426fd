import type { Finding, Suggestion, TextRange } from '@/lib/coach/types';

const sameRange = (a: TextRange, b: TextRange) => a.start === b.start && a.end === b.end;

function sameSuggestion(a: Suggestion, b: Suggestion): boolean {
  if (a.label !== b.label) return false;
  if (!a.edit || !b.edit) return a.edit === b.edit;
  return sameRange(a.edit, b.edit) && a.edit.from === b.edit.from && a.edit.to === b.edit.to;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, index) => same(item, b[index]!));
}

/**
 * Whether two analyses' versions of a finding would render the same. Every keystroke brings new finding objects
 * with mostly equal content: comparing content lets the sidebar skip re-rendering the nudges that did not change.
 */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.ruleId === b.ruleId &&
      a.severity === b.severity &&
      a.category === b.category &&
      a.message === b.message &&
      a.explanation === b.explanation &&
      a.source.seed === b.source.seed &&
      a.source.quote === b.source.quote &&
      sameList(a.ranges, b.ranges, sameRange) &&
      sameList(a.suggestions, b.suggestions, sameSuggestion))
  );
}

/** Whether two lists of findings would render the same, finding by finding. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return sameList(a, b, sameFinding);
}
