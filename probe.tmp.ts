import { citationRecord } from './src/lib/citation/citationRecord';
import { formatCitation } from './src/lib/citation/citationFormats';
const t = (k: string, v?: Record<string, unknown>) => `${k}${v ? JSON.stringify(v) : ''}`;
const item = citationRecord({ key: 'strategy-2021/direction-2/measures-1/4', document: { title: "Japan's Cybersecurity Strategy 2021 (Overview)", originalTitle: 'サイバーセキュリティ戦略（概要）', issuer: 'National center of Incident readiness and Strategy for Cybersecurity (NISC)', date: '2021-09-28', provisionalTranslation: true, officialUrl: 'https://www.example.go.jp/a.pdf' },
  part: { title: '(4) Deploy comprehensive cyber defense', path: 'Direction (2) › Specific measures (1) › (4)' }, textLang: 'en', url: 'https://x.jp/en/measures/a/', source: { file: 'a.txt', startLine: 3, endLine: 5, url: 'https://x.jp/en/sources/a/#L3-L5' }, edition: { version: '0.1.0', date: '2026-12-01' }, siteTitle: 'Site' }, t as never);
for (const f of ['csl', 'bibtex', 'ris'] as const) console.log(formatCitation(item, f));
