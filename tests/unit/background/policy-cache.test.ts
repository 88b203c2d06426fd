import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPolicyCache } from '@/entrypoints/background/policy-cache';
import { NO_POLICY, readPolicy, type Policy } from '@/lib/settings/policy';

const LOCKED_20 = readPolicy({ dailyMinutes: 20, locked: ['dailyMinutes'] });
const LOCKED_45 = readPolicy({ dailyMinutes: 45, locked: ['dailyMinutes'] });

/** A managed storage whose reads answer when the test says, and whose change event the test fires. */
function managedStorage() {
  const pending: ((policy: Policy) => void)[] = [];
  let changed: () => void = () => undefined;
  const read = vi.fn(() => new Promise<Policy>((resolve) => pending.push(resolve)));
  return {
    read,
    onManagedChange: (listener: () => void) => void (changed = listener),
    answer: (policy: Policy, index = pending.length - 1) => pending[index]?.(policy),
    change: () => changed(),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the background policy cache', () => {
  it('reads managed storage once however many settings reads there are', async () => {
    const managed = managedStorage();
    const cache = createPolicyCache({ ...managed, timeoutMs: 1500 });
    managed.answer(LOCKED_20);
    const reads = await Promise.all(Array.from({ length: 50 }, () => cache.getValue()));
    expect(reads.every((policy) => policy.values.dailyMinutes === 20)).toBe(true);
    expect(managed.read).toHaveBeenCalledTimes(1);
  });

  it('makes readers wait for a slow first read only once, then tells watchers when it answers', async () => {
    const managed = managedStorage();
    const cache = createPolicyCache({ ...managed, timeoutMs: 1500 });
    const heard: Policy[] = [];
    cache.watch((policy) => heard.push(policy));
    const first = cache.getValue();
    await vi.advanceTimersByTimeAsync(1500);
    expect(await first).toEqual(NO_POLICY);
    // The next read does not wait at all.
    let second: Policy | undefined;
    void cache.getValue().then((policy) => (second = policy));
    await Promise.resolve();
    await Promise.resolve();
    expect(second).toEqual(NO_POLICY);
    managed.answer(LOCKED_20);
    await vi.advanceTimersByTimeAsync(0);
    expect(heard.map((policy) => policy.values.dailyMinutes)).toEqual([20]);
    expect((await cache.getValue()).values.dailyMinutes).toBe(20);
  });

  it('reads again when the browser says managed storage changed, and tells watchers only of a real change', async () => {
    const managed = managedStorage();
    const cache = createPolicyCache({ ...managed, timeoutMs: 1500 });
    const heard: (number | undefined)[] = [];
    const stop = cache.watch((policy) => heard.push(policy.values.dailyMinutes));
    managed.answer(LOCKED_20);
    await vi.advanceTimersByTimeAsync(0);
    managed.change();
    managed.answer(LOCKED_20);
    await vi.advanceTimersByTimeAsync(0);
    managed.change();
    managed.answer(LOCKED_45);
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual([20, 45]);
    expect((await cache.getValue()).values.dailyMinutes).toBe(45);
    expect(managed.read).toHaveBeenCalledTimes(3);
    stop();
    managed.change();
    managed.answer(NO_POLICY);
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual([20, 45]);
    expect(await cache.getValue()).toEqual(NO_POLICY);
  });

  it('keeps the newest read when an older one answers after it', async () => {
    const managed = managedStorage();
    const cache = createPolicyCache({ ...managed, timeoutMs: 1500 });
    managed.change();
    managed.answer(LOCKED_45, 1);
    managed.answer(LOCKED_20, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect((await cache.getValue()).values.dailyMinutes).toBe(45);
  });

  it('takes a failed read as no policy', async () => {
    const cache = createPolicyCache({ read: () => Promise.reject(new Error('no managed storage')), onManagedChange: () => undefined, timeoutMs: 1500 });
    expect(await cache.getValue()).toEqual(NO_POLICY);
  });
});
