/**
 * Checks the built data files and map pages against the content they were built from.
 * Needs a build: `npm run build` (or, for another corpus or folder,
 * `CONTENT_DIR=… npx astro build --outDir …` with `CONTENT_DIR` and `DIST_DIR` set for the test too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, requireDist } from '../support/paths';
import { parseCsv } from './parseCsv';

const dist = process.env.DIST_DIR ?? requireDist();
const contentDir = join(repoRoot, process.env.CONTENT_DIR ?? 'content');

/** Every `.md` file under a folder, as paths relative to it without the extension (the entry keys). */
function keysUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [relative(dir, path).slice(0, -3)] : [];
    });
  return walk(dir).sort();
}

const englishKeys = keysUnder(join(contentDir, 'measures', 'en'));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

interface Record {
  key: string;
  document: string;
  order: number;
  title: string;
  text: string;
  url: string;
  source: { file: string; startLine: number; endLine: number };
}

describe('built data files', () => {
  const all = JSON.parse(read('data/measures.json')) as { count: number; documents: { key: string }[]; measures: Record[] };

  it('has content to check', () => {
    expect(englishKeys.length, `no measures in ${contentDir}/measures/en`).toBeGreaterThan(0);
  });

  it('measures.json has every English measure, once', () => {
    expect(all.count).toBe(englishKeys.length);
    expect(all.measures.map((m) => m.key).sort()).toEqual(englishKeys);
  });

  it('measures.json is in document order, then reading order', () => {
    const docRank = new Map(all.documents.map((d, i) => [d.key, i]));
    const ranks = all.measures.map((m) => [docRank.get(m.document) ?? -1, m.order] as const);
    for (let i = 1; i < ranks.length; i++) {
      const [d0, o0] = ranks[i - 1]!;
      const [d1, o1] = ranks[i]!;
      expect(d1 > d0 || (d1 === d0 && o1 > o0), `${all.measures[i]?.key} is out of order`).toBe(true);
    }
  });

  it('each record has its title, plain text, source lines and page URL', () => {
    for (const m of all.measures) {
      expect(m.title, m.key).not.toBe('');
      expect(m.text, m.key).not.toMatch(/<a class="term"|<abbr/);
      expect(m.source.startLine, m.key).toBeLessThanOrEqual(m.source.endLine);
      expect(new URL(m.url, 'https://x.invalid').pathname, m.key).toBe(`/en/measures/${m.key}/`);
    }
  });

  it('measures.csv is UTF-8 with a BOM, a header and one row per measure, and parses back', () => {
    const raw = readFileSync(join(dist, 'data/measures.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1));
    const header = rows[0]!;
    expect(header).toContain('key');
    expect(header).toContain('text');
    expect(rows).toHaveLength(englishKeys.length + 1);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const col = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((r) => r[col('key')])).toEqual(all.measures.map((m) => m.key));
    // No field may start like a spreadsheet formula (CSV injection, and Excel's "#NAME?" on "- item").
    for (const row of rows) for (const field of row) expect(field, row[0]).not.toMatch(/^[=+\-@\t\r]/);
    rows.slice(1).forEach((r, i) => {
      const m = all.measures[i]!;
      expect(r[col('title')]).toBe(m.title);
      expect(r[col('text')]).toBe(m.text);
      expect(r[col('source_start_line')]).toBe(String(m.source.startLine));
    });
  });

  it('there is a JSON file per measure, the same record as in measures.json', () => {
    for (const m of all.measures) {
      const path = `data/measures/${m.key}.json`;
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(JSON.parse(read(path))).toEqual(m);
    }
  });
});

describe('built map pages', () => {
  const all = JSON.parse(read('data/measures.json')) as { measures: Record[] };
  const pictured = all.measures.filter((m) => m.document === 'strategy-2021' || m.document === 'capacity-building-2021');

  for (const lang of ['en', 'ja'] as const) {
    it(`/${lang}/map/ draws every measure of both documents as a link, without inline styles`, () => {
      const html = read(`${lang}/map/index.html`);
      const svg = /<svg[^>]*class="strategy-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="[^"]+" aria-describedby="[^"]+"/);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<style[\s>]/);
      for (const m of pictured) expect(svg, m.key).toContain(`href="/${lang}/measures/${m.key}/"`);
      // The text alternative carries the same links.
      const list = /<details class="strategy-map__outline"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
      for (const m of pictured) expect(list, m.key).toContain(`href="/${lang}/measures/${m.key}/"`);
    });
  }
});
