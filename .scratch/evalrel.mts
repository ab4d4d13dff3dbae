import matter from 'gray-matter';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildContent } from '../scripts/ingest/build';
const gold = parse(readFileSync('tests/gold/concordance.yaml', 'utf8'));
const { files } = await buildContent('seeds');
const rel = new Map<string, any[]>(); const cites = new Map<string, string[]>(); const doc = new Map<string,string>(); const coll = new Map<string,string>();
for (const [p, t] of files) { if (!/^(measures|sections)\/en\//.test(p)) continue; const { data } = matter(t); rel.set(data.key, data.related); cites.set(data.key, data.cites); doc.set(data.key, data.document); coll.set(data.key, p.split('/')[0]); }
const links = (a: string, b: string) => rel.get(a)!.some((r) => r.key === b) || cites.get(a)!.includes(b) || cites.get(b)!.includes(a);
let ok = 0;
for (const { a, b } of gold.pairs) { const ab = links(a, b), ba = links(b, a); const cross = doc.get(a) !== doc.get(b); const pass = cross ? ab && ba : ab || ba; if (pass) ok++; else console.log('MISS', a, b, ab, ba); }
console.log('pairs', ok, '/', gold.pairs.length);
// serves: strongest cross pair per approach (editorial 100, citation 10, computed score)
for (const [ap, want] of Object.entries(gold.serves)) {
  const cands = new Map<string, number>();
  for (const r of rel.get(ap)!) if (doc.get(r.key) !== doc.get(ap)) cands.set(r.key, Math.max(cands.get(r.key) ?? 0, (r.editorial ? 100 : 0) + (r.score ?? 0)));
  for (const [k, list] of rel) if (doc.get(k) !== doc.get(ap)) for (const r of list) if (r.key === ap) cands.set(k, Math.max(cands.get(k) ?? 0, (r.editorial ? 100 : 0) + (r.score ?? 0)));
  const best = [...cands].sort((x, y) => y[1] - x[1])[0];
  console.log(best?.[0] === want ? 'OK  ' : 'BAD ', ap, '->', best?.[0], best?.[1], 'want', want, cands.get(want as string));
}
// precision on measure pages; broad share
const goldSet = new Set(gold.pairs.flatMap((p: any) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));
let shown = 0, supported = 0, broad = 0;
const broadKinds = new Set(['outline', 'direction', 'chapter', 'measures-group']);
for (const [k, list] of rel) { if (coll.get(k) !== 'measures') continue; for (const r of list) { shown++; if (goldSet.has(`${k}|${r.key}`) || cites.get(k)!.includes(r.key) || cites.get(r.key)!.includes(k)) supported++; } }
console.log('measure pages: shown', shown, 'supported', supported, (100 * supported / shown).toFixed(1) + '%');
