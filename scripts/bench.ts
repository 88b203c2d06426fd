import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { text as alex } from 'alex';
import { analyzeWith } from '../lib/coach/engine';
import { RULES } from '../lib/coach/rules';
import { LanguageDetector } from '../lib/coach/text/language';
import type { BenchText } from './bench-texts';
import { BENCH_TEXTS } from './bench-texts';

/** `npm run bench`: the coach against the prose linters people run as they type, on the same drafts. */
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

interface Timing {
  median: number;
  p95: number;
}

/** Other processes on a shared 2-core machine preempt single runs: we keep the best of a few rounds. */
const ROUNDS = 5;
const KEYSTROKES = 400;
const TYPED_TAIL = 40;

function measureRound(runs: number, warmup: number, task: (run: number) => void): Timing {
  for (let i = 0; i < warmup; i++) task(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task(warmup + i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(share * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

function measure(runs: number, warmup: number, task: (run: number) => void): Timing {
  const rounds = Array.from({ length: ROUNDS }, () => measureRound(runs, warmup, task));
  return rounds.reduce((best, round) => (round.p95 < best.p95 ? round : best));
}

function benchOne(draft: BenchText) {
  const steadyDetector = new LanguageDetector();
  const analyzeSteady = () => analyzeWith(RULES, draft, {}, { detector: steadyDetector });
  const coldDetection = () => analyzeWith(RULES, draft, {}, { detector: new LanguageDetector() });
  // Each run is one more typed character: the last TYPED_TAIL characters of the draft are typed again and
  // again, so the text stays at its nominal size. Each round starts with a fresh language cache.
  let typingDetector = new LanguageDetector();
  let typingDetections = 0;
  const typing = (run: number) => {
    if (run === 0) {
      typingDetections += typingDetector.detectionCount;
      typingDetector = new LanguageDetector();
      analyzeWith(RULES, draft, {}, { detector: typingDetector });
      typingDetections -= typingDetector.detectionCount;
    }
    const typedLength = draft.text.length - TYPED_TAIL + (run % TYPED_TAIL) + 1;
    analyzeWith(RULES, { ...draft, text: draft.text.slice(0, typedLength) }, {}, { detector: typingDetector });
  };
  return {
    steady: measure(1000, 200, analyzeSteady),
    cold: measure(200, 20, coldDetection),
    typing: measure(KEYSTROKES, 1, typing),
    typingDetections: (typingDetections + typingDetector.detectionCount) / ROUNDS,
    writeGood: measure(100, 20, () => writeGood(draft.text)),
    alex: measure(20, 3, () => alex(draft.text)),
  };
}

/**
 * Hostile drafts: pasted junk must cost time in proportion to its length. Each doubling of the text should
 * about double the time; "a+a+a+…" once took the tokenizer quadratic time (11 s at 100,000 characters).
 */
const HOSTILE_UNITS = ['a+', '1+', 'a%', '1%'];
const HOSTILE_SIZES = [50_000, 100_000, 200_000];
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const MAX_DOUBLING = 3;

/** A collection between runs keeps one run's garbage from landing on the next; `gc` is exposed just for this. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** CPU time of this process, in ms: unlike the wall clock, it doesn't count time other processes had the core. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function hostileMs(unit: string, size: number): number {
  const text = unit.repeat(Math.ceil(size / unit.length));
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    collectGarbage();
    const start = cpuMs();
    analyzeWith(RULES, { text, platform: 'x' });
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

/** 100k → 200k characters. Another process can slow one side down; a quadratic path is slow every time. */
function doublingOf(unit: string): { doubling: number; time: number } {
  let best = { doubling: Infinity, time: 0 };
  for (let attempt = 0; attempt < 3 && best.doubling > MAX_DOUBLING; attempt++) {
    const time = hostileMs(unit, 200_000);
    const doubling = time / hostileMs(unit, 100_000);
    if (doubling < best.doubling) best = { doubling, time };
  }
  return best;
}

/** The row with the smallest largest doubling of up to three tries, as in `doublingOf`. */
function hostileRow(unit: string): { times: number[]; doublings: number[] } {
  let best = { times: [] as number[], doublings: [Infinity] };
  for (let attempt = 0; attempt < 3 && Math.max(...best.doublings) > MAX_DOUBLING; attempt++) {
    const times = HOSTILE_SIZES.map((size) => hostileMs(unit, size));
    const doublings = times.slice(1).map((time, i) => time / (times[i] as number));
    if (Math.max(...doublings) < Math.max(...best.doublings)) best = { times, doublings };
  }
  return best;
}

function benchHostile(): boolean {
  console.log(`\nHostile drafts: analyze on a repeated pattern, CPU time, best of 3 (target: ≤ ${MAX_DOUBLING}× per doubling)`);
  console.log(`${'pattern'.padEnd(8)} ${HOSTILE_SIZES.map((size) => `${size / 1000}k chars`.padStart(11)).join(' ')}  per doubling`);
  let met = true;
  for (const unit of HOSTILE_UNITS) {
    hostileMs(unit, 50_000); // warm-up: the first runs also compile the engine
    const { times, doublings } = hostileRow(unit);
    met &&= doublings.every((doubling) => doubling <= MAX_DOUBLING);
    console.log(`${JSON.stringify(unit).padEnd(8)} ${times.map((time) => ms(time).padStart(11)).join(' ')}  ${doublings.map((d) => `${d.toFixed(1)}×`).join(' ')}`);
  }
  // Every ASCII punctuation mark after a letter and after a digit, 100k → 200k characters.
  let worst = { pattern: '', doubling: 0, time: 0 };
  for (const mark of PUNCTUATION) {
    for (const unit of [`a${mark}`, `1${mark}`]) {
      const { doubling, time } = doublingOf(unit);
      if (doubling > worst.doubling) worst = { pattern: unit, doubling, time };
    }
  }
  met &&= worst.doubling <= MAX_DOUBLING;
  console.log(`every ASCII mark after a letter and a digit (${PUNCTUATION.length * 2} patterns), 100k → 200k chars: worst ${JSON.stringify(worst.pattern)} ${worst.doubling.toFixed(1)}× (${ms(worst.time).trim()} at 200k)`);
  console.log(`Hostile target (every doubling ≤ ${MAX_DOUBLING}×): ${met ? 'met' : 'NOT met'}`);
  return met;
}

const ms = (value: number) => `${value.toFixed(3)} ms`.padStart(10);
const ratio = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}×`.padStart(7);

function benchDrafts(): void {
  console.log(`${'draft'.padEnd(8)} ${'typing p50'.padStart(10)} ${'typing p95'.padStart(10)} ${'cold p95'.padStart(10)} ${'steady p95'.padStart(10)} ${'write-good'.padStart(10)} ${'alex'.padStart(10)} ${'vs wg'.padStart(7)} ${'vs alex'.padStart(7)}`);
  let allMet = true;
  for (const draft of BENCH_TEXTS) {
    const r = benchOne(draft);
    const fastEnough = !draft.name.endsWith('3000') || r.typing.p95 <= 1;
    allMet &&= fastEnough && r.writeGood.median / r.typing.median >= 3 && r.alex.median / r.typing.median >= 10;
    console.log(
      `${draft.name.padEnd(8)} ${ms(r.typing.median)} ${ms(r.typing.p95)} ${ms(r.cold.p95)} ${ms(r.steady.p95)} ${ms(r.writeGood.median)} ${ms(r.alex.median)} ${ratio(r.writeGood.median, r.typing.median)} ${ratio(r.alex.median, r.typing.median)}  franc ran ${r.typingDetections}× per ${KEYSTROKES} keystrokes`,
    );
  }
  console.log('\ntyping = analyse after each typed character (language detection cached); cold = fresh language detection every run;');
  console.log(`steady = the same text again. Ratios compare medians: write-good and alex against typing. Best of ${ROUNDS} rounds by p95.`);
  console.log(`Targets (typing p95 ≤ 1 ms at 3,000 characters; ≥ 3× write-good and ≥ 10× alex on every draft): ${allMet ? 'met' : 'NOT met'}`);
}

// `npm run bench -- --hostile` runs only the hostile drafts.
console.log('Social Coach benchmark: analyze with all rules vs write-good and alex (median / p95, after warm-up)');
console.log(`${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the start: a busy machine inflates every column\n`);
if (!process.argv.includes('--hostile')) benchDrafts();
benchHostile();
