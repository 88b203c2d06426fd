// Debug aid (not part of the suite): the findings of the coach on given tuning ids.
import { analyze } from '../../lib/coach';
import { loadPosts, partOf } from './real-posts';

const ids = new Set(process.argv.slice(2));
for (const post of loadPosts()) {
  if (!ids.has(post.id) || partOf(post.id) !== 'tuning') continue;
  const analysis = analyze({ text: post.text, platform: post.platform }, { mode: 'work', uiLocale: 'en' });
  console.log(post.id, analysis.language, analysis.findings.map((f) => `${f.ruleId}/${f.messageId}: ${(f.ranges ?? []).map((r) => post.text.slice(r.start, r.end)).join('|').slice(0, 80)}`));
}
