import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { analyzeWith } from '@/lib/coach/engine';
import { fingerprintPost } from '@/lib/coach/fingerprint';
import type { Report, Rule, RuleContext } from '@/lib/coach/rule';
import { defineRule } from '@/lib/coach/rule';
import { LanguageDetector } from '@/lib/coach/text/language';
import type { Severity } from '@/lib/coach/types';
import { TEST_KEY } from './test-key';

const message = { message: { en: 'Saw {what}', nl: 'Zag {what}' }, explanation: { en: 'Because {what}.', nl: 'Omdat {what}.' } };

/** A rule that reports whatever the test hands it, so the engine's own behaviour is what is tested. */
function probe(id: string, reports: Report[], extra: Partial<Rule['meta']> = {}, onCheck?: (context: RuleContext) => void): Rule {
  return defineRule({
    meta: { id, category: 'tone', severity: { work: 'warning', personal: 'tip' }, source: { seed: 's.txt', quote: 'q', translation: 't' }, messages: { saw: message }, ...extra },
    check(context) {
      onCheck?.(context);
      for (const report of reports) context.report(report);
    },
  });
}

const run = (rules: Rule[], text = 'Hallo', options = {}, kind: 'post' | 'comment' = 'post') =>
  analyzeWith(rules, { text, platform: 'linkedin', kind }, options, { detector: new LanguageDetector() });

describe('analyzeWith', () => {
  it('applies the severity of the mode, and stays silent where it is null', () => {
    const rule = probe('p', [{ messageId: 'saw' }], { severity: { work: 'warning', personal: null } });
    expect(run([rule], 'x', { mode: 'work' }).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(run([rule], 'x', { mode: 'personal' }).findings).toEqual([]);
  });

  it('defaults to work mode and English messages', () => {
    const [finding] = run([probe('p', [{ messageId: 'saw', data: { what: 'it' } }])]).findings;
    expect(finding).toMatchObject({ severity: 'warning', message: 'Saw it', explanation: 'Because it.', messageId: 'saw', ruleId: 'p', category: 'tone' });
  });

  it('fills placeholders in the UI locale, picking localized values', () => {
    const rule = probe('p', [{ messageId: 'saw', data: { what: { en: 'a cat', nl: 'een kat' } } }]);
    expect(run([rule], 'x', { uiLocale: 'nl' }).findings[0]?.message).toBe('Zag een kat');
  });

  it('skips disabled rules and rules for other platforms or kinds', () => {
    const reports: Report[] = [{ messageId: 'saw' }];
    expect(run([probe('off', reports)], 'x', { settings: { disabledRules: ['off'] } }).findings).toEqual([]);
    expect(run([probe('xonly', reports, { platforms: ['x'] })]).findings).toEqual([]);
    expect(run([probe('posts', reports, { kinds: ['post'] })], 'x', {}, 'comment').findings).toEqual([]);
  });

  it('orders findings by severity, then by position', () => {
    const rule = probe('p', [
      { messageId: 'saw', severity: 'tip', ranges: [{ start: 0, end: 1 }], data: { what: 'tip' } },
      { messageId: 'saw', ranges: [{ start: 3, end: 4 }], data: { what: 'late warning' } },
      { messageId: 'saw', severity: 'problem', ranges: [{ start: 4, end: 5 }], data: { what: 'problem' } },
      { messageId: 'saw', ranges: [{ start: 1, end: 2 }], data: { what: 'early warning' } },
    ]);
    expect(run([rule], 'Hallo').findings.map((f) => f.message)).toEqual(['Saw problem', 'Saw early warning', 'Saw late warning', 'Saw tip']);
  });

  it.each<[string, { start: number; end: number }[], { start: number; end: number }[] | undefined]>([
    // out of bounds is clamped
    ['a😀b', [{ start: -5, end: 99 }], [{ start: 0, end: 4 }]],
    // a range inside an emoji's surrogate pair widens to the whole emoji
    ['a😀b', [{ start: 2, end: 3 }], [{ start: 1, end: 3 }]],
    // reversed ends are swapped
    ['abc', [{ start: 2, end: 1 }], [{ start: 1, end: 2 }]],
    // empty and NaN ranges are dropped
    ['abc', [{ start: 1, end: 1 }, { start: Number.NaN, end: Number.NaN }], undefined],
  ])('keeps ranges inside %j', (text, ranges, expected) => {
    expect(run([probe('p', [{ messageId: 'saw', ranges }])], text).findings[0]?.ranges).toEqual(expected);
  });

  it('drops a suggestion edit that no longer matches the text, keeping its label', () => {
    const rule = probe('p', [{ messageId: 'saw', suggestions: [
      { label: { en: 'ok', nl: 'ok' }, edit: { start: 0, end: 5, from: 'Hallo', to: 'Hoi' } },
      { label: { en: 'stale', nl: 'oud' }, edit: { start: 0, end: 5, from: 'Hello', to: 'Hi' } },
    ] }]);
    expect(run([rule]).findings[0]?.suggestions).toEqual([
      { label: 'ok', edit: { start: 0, end: 5, from: 'Hallo', to: 'Hoi' } },
      { label: 'stale' },
    ]);
  });

  it('survives a rule that throws or reports an unknown message, and says so through the hook', () => {
    const errors: string[] = [];
    const broken = probe('broken', [], {}, () => {
      throw new Error('boom');
    });
    const unknown = probe('unknown', [{ messageId: 'nope' }]);
    const fine = probe('fine', [{ messageId: 'saw' }]);
    const analysis = analyzeWith([broken, unknown, fine], { text: 'x', platform: 'x' }, {}, { onRuleError: (id) => errors.push(id) });
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['fine']);
    expect(errors).toEqual(['broken', 'unknown']);
  });

  it('hands rules the syntax, the language and resolved settings', () => {
    let seen: RuleContext | undefined;
    const text = 'Vandaag hebben we met het hele team de nieuwe werkplaats geopend. #team @jan https://a.nl';
    run([probe('p', [], {}, (context) => (seen = context))], text, { settings: { hashtagLimits: { x: 'veel' } as never, disabledRules: 'all' as never } });
    expect(seen?.language).toBe('nl');
    expect(seen?.lexiconLanguages).toEqual(['nl']);
    expect(seen?.hashtags.map((t) => t.normalized)).toEqual(['team']);
    expect(seen?.mentions.map((t) => t.normalized)).toEqual(['jan']);
    expect(seen?.urls.map((t) => t.text)).toEqual(['https://a.nl']);
    expect(seen?.words.some((t) => t.normalized === 'team')).toBe(true);
    expect(seen?.settings.hashtagLimits.x).toBe(2);
    expect(seen?.settings.disabledRules).toEqual([]);
    expect(seen?.stats.hashtagCount).toBe(1);
  });

  it('uses both lexicons when the language is undetermined', () => {
    let languages: readonly string[] = [];
    run([probe('p', [], {}, (context) => (languages = context.lexiconLanguages))], 'Kort');
    expect(languages).toEqual(['nl', 'en']);
  });
});

