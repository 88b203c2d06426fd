import { defineConfig } from '@playwright/test';

// The Firefox subset: the MV2 build in Debian's Firefox ESR over WebDriver BiDi (see tests/e2e-firefox/firefox.ts).
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One Firefox shared by the tests, one test at a time: the time test needs its tab in front.
  workers: 1,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
});
