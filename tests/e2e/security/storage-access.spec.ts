import { expect, test } from '../harness';
import { readStorage, seedStorage, weekOfData } from '../pages/seed';
import { evaluateInExtensionWorld } from '../extension-world';
import { openXHome } from '../sidebar/x-page';

type Usage = Record<string, { activeMs: number }>;
/** Every seeded day still there with at least its minutes (the open x.com tab keeps counting meanwhile). */
function expectUsageKept(after: unknown, seeded: Record<string, unknown>): void {
  const kept = after as Usage;
  expect(Object.keys(kept).sort()).toEqual(Object.keys(seeded).sort());
  for (const [day, usage] of Object.entries(seeded as Usage)) expect(kept[day]?.activeMs, day).toBeGreaterThanOrEqual(usage.activeMs);
}

/**
 * A compromised content script on a social page (code running in the extension's world of x.com) tries to read and
 * rewrite what the extension stores, and to send the background the messages only the options page may send.
 */
test('a content script can neither read nor write local or sync storage', async ({ context, worker }) => {
  const data = weekOfData(Date.now());
  await seedStorage(worker, data);
  const page = await openXHome(context);
  const attempts = await evaluateInExtensionWorld<string[]>(
    page,
    `(async () => {
      const outcomes = [];
      for (const attempt of [
        () => chrome.storage.local.get(null),
        () => chrome.storage.sync.get(null),
        () => chrome.storage.local.set({ usage: {} }),
        () => chrome.storage.local.set({ fingerprints: [{ platform: 'x', publishedAt: 0, hash: 'x', sketch: new Array(100000).fill(1) }] }),
      ]) {
        try {
          await attempt();
          outcomes.push('allowed');
        } catch (error) {
          outcomes.push(String(error && error.message));
        }
      }
      return outcomes;
    })()`,
  );
  console.log('content-script storage attempts:', attempts);
  expect(attempts).toEqual(Array(4).fill(expect.stringMatching(/not allowed/)));
  const after = await readStorage(worker);
  expectUsageKept(after.local.usage, data.usage);
  expect(after.local.fingerprints).toEqual(data.fingerprints);
});

test('a content script cannot reset, import or forge stats through the background', async ({ context, worker }) => {
  const data = weekOfData(Date.now());
  await seedStorage(worker, data);
  const page = await openXHome(context);
  const answers = await evaluateInExtensionWorld<string[]>(
    page,
    `(async () => {
      const send = (type, data) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
      const answers = [
        await send('page-bg:reset-data'),
        await send('page-bg:import-data', { usage: {}, posts: {}, fingerprints: [] }),
        await send('cs-bg:published', { platform: 'x', mode: 'work', publishedAt: Date.now(), openFindings: [], resolvedCount: 1e300,
          fingerprint: { platform: 'x', publishedAt: Date.now(), hash: 'h', sketch: new Array(120000).fill(7) } }),
      ];
      return answers.map((answer) => (answer && answer.err ? 'refused: ' + answer.err.message : 'done'));
    })()`,
  );
  console.log('forged messages:', answers);
  expect(answers.slice(0, 2)).toEqual([expect.stringContaining('wrong sender'), expect.stringContaining('wrong sender')]);
  const after = await readStorage(worker);
  expectUsageKept(after.local.usage, data.usage);
  // a forged post from the top frame cannot carry an absurd count or an oversized sketch
  expect(JSON.stringify(after.local.posts)).not.toContain('e+300');
  expect(after.local.fingerprints).toEqual(data.fingerprints);
});
