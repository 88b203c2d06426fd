import { describe, expect, it } from 'vitest';
import { publishedReport } from '@/entrypoints/sidebar.content/publish-report';
import type { Analysis, Finding } from '@/lib/coach/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { finding } from '../components/coach/fixtures';

const NOW = Date.UTC(2026, 10, 22, 9, 0);

const openFinding = (ruleId: string): Finding => finding({ ruleId, severity: 'tip', ranges: [{ start: 0, end: 4 }] });

const analysisWith = (findings: Finding[]): Analysis => ({
  language: 'en',
  stats: { length: 10, limit: 280, hashtagCount: 0, wordCount: 2 },
  findings,
});

describe('publishedReport', () => {
  it('reports the open findings by id only and counts the ones fixed while writing', () => {
    const report = publishedReport(
      { text: 'Hello #world', kind: 'post', platform: 'x' },
      analysisWith([openFinding('hashtags')]),
      new Set(['hashtags', 'accessibility', 'call-to-action']),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(report).toMatchObject({
      platform: 'x',
      mode: 'work',
      publishedAt: NOW,
      openFindings: [{ ruleId: 'hashtags', category: 'hashtags', severity: 'tip' }],
      resolvedCount: 2,
    });
    // The background fingerprints it with the install's key, which the page's side can't read, and forgets it.
    expect(report.text).toBe('Hello #world');
  });

  it('uses the mode the user chose for that platform', () => {
    const settings = { ...DEFAULT_SETTINGS, platformModes: { ...DEFAULT_SETTINGS.platformModes, x: 'personal' as const } };
    expect(publishedReport({ text: 'Hi', kind: 'post', platform: 'x' }, analysisWith([]), new Set(), settings, NOW).mode).toBe('personal');
  });
});
