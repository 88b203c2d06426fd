import { defineConfig } from '@playwright/test';

// End-to-end tests run the production build in Debian's Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  // Screenshot specs (*screenshots*.spec.ts) only run through `npm run screenshots`.
  ...(process.env.SCREENSHOTS ? { testMatch: '**/*screenshots*.spec.ts' } : { testIgnore: '**/*screenshots*.spec.ts' }),
  timeout: 60_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Each test starts its own browser; two cores take two at a time at most.
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: { trace: 'retain-on-failure' },
});
