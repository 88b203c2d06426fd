// `npm run bench:e2e`: types a 3,000-character draft into every site fixture in headless Chromium with the
// production build loaded, and reports what the extension costs the page while the user types.
//
// - latency: from the last keystroke of a burst to the sidebar's update (debounce included), median and p95;
// - main-thread time per keystroke: the thread CPU time (trace events' `tdur`, what DevTools' Performance panel
//   shows) of every call from the page's main thread into the content script, bucketed per keystroke while typing
//   at a steady pace, so every key triggers a full analysis and render (the worst case). CPU time rather than
//   sampled wall time: on a busy 2-core machine the sampler thread stalls, and a sampling profile then charges
//   whole stalls to whatever function it last saw;
// - the longest extension time inside one keystroke (an upper bound for any long task the extension causes);
// - the cost on a page where no composer is focused: the first visit (the browser compiles the script) and a
//   later one (it reuses its code cache, as for every social page after the first), and the bundle size.
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { extensionDir, launchWithExtension, readFixture, serveHtml, serviceWorkerOf } from '../tests/e2e/browser';
import { openSidebarShadowForTests } from '../tests/e2e/sidebar-shadow';
import { originPattern, SITE_COMPOSERS, type SiteComposer } from '../tests/e2e/sites/composers';

/** `npm run bench:e2e -- x linkedin` measures only those sites. */
const SITES = process.argv.length > 2 ? SITE_COMPOSERS.filter((site) => process.argv.slice(2).includes(site.site)) : SITE_COMPOSERS;

const DRAFT_PARAGRAPH =
  'Vandaag spraken we met twaalf buurtbewoners over eenzaamheid in de wijk. Wat ons opviel: bijna iedereen kent wel iemand die ' +
  'de deur nauwelijks uitkomt. We delen drie dingen die we leerden, en we horen graag hoe jij dit in jouw buurt aanpakt. ' +
  'Today we also met the team from the library, who offer a weekly coffee morning for anyone who wants company. ';
const DRAFT = DRAFT_PARAGRAPH.repeat(Math.ceil(3000 / DRAFT_PARAGRAPH.length)).slice(0, 3000);
const BURST = 30;
const STEADY_KEYS = 60;
const STEADY_GAP_MS = 150;

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Opens the site and focuses its composer, measuring what loading the coach costs the page: all extension CPU
 * until the sidebar shows, and the longest single call (a long task would be one over 50 ms).
 */
async function openComposer(context: BrowserContext, site: SiteComposer): Promise<{ page: Page; loadMs: number; loadLongestMs: number }> {
  await serveHtml(context, originPattern(site.url), readFixture(`sites/${site.fixture}`));
  const page = await context.newPage();
  await page.goto(site.url);
  for (const selector of site.open) await page.locator(selector).first().click();
  const events = await traceDuring(page, async () => {
    await page.locator(site.editor).first().click();
    await page.locator('social-coach').waitFor({ state: 'attached' });
    await quiet(300);
  });
  const calls = extensionCalls(events);
  return { page, loadMs: calls.reduce((sum, call) => sum + call.cpuMs, 0), loadLongestMs: Math.max(0, ...calls.map((call) => call.cpuMs)) };
}

/** Records, in the page's main world, keydown times and the times the sidebar's shadow DOM changes. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { keys: [] as number[], updates: [] as number[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
    const root = document.querySelector('social-coach')!.shadowRoot!;
    new MutationObserver(() => probe.updates.push(performance.now())).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function measureLatency(page: Page): Promise<number[]> {
  const latencies: number[] = [];
  for (let offset = 0; offset < DRAFT.length; offset += BURST) {
    await page.keyboard.type(DRAFT.slice(offset, offset + BURST));
    await quiet(300);
    const latency = await page.evaluate(() => {
      const { keys, updates } = (window as unknown as { __probe: { keys: number[]; updates: number[] } }).__probe;
      const last = keys[keys.length - 1]!;
      const update = updates.find((time) => time > last);
      keys.length = 0;
      updates.length = 0;
      return update === undefined ? null : update - last;
    });
    if (latency !== null) latencies.push(latency);
  }
  return latencies;
}

interface Profile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Each profile node's caller, to walk a sample's stack upwards. */
function parentsOf(profile: Profile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return parent;
}

/** Sample ids whose stack passes through the extension's scripts (its own code and what it calls). */
function extensionNodes(profile: Profile): Set<number> {
  const parent = parentsOf(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const result = new Set<number>();
  for (const node of profile.nodes) {
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)!.callFrame.url.startsWith('chrome-extension://')) {
        result.add(node.id);
        break;
      }
    }
  }
  return result;
}

