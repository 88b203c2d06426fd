import { describe, expect, it } from 'vitest';
import { crossPostCandidates } from '@/entrypoints/sidebar.content/analysis-loop';
import type { PostFingerprint } from '@/lib/coach/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 9, 0);
const post = (platform: PostFingerprint['platform'], ageMs: number): PostFingerprint => ({ platform, publishedAt: NOW - ageMs, hash: 'abc', sketch: [1, 2] });

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

  it('skips damaged storage entries instead of crashing', () => {
    const good = post('bluesky', DAY);
    expect(crossPostCandidates([null, 42, 'x', {}, { platform: 'linkedin' }, good], 'x', NOW)).toEqual([good]);
  });
});
