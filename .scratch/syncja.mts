// One-off: copy the structural frontmatter of each English entry into its Japanese translation.
import { readFileSync, writeFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import matter from 'gray-matter';
import { stringify } from 'yaml';
const translatable: Record<string, string[]> = {
  documents: ['title', 'shortTitle', 'originalTitle', 'issuer', 'approvedBy', 'dateLabel'],
  sections: ['title'], measures: ['title'], glossary: ['term', 'expansion', 'nameJa', 'aliases'], topics: ['title'],
};
for (const file of globSync('content/*/ja/**/*.md')) {
  const collection = file.split('/')[1]!;
  const en = matter(readFileSync(file.replace('/ja/', '/en/'), 'utf8'));
  const raw = readFileSync(file, 'utf8');
  const ja = matter(raw);
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(en.data)) data[k] = translatable[collection]!.includes(k) && k in ja.data ? ja.data[k] : v;
  data.lang = 'ja'; data.generated = false;
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const body = raw.slice(raw.indexOf('\n---', 3) + 4);
  writeFileSync(file, `---\n${yaml}---${body}`);
}
