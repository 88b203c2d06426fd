// `npm run eval`: the coach on real posts (issue 10). Prints the annotators' agreement, precision and recall per
// category on the tuning and held-out parts (with rows per platform and language), and the tuning part's misses.
// `--write-figures` records the held-out figures the unit test guards; `--quiet` leaves out the misses;
// `--tuning-only` prints nothing of the held-out part, for whoever is changing rules or weights; `--sources=a,b`
// scores only the posts of those sources (a new round, before any rule or weight saw it).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Judged, LabelledPost, Part, Score } from './eval/real-posts';
import {
  agreement, checkAgainstIndex, FIGURES_FILE, figuresOf, firedCategories, INDEX_FILE, JUDGED, labelledIds, loadIndex, loadLabelledSet, score,
  textHash,
} from './eval/real-posts';

const args = new Set(process.argv.slice(2));
const loaded = loadLabelledSet();

if (args.has('--write-index')) {
  const rows = loaded.map(({ id, platform, lang, text }) => JSON.stringify({ id, platform, lang, sha256: textHash(text) }));
  writeFileSync(INDEX_FILE, `${rows.join('\n')}\n`);
  console.log(`Wrote ${rows.length} rows to ${path.relative(process.cwd(), INDEX_FILE)}`);
}

// The texts are third-party data kept out of git: without them there is nothing to score, and that is said plainly.
const index = loadIndex();
const check = checkAgainstIndex(loaded, index, labelledIds());
if (loaded.length === 0) {
  console.log(`Real posts: none here. Their texts are not in git (tests/fixtures/real-posts/README.md says how to rebuild them); the index lists ${index.length}.`);
  process.exit(0);
}
if (check.missing.length + check.changed.length > 0) {
  console.error(`Real posts differ from the index: ${check.missing.length} missing, ${check.changed.length} changed (first: ${[...check.missing, ...check.changed][0]})`);
  process.exit(1);
}
// Indexed posts nobody has labelled yet may lack their text here: they would score nothing anyway, so that is said, not an error.
if (check.unlabelledAbsent.length > 0) {
  console.log(`Not here: ${check.unlabelledAbsent.length} unlabelled posts of the index have no text in this checkout (first: ${check.unlabelledAbsent[0]})`);
}
// Posts collected but not yet indexed and labelled score nothing; they are named, not silently mixed in.
const unindexed = new Set(check.extra);
if (unindexed.size > 0) console.log(`Left out: ${unindexed.size} posts not in the index yet (first: ${check.extra[0]})`);
const sourcesArg = process.argv.find((arg) => arg.startsWith('--sources='));
const sources = sourcesArg === undefined ? undefined : new Set(sourcesArg.slice('--sources='.length).split(','));
const ofTheSources = (id: string) => sources === undefined || sources.has(id.slice(0, id.indexOf(':')));
const posts = loaded.filter((post) => !unindexed.has(post.id) && ofTheSources(post.id));
if (sources !== undefined) console.log(`Only the sources ${[...sources].join(', ')}`);
const fired = new Map(posts.map((post) => [post.id, firedCategories(post)]));
const firedOf = (post: LabelledPost) => fired.get(post.id) as Set<Judged>;

const figure = (value: number) => (Number.isNaN(value) ? '  –  ' : value.toFixed(2).padStart(5));
const cell = (current: Score) => `${figure(current.precision)} ${figure(current.recall)} ${String(current.positives).padStart(4)}`;

function table(title: string, groups: [string, LabelledPost[]][]): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(16)}${JUDGED.map((category) => category.padEnd(17)).join(' ')}`);
  console.log(`${'(posts)'.padEnd(16)}${JUDGED.map(() => '    P     R  pos ').join(' ')}`);
  for (const [name, group] of groups) {
    if (group.length === 0) continue;
    const scores = score(group, firedOf);
    console.log(`${`${name} (${group.length})`.padEnd(16)}${JUDGED.map((category) => cell(scores[category])).join(' ')}`);
  }
}

function groupBy(part: LabelledPost[], key: (post: LabelledPost) => string): [string, LabelledPost[]][] {
  const groups = new Map<string, LabelledPost[]>();
  for (const post of part) groups.set(key(post), [...(groups.get(key(post)) ?? []), post]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

const language = (post: LabelledPost) => (post.lang === 'nl' || post.lang === 'en' ? post.lang : 'other');

console.log(`Real posts: ${posts.length} (tuning ${posts.filter((post) => post.part === 'tuning').length}, held-out ${posts.filter((post) => post.part === 'held-out').length})`);
console.log('\nAnnotator agreement (all items both labelled 0 or 1)');
for (const row of agreement(undefined, ofTheSources)) {
  console.log(`  ${row.category.padEnd(15)} kappa ${row.kappa.toFixed(2)}  agreed ${row.agreed}/${row.both}  unsure ${row.unsure}`);
}

const parts: Part[] = args.has('--tuning-only') ? ['tuning'] : ['tuning', 'held-out'];
// A new round scored before any rule or weight saw it is one measurement: both parts together.
if (sources !== undefined && !args.has('--tuning-only')) {
  table('both parts together', [['all', posts], ...groupBy(posts, (post) => post.platform), ...groupBy(posts, language)]);
}
for (const part of parts) {
  const members = posts.filter((post) => post.part === part);
  table(`${part} part: precision, recall and agreed positives per category`, [
    ['all', members],
    ...groupBy(members, (post) => post.platform),
    ...groupBy(members, language),
  ]);
}

if (!args.has('--quiet')) {
  // Only the tuning part's misses are listed: the held-out part is read only to report.
  const tuning = posts.filter((post) => post.part === 'tuning');
  const byId = new Map(tuning.map((post) => [post.id, post]));
  const scores = score(tuning, firedOf);
  const line = (id: string) => {
    const post = byId.get(id) as LabelledPost;
    return `    ${id} [${post.platform}/${post.lang}] ${JSON.stringify(post.text.slice(0, 160))}`;
  };
  for (const category of JUDGED) {
    console.log(`\nTuning misses, ${category}: ${scores[category].falseNegatives.length} missed, ${scores[category].falsePositives.length} false alarms`);
    for (const id of scores[category].falseNegatives) console.log(`  missed${line(id)}`);
    for (const id of scores[category].falsePositives) console.log(`  false alarm${line(id)}`);
  }
}

if (args.has('--write-figures')) {
  if (sources !== undefined) throw new Error('--write-figures records the whole held-out part: leave out --sources');
  const heldOut = score(posts.filter((post) => post.part === 'held-out'), firedOf);
  writeFileSync(FIGURES_FILE, `${JSON.stringify(figuresOf(heldOut), null, 2)}\n`);
  console.log(`\nWrote ${FIGURES_FILE}`);
}
