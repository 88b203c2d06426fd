#!/usr/bin/env node
// `npm test`: everything CI runs, in order, with one closing line "N passed, N failed" that counts every unit and
// end-to-end test plus the typecheck, lint and build steps. Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const reports = mkdtempSync(path.join(tmpdir(), 'social-coach-test-'));
const tally = { passed: 0, failed: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(label, command, args) {
  const ok = run(label, command, args);
  tally[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.skipped ? 0 : 0) };
}

function suite(label, ok, counts) {
  const failed = counts.failed + (!ok && counts.failed === 0 ? 1 : 0);
  tally.passed += counts.passed;
  tally.failed += failed;
  lines.push(`${label}: ${counts.passed} passed, ${failed} failed`);
}

const missing = [
  [chromium, 'Chromium', 'chromium', 'CHROMIUM_PATH'],
  [firefox, 'Firefox', 'firefox-esr', 'FIREFOX_PATH'],
].filter(([file]) => !existsSync(file));
if (missing.length > 0) {
  for (const [file, name, pkg, variable] of missing) console.error(`${name} not found at ${file}: run "apt-get install ${pkg}" or set ${variable}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npm', ['run', '--silent', 'lint']);

// The coach on real posts (issue 10): prints the held-out table where the posts' texts are present.
step('real-post eval', 'npm', ['run', '--silent', 'eval', '--', '--quiet']);

const vitestReport = path.join(reports, 'vitest.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
suite('unit tests', unitOk, countVitest(vitestReport));

if (step('build', 'npx', ['wxt', 'build'])) {
  const e2eReport = path.join(reports, 'playwright.json');
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: e2eReport });
  suite('end-to-end tests', e2eOk, countPlaywright(e2eReport));
} else {
  lines.push('end-to-end tests: not run (build failed)');
  tally.failed += 1;
}

// The Firefox subset: the MV2 build in Firefox ESR (playwright.firefox.config.ts).
if (step('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  const firefoxReport = path.join(reports, 'playwright-firefox.json');
  const firefoxOk = run('Firefox end-to-end tests', 'npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts'], { PLAYWRIGHT_JSON: firefoxReport });
  suite('Firefox end-to-end tests', firefoxOk, countPlaywright(firefoxReport));
} else {
  lines.push('Firefox end-to-end tests: not run (build failed)');
  tally.failed += 1;
}

console.log(`\n${lines.join('\n')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
