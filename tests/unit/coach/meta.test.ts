import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '@/lib/coach/messages';
import type { Rule } from '@/lib/coach/rule';
import { RULES } from '@/lib/coach/rules';
import { CATEGORIES } from '@/lib/coach/types';
import { dutchNounPost, formalYou, otherQuotes } from '../voice-checks';

/** The rules folder checks itself (like Refined GitHub's features.test.ts): adding a rule file is not enough. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// CI clones the repo with the shared folder beside it, as on the dev machines.
const seedsDir = fileURLToPath(new URL('../shared/seeds/', `file://${repoRoot}`));
const ruleFiles = readdirSync(`${repoRoot}lib/coach/rules`)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('rule registry', () => {
  it('has rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('registers every rule exactly once', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s: the registered rule is the file\'s default export and its id is the file name', async (file) => {
    const module = (await import(`@/lib/coach/rules/${file}.ts`)) as { default: Rule };
    expect(module.default.meta.id).toBe(file);
    expect(RULES).toContain(module.default);
  });
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const { meta } = rule;

  it('has a known category and a severity per mode', () => {
    expect(CATEGORIES).toContain(meta.category);
    expect(Object.keys(meta.severity).sort()).toEqual(['personal', 'work']);
  });

  it('has every message in Dutch and English, with the same placeholders and in the coach voice', () => {
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const { message, explanation } of Object.values(meta.messages)) {
      for (const text of [message, explanation]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(placeholdersOf(text.nl)).toEqual(placeholdersOf(text.en));
        // voice.md: no exclamation marks, no "CTA" jargon, "je/jij" and never "u"
        expect(`${text.nl} ${text.en}`).not.toMatch(/!|\bCTA\b/);
        expect(text.nl).not.toMatch(/\b(u|uw)\b/);
      }
      // the Dutch review (issue #13, item 6): "bericht", one quote style in both languages
      for (const text of [message, explanation]) {
        expect(dutchNounPost(text.nl), text.nl).toEqual([]);
        expect(formalYou(text.nl), text.nl).toEqual([]);
        expect(otherQuotes(text.nl), text.nl).toEqual([]);
        expect(otherQuotes(text.en), text.en).toEqual([]);
      }
      // voice.md: the message line fits on one sidebar line (about 60 characters)
      expect(message.nl.length).toBeLessThanOrEqual(60);
      expect(message.en.length).toBeLessThanOrEqual(60);
    }
  });

  // The seed articles are not in the repository (their licence is not ours): in a clone without them, this skips.
  it.skipIf(!existsSync(seedsDir))('rests on a seed passage that really is in the seed', () => {
    const seedPath = `${seedsDir}${meta.source.seed}`;
    expect(existsSync(seedPath), seedPath).toBe(true);
    expect(squash(readFileSync(seedPath, 'utf8'))).toContain(squash(meta.source.quote));
  });

  it('has a table test', () => {
    const testPath = `${repoRoot}tests/unit/coach/rules/${id}.test.ts`;
    expect(existsSync(testPath), testPath).toBe(true);
    expect(readFileSync(testPath, 'utf8')).toMatch(/runRuleTests\(/);
  });
});
