/**
 * Translation coverage and drift of the real content (content/): the numbers `npm run i18n:status` prints,
 * checked against a plain count of the files, and the Japanese entries shipped so far.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDrift, collections, coverage, formatJapaneseNames, formatReport, japaneseNames, readCorpus, run } from '../../scripts/i18n-status';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../support/paths';

const content = join(repoRoot, 'content');

/** `<key>` of every `<collection>/<lang>/<key>.md`, straight from the file system. */
function keysOnDisk(collection: string, lang: string): string[] {
  const base = join(content, collection, lang);
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [relative(base, path).replace(/\.md$/, '')] : [];
        })
      : [];
  return walk(base);
}

describe('translation coverage of the real content', () => {
  const rows = coverage(content);

  it('counts, per collection, the English entries that have a Japanese entry with the same key', () => {
    expect(rows.map((r) => r.collection)).toEqual([...collections]);
    for (const row of rows) {
      const english = keysOnDisk(row.collection, 'en');
      const japanese = new Set(keysOnDisk(row.collection, 'ja'));
      expect(row.lang).toBe('ja');
      expect(row.total, row.collection).toBe(english.length);
      expect(row.translated, row.collection).toBe(english.filter((key) => japanese.has(key)).length);
      expect(row.percent, row.collection).toBeCloseTo((row.translated / row.total) * 100, 5);
      expect(row.orphans, row.collection).toEqual([]);
    }
  });

  it('has both documents and the strategy’s three directions in Japanese', () => {
    const documents = rows.find((r) => r.collection === 'documents')!;
    expect([documents.translated, documents.total, documents.percent]).toEqual([2, 2, 100]);
    const sections = rows.find((r) => r.collection === 'sections')!;
    expect(sections.translated).toBeGreaterThanOrEqual(4);
    for (const key of ['strategy-2021/direction-1', 'strategy-2021/direction-2', 'strategy-2021/direction-3', 'strategy-2021/direction-2/measures-1']) {
      expect(sections.missing).not.toContain(key);
    }
  });

  it('ships Japanese entries with the official titles, marked as hand-made', () => {
    const ja = new Map(readCorpus(content).filter((e) => e.folder === 'ja').map((e) => [`${e.collection}/${e.data.key}`, e]));
    const title = (id: string) => ja.get(id)?.data.title;
    expect(title('documents/strategy-2021')).toBe('サイバーセキュリティ戦略（概要）');
    expect(title('documents/capacity-building-2021')).toBe('開発途上国に対するサイバーセキュリティ分野の能力構築支援に係る基本方針');
    expect(ja.get('documents/strategy-2021')?.data).toMatchObject({ issuer: '内閣サイバーセキュリティセンター（NISC）', dateLabel: '2021年9月28日時点' });
    expect(ja.get('documents/capacity-building-2021')?.data).toMatchObject({
      issuer: 'サイバーセキュリティ戦略本部',
      approvedBy: 'サイバーセキュリティ戦略本部',
      dateLabel: '2021年12月14日 サイバーセキュリティ戦略本部決定',
    });
    expect(title('sections/strategy-2021/direction-1')).toBe('経済社会の活力の向上及び持続的発展');
    expect(title('sections/strategy-2021/direction-2')).toBe('国民が安全で安心して暮らせるデジタル社会の実現');
    expect(title('sections/strategy-2021/direction-3')).toBe('国際社会の平和・安定及び我が国の安全保障への寄与');
    for (const entry of ja.values()) {
      expect(entry.data, entry.file).toMatchObject({ lang: 'ja', generated: false });
      // The English title holds only the main part of a heading, so the Japanese one does too (no "～…～" subtitle).
      expect(String(entry.data.title), entry.file).not.toMatch(/[～〜]/);
    }
  });

  it('has no drift between the Japanese entries and their English entries', () => {
    expect(checkDrift(content, 'content')).toEqual([]);
  });

  it('prints coverage per collection with percentages and the drift result', () => {
    const report = formatReport('content', rows, []);
    expect(report).toMatch(/^documents\s+ja\s+2\/2\s+100\.0%$/m);
    expect(report).toMatch(/^sections\s+ja\s+\d+\/\d+\s+\d+\.\d%$/m);
    expect(report).toMatch(/^all\s+ja\s+\d+\/\d+\s+\d+\.\d%$/m);
    expect(report).toContain('Drift check: OK');
  });
});

describe('Japanese names of topics and glossary terms', () => {
  const vocabulary = parseYaml(readFileSync(join(repoRoot, 'seeds/vocabulary.yaml'), 'utf8')) as {
    glossary: { key: string; nameJa?: string; nameJaSource?: string }[];
    topics: { key: string; titleJa?: string; titleJaSource?: string; titleJaEditorial?: boolean }[];
  };
  const rows = japaneseNames(content);
  const row = (collection: string) => rows.find((r) => r.collection === collection)!;

  it('gives every topic a Japanese title, each marked editorial or sourced', () => {
    expect(vocabulary.topics.every((t) => typeof t.titleJa === 'string' && (t.titleJaEditorial === true) !== (t.titleJaSource !== undefined))).toBe(true);
    expect(row('topics')).toMatchObject({ named: vocabulary.topics.length, total: vocabulary.topics.length, unnamed: [] });
    expect(row('topics').editorial + row('topics').sourced).toBe(vocabulary.topics.length);
  });

  it('counts the glossary terms whose Japanese name the vocabulary gives, each with its source', () => {
    const named = vocabulary.glossary.filter((g) => g.nameJa !== undefined);
    for (const term of named) expect(term.nameJaSource, term.key).toMatch(/\S/);
    expect(row('glossary')).toMatchObject({ named: named.length, total: vocabulary.glossary.length, sourced: named.length });
    expect(row('glossary').unnamed).toEqual(vocabulary.glossary.filter((g) => g.nameJa === undefined).map((g) => g.key).sort());
    expect(vocabulary.glossary.find((g) => g.key === 'nisc')?.nameJa).toBe('内閣サイバーセキュリティセンター');
  });

  it('is printed by `npm run i18n:status`', () => {
    const printed: string[] = [];
    expect(run([], content, (text) => printed.push(text))).toBe(0);
    const text = printed.join('\n');
    expect(text).toContain(`- topics: ${row('topics').named}/${row('topics').total} (`);
    expect(text).toContain(`- glossary: ${row('glossary').named}/${row('glossary').total} (`);
    expect(formatJapaneseNames(rows)[0]).toMatch(/^Japanese names/);
  });
});
