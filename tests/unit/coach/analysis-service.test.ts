import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { createAnalysisService, crossPostCandidates, type AnalysisRequest } from '@/lib/coach/analysis-service';
import { fingerprintPost } from '@/lib/coach/fingerprint';
import type { PostFingerprint } from '@/lib/coach/types';
import { TEST_KEY } from './test-key';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 9, 0);
const post = (platform: PostFingerprint['platform'], ageMs: number): PostFingerprint => ({ platform, publishedAt: NOW - ageMs, hash: '0123456789abcdef', sketch: [1, 2] });

describe('crossPostCandidates', () => {
  it.each([
    // yesterday on LinkedIn: the X draft may be a copy of it
    { stored: post('linkedin', DAY), keep: true },
    // exactly a week ago still counts
    { stored: post('linkedin', 7 * DAY), keep: true },
    // older than a week: the cross-post check no longer cares
    { stored: post('linkedin', 7 * DAY + 1), keep: false },
    // same platform: posting twice on X is not cross-posting
    { stored: post('x', DAY), keep: false },
    // from the future (clock changed): ignored rather than trusted
    { stored: post('linkedin', -DAY), keep: false },
  ])('keeps $stored.platform at age $stored.publishedAt → $keep', ({ stored, keep }) => {
    expect(crossPostCandidates([stored], 'x', NOW)).toEqual(keep ? [stored] : []);
  });

  it('skips damaged and unkeyed (earlier versions\') storage entries instead of crashing', () => {
    const good = post('bluesky', DAY);
    const unkeyed = { ...post('linkedin', DAY), hash: '1a2b3c4d' };
    expect(crossPostCandidates([null, 42, 'x', {}, { platform: 'linkedin' }, unkeyed, good], 'x', NOW)).toEqual([good]);
  });
});

const request = (text: string, platform: PostFingerprint['platform'] = 'linkedin'): AnalysisRequest => ({
  draft: { text, platform, kind: 'post' },
  options: { mode: 'work', uiLocale: 'nl' },
});
const categories = (analysis: { findings: { category: string }[] }) => analysis.findings.map((finding) => finding.category);

describe('createAnalysisService', () => {
  const dutch = 'Vandaag spraken we met twaalf buurtbewoners over eenzaamheid in de wijk. Hoe pak jij dit aan in jouw buurt?';

  it('answers as analyze does for the same draft, options and clock', () => {
    const service = createAnalysisService();
    expect(service.analyze('1:0', request(dutch), { posts: [], key: TEST_KEY }, NOW)).toEqual(analyze(request(dutch).draft, { ...request(dutch).options, now: NOW, recentPosts: [] }));
  });

  it('flags a copy of a post made on another platform this week, and not one made on the same platform', () => {
    const service = createAnalysisService();
    const onX = fingerprintPost(dutch, 'x', NOW - DAY, TEST_KEY);
    expect(categories(service.analyze('1:0', request(dutch, 'linkedin'), { posts: [onX], key: TEST_KEY }, NOW))).toContain('cross-post');
    expect(categories(service.analyze('1:0', request(dutch, 'x'), { posts: [onX], key: TEST_KEY }, NOW))).not.toContain('cross-post');
  });

  it('treats a malformed request as an empty draft instead of throwing', () => {
    const service = createAnalysisService();
    for (const bad of [null, undefined, 42, {}, { draft: 'text' }, { draft: { text: 42 } }]) {
      expect(() => service.analyze('1:0', bad as unknown as AnalysisRequest, { posts: [null, 'junk'], key: TEST_KEY }, NOW)).not.toThrow();
    }
  });
});
