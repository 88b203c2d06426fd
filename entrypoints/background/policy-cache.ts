import { browser } from 'wxt/browser';
import { NO_POLICY, type Policy } from '@/lib/settings/policy';
import { MANAGED_READ_TIMEOUT_MS, readManagedStorage, withTimeout, type PolicySource } from '@/lib/storage';

export interface PolicyCacheDeps {
  /** One read of managed storage; may take seconds (Debian's Chromium answers its first after ~2.6 s). */
  read: () => Promise<Policy>;
  /** Calls `listener` whenever the browser says managed storage changed. */
  onManagedChange: (listener: () => void) => void;
  timeoutMs: number;
}

function keyOf(policy: Policy): string {
  return JSON.stringify([policy.values, [...policy.locked].sort()]);
}

/**
 * The organisation's policy, read once when the worker starts and again only when the browser says it changed.
 * Readers wait for the first read at most `timeoutMs`, once: after that they get no policy until it answers, and
 * watchers hear when it does. Every later read answers at once, so a settings read never waits on the browser.
 */
export function createPolicyCache({ read, onManagedChange, timeoutMs }: PolicyCacheDeps): PolicySource {
  let known: Policy | undefined;
  /** What readers were last given, so watchers hear only of a real change. */
  let givenKey = keyOf(NO_POLICY);
  let latest = 0;
  const listeners = new Set<(policy: Policy) => void>();

  const settle = (policy: Policy) => {
    known = policy;
    const key = keyOf(policy);
    if (key === givenKey) return;
    givenKey = key;
    for (const listener of listeners) listener(policy);
  };
  const load = (): Promise<Policy> => {
    const ticket = ++latest;
    return read()
      .catch(() => NO_POLICY)
      .then((policy) => {
        // An older read that answers after a newer one started says nothing about now.
        if (ticket === latest) settle(policy);
        return known ?? policy;
      });
  };

  const first = load();
  onManagedChange(() => void load());
  return {
    async getValue() {
      if (known) return known;
      const policy = await withTimeout(first, timeoutMs, undefined);
      // Timed out: no policy until the browser answers (then watchers hear of it), and nobody waits again.
      if (!policy) known ??= NO_POLICY;
      return known ?? policy ?? NO_POLICY;
    },
    watch(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
  };
}

/** The background's one reader of managed storage. */
export function startPolicyCache(): PolicySource {
  return createPolicyCache({
    // What the policy said that could not be taken is logged for whoever deploys it (the worker's console).
    read: () =>
      readManagedStorage().then((policy) => {
        if (policy.problems?.length) console.warn(`Social Coach: the organisation's policy, left out:\n${policy.problems.join('\n')}`);
        return policy;
      }),
    onManagedChange: (listener) => browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && listener()),
    timeoutMs: MANAGED_READ_TIMEOUT_MS,
  });
}