describe('analyze', () => {
  it('reports stats as the platform counts them', () => {
    const text = `${'a'.repeat(240)} https://example.com/a/very/long/link 😀`;
    expect(analyze({ text, platform: 'x' }).stats).toMatchObject({ length: 240 + 1 + 23 + 1 + 2, limit: 280, hashtagCount: 0, wordCount: 1 });
    expect(analyze({ text: 'a'.repeat(300), platform: 'linkedin' }).stats.foldAt).toBe(210);
  });

  it('says nothing about a good post', () => {
    const text = 'Hoe houd jij je team betrokken als iedereen thuiswerkt? Wij proberen elke vrijdag een korte check-in.';
    expect(analyze({ text, platform: 'linkedin' }, { mode: 'personal' }).findings.filter((f) => f.severity !== ('tip' as Severity))).toEqual([]);
  });

  it('never throws on malformed input from the page', () => {
    expect(() => analyze({ text: undefined as never, platform: 'myspace' as never, kind: 'tweet' as never }, { mode: 'party' as never, uiLocale: 'fr' as never, recentPosts: 'x' as never, settings: null as never })).not.toThrow();
    expect(() => analyze(null as never)).not.toThrow();
  });

  it('ignores malformed stored fingerprints instead of losing the cross-post check', () => {
    const text = 'Vandaag hebben we met het hele team de nieuwe werkplaats in Utrecht geopend, en daarna samen gegeten.';
    const stored = [null, { platform: 'linkedin' }, fingerprintPost(text, 'linkedin', 1000, TEST_KEY)] as never;
    const findings = analyze({ text, platform: 'x' }, { recentPosts: stored, fingerprintKey: TEST_KEY, now: 2000 }).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('cross-post');
  });
});
