import matter from 'gray-matter';
import { buildContent } from '../scripts/ingest/build';
const { files } = await buildContent('/work/wt-connections/seeds');
for (const [path, text] of files) {
  if (!path.startsWith('measures/en/') && !path.startsWith('sections/en/')) continue;
  const { data } = matter(text);
  console.log(`## ${data.key} ${data.title.slice(0, 50)}`);
  for (const r of data.related) console.log(`   ${r.score} ${r.key}  [${r.terms.join(',')}] (${r.words.join(',')}) {${r.topics.join(',')}}${r.editorial ? ' ED' : ''}`);
}
