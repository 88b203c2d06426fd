import { test as base } from '@playwright/test';
import { Firefox } from './firefox';

export * from './firefox';

interface WorkerFixtures {
  /** One Firefox per worker: starting it takes seconds, and each test opens and closes its own tabs. */
  firefox: Firefox;
}

export const test = base.extend<object, WorkerFixtures>({
  firefox: [
    // Playwright requires the destructuring pattern, even with no fixtures to take.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const firefox = await Firefox.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export const expect = test.expect;