/** Extension CPU milliseconds in each [from, to) window of profile time (µs). */
function extensionTimeIn(profile: Profile, windows: [number, number][]): number[] {
  const ours = extensionNodes(profile);
  const totals = windows.map(() => 0);
  let time = profile.startTime;
  profile.samples.forEach((sample, index) => {
    time += profile.timeDeltas[index]!;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    if (!ours.has(sample)) return;
    const window = windows.findIndex(([from, to]) => time >= from && time < to);
    if (window >= 0) totals[window] = totals[window]! + delta / 1000;
  });
  return totals;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; type?: string } };
}

/** Records a Chrome trace of the page's renderer while `action` runs. */
async function traceDuring(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/**
 * The calls from the page's main thread into the extension's scripts (running its code, timers, listeners,
 * observers, microtasks), outermost only so nothing counts twice, with their thread CPU time in ms.
 */
function extensionCalls(events: TraceEvent[]): { ts: number; cpuMs: number }[] {
  const ours = events
    .filter((event) => event.ph === 'X' && (event.name === 'FunctionCall' || event.name === 'EvaluateScript'))
    .filter((event) => event.args?.data?.url?.startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  for (const event of ours) {
    const last = outermost[outermost.length - 1];
    if (last && last.pid === event.pid && last.tid === event.tid && event.ts < last.ts + (last.dur ?? 0)) continue;
    outermost.push(event);
  }
  return outermost.map((event) => ({ ts: event.ts, cpuMs: (event.tdur ?? event.dur ?? 0) / 1000 }));
}

/** Types STEADY_KEYS keys STEADY_GAP_MS apart: slower than the debounce, so each key gets a full analysis. */
async function typeSteadily(page: Page): Promise<void> {
  for (let i = 0; i < STEADY_KEYS; i += 1) {
    await page.keyboard.type(i % 2 === 0 ? 'a' : ' ');
    await quiet(STEADY_GAP_MS);
  }
}

/** The extension's main-thread CPU time in each keystroke's window (from its keydown to the next one). */
async function measureMainThread(page: Page): Promise<number[]> {
  await page.keyboard.press('End');
  const events = await traceDuring(page, () => typeSteadily(page));
  const keys = events
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const calls = extensionCalls(events);
  return keys.map((key, i) => {
    const end = keys[i + 1] ?? key + STEADY_GAP_MS * 1000;
    return calls.filter((call) => call.ts >= key && call.ts < end).reduce((sum, call) => sum + call.cpuMs, 0);
  });
}

async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

/**
 * With BENCH_DEBUG set: types the same steady keys under a sampling profile and prints where the extension's time
 * goes, by function. Profile time and performance.now() are tied together by a marker function the profile sees.
 */
async function profileSteadyTyping(page: Page): Promise<void> {
  const cdp = await startProfiler(page);
  // A string, not a function: the bundler's name helpers don't exist in the page.
  const markerAt = await page.evaluate<number>(
    '(() => { const started = performance.now(); function benchMarker() { while (performance.now() - started < 20); } benchMarker(); return started; })()',
  );
  await page.evaluate(() => ((window as unknown as { __probe: { keys: number[] } }).__probe.keys.length = 0));
  await typeSteadily(page);
  const keys = await page.evaluate(() => (window as unknown as { __probe: { keys: number[] } }).__probe.keys);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const markerNode = profile.nodes.find((node) => node.callFrame.functionName === 'benchMarker');
  let time = profile.startTime;
  let markerTime: number | undefined;
  profile.samples.forEach((sample, index) => {
    time += profile.timeDeltas[index]!;
    if (markerTime === undefined && sample === markerNode?.id) markerTime = time;
  });
  if (markerTime === undefined) throw new Error('Profiler marker not found: cannot align keystrokes with samples.');
  const toProfileTime = (pageTime: number) => markerTime! + (pageTime - markerAt) * 1000;
  const windows = keys.map((key, i): [number, number] => [toProfileTime(key), toProfileTime(keys[i + 1] ?? key + STEADY_GAP_MS)]);
  printHotFunctions(profile);
  printWorstKeys(profile, windows, extensionTimeIn(profile, windows));
}

/** With BENCH_DEBUG set: where the extension's time goes, by function (self time), to find what to optimise. */
function printHotFunctions(profile: Profile): void {
  const ours = extensionNodes(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    if (!ours.has(sample)) return;
    const frame = byId.get(sample)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  // Inclusive time of the named stages, so the summary can say where a keystroke's time goes.
  const parent = parentsOf(profile);
  const stages = ['renderNow', 'runNow', 'analyze', 'readDraft', 'trackComposers'];
  const inclusive = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    if (!ours.has(sample)) return;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName.replace(/\$\d+$/, '');
      if (stages.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
      }
    }
  });
  for (const [name, ms] of inclusive) console.log(`${ms.toFixed(1).padStart(8)} ms  inclusive ${name}`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

/** With BENCH_DEBUG set: the costliest keystrokes and what ran in them, to explain the p95. */
function printWorstKeys(profile: Profile, windows: [number, number][], perKey: number[]): void {
  const ours = extensionNodes(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const worst = perKey.map((ms, index) => ({ ms, index })).sort((a, b) => b.ms - a.ms).slice(0, 4);
  console.log(`per key, sorted: ${[...perKey].sort((a, b) => a - b).map((ms) => ms.toFixed(1)).join(' ')}`);
  for (const { ms, index } of worst) {
    const [from, to] = windows[index]!;
    const self = new Map<string, number>();
    const gaps: number[] = [];
    let time = profile.startTime;
    profile.samples.forEach((sample, i) => {
      time += profile.timeDeltas[i]!;
      if (!ours.has(sample) || time < from || time >= to) return;
      const frame = byId.get(sample)!.callFrame;
      const key = `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
      gaps.push((profile.timeDeltas[i + 1] ?? 0) / 1000);
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`key ${index} (${ms.toFixed(1)} ms, ${gaps.length} samples, longest ${Math.max(...gaps).toFixed(2)} ms): ${top.map(([name, t]) => `${name} ${t.toFixed(1)}`).join(', ')}`);
  }
}

/** Extension CPU time on a page whose composer is never focused: load, scroll and click around for 3 s. */
async function measureIdle(context: BrowserContext, site: SiteComposer): Promise<{ firstVisit: number; later: number }> {
  await serveHtml(context, originPattern(site.url), readFixture(`sites/${site.fixture}`));
  const page = await context.newPage();
  const visit = async () => {
    await page.goto('about:blank');
    const events = await traceDuring(page, async () => {
      await page.goto(site.url);
      for (let i = 0; i < 10; i += 1) {
        await page.mouse.wheel(0, 200);
        await page.mouse.click(5, 5);
        await quiet(300);
      }
    });
    return extensionCalls(events).reduce((sum, call) => sum + call.cpuMs, 0);
  };
  const firstVisit = await visit();
  const later = await visit();
  await page.close();
  return { firstVisit, later };
}

const format = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(2));

async function main(): Promise<void> {
  console.log(`load average at the start: ${loadavg()[0]!.toFixed(2)}`);
  const sizeKb = (file: string) => statSync(path.join(extensionDir, 'content-scripts', file)).size / 1000;
  const watcherKb = sizeKb('watch.js');
  const coachKb = sizeKb('sidebar.js');
  const rows: string[][] = [];
  let allMet = true;
  for (const site of SITES) {
    const context = await launchWithExtension();
    try {
      // The probes watch the sidebar's shadow DOM: opened through the worker, as in the end-to-end tests.
      await openSidebarShadowForTests(await serviceWorkerOf(context));
      const idle = await measureIdle(context, site);
      const { page, loadMs, loadLongestMs } = await openComposer(context, site);
      await installProbes(page);
      const latencies = await measureLatency(page);
      const perKey = await measureMainThread(page);
      if (process.env.BENCH_DEBUG) await profileSteadyTyping(page);
      const row = {
        latencyMedian: percentile(latencies, 50),
        latencyP95: percentile(latencies, 95),
        cpuMedian: percentile(perKey, 50),
        cpuP95: percentile(perKey, 95),
        cpuMax: Math.max(...perKey),
      };
      const met = row.latencyP95 <= 150 && row.cpuP95 <= 2 && row.cpuMax < 50 && loadLongestMs < 50;
      allMet &&= met;
      rows.push([
        site.site,
        format(row.latencyMedian),
        format(row.latencyP95),
        format(row.cpuMedian),
        format(row.cpuP95),
        format(row.cpuMax),
        format(idle.firstVisit),
        format(idle.later),
        `${format(loadMs)} (${format(loadLongestMs)})`,
        met ? 'yes' : 'NO',
      ]);
    } finally {
      await context.close();
    }
  }
  const header = ['site', 'latency median ms', 'latency p95 ms', 'cpu/key median ms', 'cpu/key p95 ms', 'cpu/key max ms', 'idle page first visit ms', 'idle page later ms', 'coach load ms (longest call)', 'targets met'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  const bundleKb = watcherKb + coachKb;
  console.log(
    `\ncontent scripts: watcher ${watcherKb.toFixed(1)} kB on every social page, coach ${coachKb.toFixed(1)} kB once a composer is focused; ` +
      `${bundleKb.toFixed(1)} kB minified in all (target ≤ 250 kB: ${bundleKb <= 250 ? 'met' : 'NOT met'})`,
  );
  console.log(`draft: ${DRAFT.length} characters typed per site in bursts of ${BURST}; ${STEADY_KEYS} keys ${STEADY_GAP_MS} ms apart for CPU per key`);
  console.log(`targets: latency p95 ≤ 150 ms, cpu/key p95 ≤ 2 ms, no extension work ≥ 50 ms in one keystroke or call: ${allMet && bundleKb <= 250 ? 'all met' : 'NOT all met'}`);
}

await main();
