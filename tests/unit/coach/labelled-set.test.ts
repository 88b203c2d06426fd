import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { fingerprintPost } from '@/lib/coach/fingerprint';
import type { Category, DraftKind, Mode, Platform } from '@/lib/coach/types';
import { CATEGORIES, MODES, PLATFORMS } from '@/lib/coach/types';
import { TEST_KEY } from './test-key';

/**
 * The labelled set (issue 3, "Tests"): realistic drafts, each labelled with the categories that should fire.
 * Any category not in `expect` should stay silent. Precision comes first: below 0.9 precision or 0.8 recall
 * for a category with at least five positives, the coach is not ready.
 */
interface LabelledDraft {
  id: string;
  platform: Platform;
  mode: Mode;
  kind: DraftKind;
  text: string;
  expect: Category[];
  notExpect?: Category[];
  recentPosts?: { platform: Platform; text: string; daysAgo: number }[];
}

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.8;
const MIN_POSITIVES_TO_JUDGE = 5;

const drafts: LabelledDraft[] = readFileSync(new URL('../../fixtures/drafts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledDraft);

function firedCategories(draft: LabelledDraft): Set<Category> {
  const recentPosts = (draft.recentPosts ?? []).map((post) => fingerprintPost(post.text, post.platform, NOW - post.daysAgo * DAY, TEST_KEY));
  const analysis = analyze(
    { text: draft.text, platform: draft.platform, kind: draft.kind },
    { mode: draft.mode, uiLocale: 'en', recentPosts, fingerprintKey: TEST_KEY, now: NOW },
  );
  return new Set(analysis.findings.map((finding) => finding.category));
}

interface Score {
  positives: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function scoreAll(): Map<Category, Score> {
  const scores = new Map<Category, Score>(CATEGORIES.map((category) => [category, { positives: 0, truePositives: 0, falsePositives: [], falseNegatives: [] }]));
  for (const draft of drafts) {
    const fired = firedCategories(draft);
    for (const category of CATEGORIES) {
      const score = scores.get(category) as Score;
      const expected = draft.expect.includes(category);
      if (expected) score.positives++;
      if (expected && fired.has(category)) score.truePositives++;
      if (expected && !fired.has(category)) score.falseNegatives.push(draft.id);
      if (!expected && fired.has(category)) score.falsePositives.push(draft.id);
    }
  }
  return scores;
}

const precisionOf = (score: Score): number => {
  const firedCount = score.truePositives + score.falsePositives.length;
  return firedCount === 0 ? 1 : score.truePositives / firedCount;
};
const recallOf = (score: Score): number => (score.positives === 0 ? 1 : score.truePositives / score.positives);

describe('labelled set', () => {
  it('is well formed: ids unique, platforms and modes known, notExpect never contradicts expect', () => {
    expect(new Set(drafts.map((draft) => draft.id)).size).toBe(drafts.length);
    for (const draft of drafts) {
      expect(PLATFORMS).toContain(draft.platform);
      expect(MODES).toContain(draft.mode);
      expect(['post', 'comment']).toContain(draft.kind);
      for (const category of [...draft.expect, ...(draft.notExpect ?? [])]) expect(CATEGORIES).toContain(category);
      expect(draft.expect.filter((category) => draft.notExpect?.includes(category))).toEqual([]);
    }
  });

  it('is big and varied enough to mean something: 160+ drafts, every platform, 8+ positives per category', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(160);
    for (const platform of PLATFORMS) expect(drafts.filter((draft) => draft.platform === platform).length).toBeGreaterThanOrEqual(10);
    for (const category of CATEGORIES) expect(drafts.filter((draft) => draft.expect.includes(category)).length).toBeGreaterThanOrEqual(8);
    expect(drafts.filter((draft) => draft.expect.length === 0).length).toBeGreaterThanOrEqual(drafts.length / 3);
  });

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} per category`, () => {
    const scores = scoreAll();
    const table = CATEGORIES.map((category) => {
      const score = scores.get(category) as Score;
      return {
        category,
        positives: score.positives,
        precision: precisionOf(score).toFixed(2),
        recall: recallOf(score).toFixed(2),
        falsePositives: score.falsePositives.join(' '),
        falseNegatives: score.falseNegatives.join(' '),
      };
    });
    console.log(`Labelled set: ${drafts.length} drafts`);
    console.table(table);
    const failing = CATEGORIES.filter((category) => {
      const score = scores.get(category) as Score;
      return score.positives >= MIN_POSITIVES_TO_JUDGE && (precisionOf(score) < MIN_PRECISION || recallOf(score) < MIN_RECALL);
    });
    expect(failing, JSON.stringify(table.filter((row) => failing.includes(row.category)), null, 1)).toEqual([]);
  });
});
