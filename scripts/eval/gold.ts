// Debug aid (not part of the suite): tuning posts of a source with their agreed label for one category.
import { loadLabelledSet } from './real-posts';

const [prefix, category] = process.argv.slice(2) as [string, 'self-promotion'];
for (const post of loadLabelledSet()) {
  if (post.part !== 'tuning' || !post.id.startsWith(prefix)) continue;
  console.log(post.gold[category] ?? '?', post.text.replace(/\n/g, ' / ').slice(0, 200));
}
