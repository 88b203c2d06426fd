/**
 * Table tests for coach rules, in the shape of ESLint's RuleTester.
 *
 *   runRuleTests(rule, {
 *     valid: [
 *       'Hoe pak jij dit aan?', // a bare string: the text, with every option at its default
 *       { text: 'Ready?', platform: 'x', mode: 'personal' }, // why this case exists, in one line
 *     ],
 *     invalid: [
 *       { text: '#a #b #c', platform: 'x', errors: [{ messageId: 'tooMany', severity: 'warning', ranges: [[0, 2]] }] }, // why
 *     ],
 *   });
 *
 * Each case runs through the real engine (tokenizer, language detection, mode severity, platform and kind
 * filters, range clamping, sorting) with only this rule enabled. Defaults: platform = the rule's first
 * platform or 'linkedin', mode 'work', kind 'post', uiLocale 'en'. A valid case expects no findings. An
 * invalid case expects exactly `errors.length` findings, matched in engine order (severity, then position);
 * `severity` and `ranges` are checked only when given. Every finding must have a filled message and
 * explanation (no `{placeholder}` left) and a seed source. A rule that throws fails the case. A table needs
 * at least 15 cases (issue 3).
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '@/lib/coach/engine';
import type { Rule } from '@/lib/coach/rule';
import { LanguageDetector } from '@/lib/coach/text/language';
import type { AnalyzeOptions, CoachSettings, DraftKind, Finding, Mode, Platform, PostFingerprint, Severity, UiLocale } from '@/lib/coach/types';
import { TEST_KEY } from './test-key';

export interface ExpectedError {
  messageId: string;
  severity?: Severity;
  /** [start, end) pairs, in the order the finding lists them. */
  ranges?: [number, number][];
}

export interface RuleCase {
  text: string;
  platform?: Platform;
  mode?: Mode;
  kind?: DraftKind;
  uiLocale?: UiLocale;
  settings?: Partial<CoachSettings>;
  recentPosts?: PostFingerprint[];
  now?: number;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: (string | RuleCase)[];
  invalid: InvalidRuleCase[];
}

/** Runs one case through the engine with only `rule`; a fresh detector keeps cases independent. */
export function runCase(rule: Rule, input: RuleCase): Finding[] {
  const options: AnalyzeOptions = { mode: input.mode ?? 'work', uiLocale: input.uiLocale ?? 'en' };
  if (input.settings) options.settings = input.settings;
  if (input.recentPosts) Object.assign(options, { recentPosts: input.recentPosts, fingerprintKey: TEST_KEY });
  if (input.now !== undefined) options.now = input.now;
  const draft = { text: input.text, platform: input.platform ?? rule.meta.platforms?.[0] ?? 'linkedin', kind: input.kind ?? 'post' };
  const hooks = {
    detector: new LanguageDetector(),
    onRuleError: (_ruleId: string, error: unknown) => {
      throw error;
    },
  };
  return analyzeWith([rule], draft, options, hooks).findings;
}

function describeCase(input: RuleCase): string {
  const text = input.text.length > 60 ? `${input.text.slice(0, 57)}...` : input.text;
  const where = [input.platform, input.mode, input.kind, input.uiLocale].filter(Boolean).join(' ');
  return `${JSON.stringify(text)}${where ? ` (${where})` : ''}`;
}

function expectWellFormed(finding: Finding): void {
  expect(finding.message).not.toMatch(/\{\w+\}/);
  expect(finding.explanation).not.toMatch(/\{\w+\}/);
  expect(finding.message.trim()).not.toBe('');
  expect(finding.source.quote.trim()).not.toBe('');
}

export function runRuleTests(rule: Rule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    // issue 3: at least 15 cases per rule, both kinds
    it('has at least 15 cases, valid and invalid', () => {
      expect(tests.valid.length + tests.invalid.length).toBeGreaterThanOrEqual(15);
      expect(tests.valid.length).toBeGreaterThan(0);
      expect(tests.invalid.length).toBeGreaterThan(0);
    });
    describe('valid', () => {
      it.each(tests.valid.map((entry) => (typeof entry === 'string' ? { text: entry } : entry)).map((c) => [describeCase(c), c] as const))(
        '%s',
        (_name, input) => {
          expect(runCase(rule, input).map((finding) => finding.messageId)).toEqual([]);
        },
      );
    });
    describe('invalid', () => {
      it.each(tests.invalid.map((c) => [describeCase(c), c] as const))('%s', (_name, input) => {
        const findings = runCase(rule, input);
        expect(findings.map((finding) => finding.messageId)).toEqual(input.errors.map((error) => error.messageId));
        input.errors.forEach((error, index) => {
          const finding = findings[index] as Finding;
          expectWellFormed(finding);
          if (error.severity) expect(finding.severity).toBe(error.severity);
          if (error.ranges) expect(finding.ranges?.map((range) => [range.start, range.end])).toEqual(error.ranges);
        });
      });
    });
  });
}
