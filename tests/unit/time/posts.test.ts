import { describe, expect, it } from 'vitest';
import { fixedOffset } from '@/lib/time/day-key';
import { recordPost, rememberFingerprint, validPublishedPost } from '@/lib/time/posts';
import type { PublishedPost } from '@/lib/messaging';
import type { PostFingerprint } from '@/lib/coach/types';

const NOW = Date.parse('2026-01-10T12:00:00Z');
const DAY = 86_400_000;
const print = (publishedAt: number): PostFingerprint => ({ platform: 'x', publishedAt, hash: '0123456789abcdef', sketch: [1, 2] });
const post = (overrides: Partial<PublishedPost> = {}): PublishedPost => ({
  platform: 'x', mode: 'personal', publishedAt: NOW, openFindings: [], resolvedCount: 0, text: 'Hello', ...overrides,
});

describe('recordPost', () => {
  it.each<[string, PublishedPost, object]>([
    // a clean post
    ['clean', post({ resolvedCount: 2 }), { published: 1, withOpenProblems: 0, nudgesResolved: 2, byCategory: {}, byPlatform: { x: 1 }, byColumn: {}, aboutSender: 0, atFixedTime: 0 }],
    // a tip left open is not a problem
    ['tip only', post({ openFindings: [{ ruleId: 'a', category: 'tone', severity: 'tip' }] }), { published: 1, withOpenProblems: 0, nudgesResolved: 0, byCategory: { tone: 1 }, byPlatform: { x: 1 }, byColumn: {}, aboutSender: 0, atFixedTime: 0 }],
    // two open findings, one a warning: one post with open problems, both categories counted
    ['warning', post({ openFindings: [{ ruleId: 'a', category: 'hashtags', severity: 'warning' }, { ruleId: 'b', category: 'hashtags', severity: 'tip' }] }),
      { published: 1, withOpenProblems: 1, nudgesResolved: 0, byCategory: { hashtags: 2 }, byPlatform: { x: 1 }, byColumn: {}, aboutSender: 0, atFixedTime: 0 }],
  ])('%s', (_name, published, expected) => {
    expect(recordPost({}, published, fixedOffset(0), NOW)['2026-01-10']).toEqual(expected);
  });

  it('adds to the day the post went out in local time, and prunes old days', () => {
    // 23:30 UTC is the 11th in Amsterdam
    const late = post({ publishedAt: Date.parse('2026-01-10T23:30:00Z') });
    const history = recordPost({ '2025-01-01': { published: 9, withOpenProblems: 0, nudgesResolved: 0, byCategory: {} } }, late, fixedOffset(60), NOW);
    expect(Object.keys(history)).toEqual(['2026-01-11']);
  });
});

describe('recordPost with damaged storage', () => {
  it.each([null, 'garbage', [1, 2]])('starts afresh from %j', (stored) => {
    expect(recordPost(stored, post(), fixedOffset(0), NOW)).toEqual({
      '2026-01-10': { published: 1, withOpenProblems: 0, nudgesResolved: 0, byCategory: {}, byPlatform: { x: 1 }, byColumn: {}, aboutSender: 0, atFixedTime: 0 },
    });
  });
});

describe('recordPost for "your week"', () => {
  it('counts posts per network, per matrix column touched and about the sender, adding to what the day had', () => {
    const morning = recordPost({}, post({ platform: 'linkedin' }), fixedOffset(0), NOW, { columns: ['local', 'field'], aboutSender: true, atFixedTime: true });
    const evening = recordPost(morning, post({ platform: 'linkedin' }), fixedOffset(0), NOW, { columns: ['local'], aboutSender: false, atFixedTime: false });
    expect(evening['2026-01-10']).toMatchObject({ published: 2, byPlatform: { linkedin: 2 }, byColumn: { local: 2, field: 1 }, aboutSender: 1, atFixedTime: 1 });
  });

  it('adds to a day stored before these counts existed', () => {
    const old = { '2026-01-10': { published: 3, withOpenProblems: 1, nudgesResolved: 0, byCategory: {} } };
    expect(recordPost(old, post(), fixedOffset(0), NOW, { columns: ['personal'], aboutSender: true, atFixedTime: false })['2026-01-10']).toMatchObject({
      published: 4, byPlatform: { x: 1 }, byColumn: { personal: 1 }, aboutSender: 1,
    });
  });
});

describe('rememberFingerprint', () => {
  it('keeps 30 days of well-formed fingerprints', () => {
    const unkeyed = { ...print(NOW - DAY), hash: '1a2b3c4d' };
    const kept = rememberFingerprint([print(NOW - 31 * DAY), print(NOW - 29 * DAY), { broken: true }, unkeyed], print(NOW), NOW);
    // the 31-day-old, the malformed and the unkeyed (earlier versions') entries go
    expect(kept.map((entry) => entry.publishedAt)).toEqual([NOW - 29 * DAY, NOW]);
  });

  it('survives storage that is not a list', () => {
    expect(rememberFingerprint('garbage', print(NOW), NOW)).toHaveLength(1);
  });
});

describe('validPublishedPost', () => {
  it.each([
    // not an object
    ['null', null],
    // unknown platform
    ['platform', { ...post(), platform: 'myspace' }],
    // no text to fingerprint
    ['text', { ...post(), text: undefined }],
    // longer than any network allows
    ['long text', { ...post(), text: 'a'.repeat(100_001) }],
  ])('drops %s', (_name, value) => {
    expect(validPublishedPost(value, NOW)).toBeNull();
  });

  it('repairs a missing time and findings list', () => {
    expect(validPublishedPost({ ...post(), publishedAt: 'soon', openFindings: 'x' }, NOW)).toMatchObject({ publishedAt: NOW, openFindings: [] });
  });
});
