import { describe, expect, it } from 'vitest';
import { importStats, resetStats } from '@/entrypoints/background/data';
import { fingerprintsItem, postsItem, usageItem } from '@/lib/storage';
import { storedDataExample } from './fixtures/stored-data';

const { settings: _settings, ...stats } = storedDataExample;

describe('background data handlers', () => {
  it('import replaces every stat', async () => {
    await usageItem.setValue({ '2026-01-01': storedDataExample.usage['2026-11-20']! });
    await importStats(stats);
    expect(await usageItem.getValue()).toEqual(stats.usage);
    expect(await postsItem.getValue()).toEqual(stats.posts);
    expect(await fingerprintsItem.getValue()).toEqual(stats.fingerprints);
  });

  it('import of damaged stats writes nothing', async () => {
    await postsItem.setValue(stats.posts);
    const damaged = { ...stats, usage: 'lots' as never, posts: {} };
    await expect(importStats(damaged)).rejects.toThrow('Invalid field: usage');
    expect(await postsItem.getValue()).toEqual(stats.posts);
  });

  it('reset clears every stat', async () => {
    await importStats(stats);
    await resetStats();
    expect([await usageItem.getValue(), await postsItem.getValue(), await fingerprintsItem.getValue()]).toEqual([{}, {}, []]);
  });
});
