/**
 * Every entry's "Source: …, lines a–b" link, on its English and Japanese page, online (dist/) and in the
 * offline edition (the zip unpacked): it leads to the document's source page, the range's own anchor and
 * every line anchor of the range exist there, those lines hold the entry's first words (read from the
 * entry's own text in content/, not from the page), and the page's lines are the seed file's lines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { attr, elements, textContent } from '../../scripts/built-site/parse';
import { markdownToPlainText } from '../../src/lib/plainText';
import { repoRoot, requireDist } from '../support/paths';
import { unzipTo } from '../offline/support/unzip';
import { documentOf, englishEntries, entryPagePath, type ContentEntry } from './support';

const dist = requireDist();
const entries = englishEntries().filter((entry) => entry.collection !== 'documents');

/** Words as compared: letters and digits only, lower case (the seed's LaTeX, tags and underlines left out). */
const words = (text: string): string[] =>
  text
    .replace(/\\[A-Za-z]+/g, ' ')
    .replace(/<\/?u>/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The words an entry's lines must begin with, as ingest wrote the entry: its own text when it has some; else
 * its heading, or — where the heading is editorial and printed elsewhere (direction (1)'s comes from the
 * outline table, as the manifest says) — its first part's words.
 */
function firstWords(entry: ContentEntry, count = 4): string[][] {
  const text = markdownToPlainText(entry.body).trim();
  if (text !== '') return [words(text).slice(0, count)];
  const heading = entry.data.type === 'document' ? [] : words(entry.data.title).slice(0, count);
  const parts = entries.filter((other) => (other.data as { parent?: string }).parent === entry.key);
  const first = parts.sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order)[0];
  return first ? [heading, ...firstWords(first, count)] : [heading];
}

/** A built source page: line texts by number, and every id. */
function readSourcePage(path: string): { lines: Map<number, string>; ids: Set<string> } {
  const doc = parse(readFileSync(path, 'utf8'));
  const lines = new Map<number, string>();
  const ids = new Set<string>();
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'li' && id && /^L\d+$/.test(id)) {
      const text = [...elements(el)].find((child) => attr(child, 'class') === 'source-line__text');
      lines.set(Number(id.slice(1)), text ? textContent(text) : '');
    }
  }
  return { lines, ids };
}

/** Checks one entry page of a site folder; `offline` pages link relatively to `…/index.html`. */
function checkEntry(root: string, lang: 'en' | 'ja', entry: ContentEntry): void {
  const pagePath = entryPagePath(lang, entry);
  const html = readFileSync(join(root, pagePath), 'utf8');
  const { startLine, endLine, file } = entry.data.source;
  const link = [...elements(parse(html))].find((el) => el.tagName === 'a' && /\bsource\b/.test(attr(el.parentNode as never, 'class') ?? ''));
  expect(link, `${pagePath}: the source line is a link`).toBeDefined();
  expect(textContent(link!)).toContain(file);
  const href = attr(link!, 'href')!;
  const [target, fragment] = href.split('#');
  const range = startLine === endLine ? `L${startLine}` : `L${startLine}-L${endLine}`;
  expect(fragment, pagePath).toBe(range);
  const doc = documentOf(englishEntries(), entry);
  const resolved = target!.startsWith('/') ? target!.slice(1) : posix.join(posix.dirname(pagePath), target!);
  const file_ = resolved.endsWith('/') || resolved === '' ? `${resolved}index.html` : resolved;
  expect(posix.normalize(file_)).toBe(`${lang}/sources/${doc.key}/index.html`);

  const page = readSourcePage(join(root, file_));
  expect(page.ids.has(range), `${file_}#${range}`).toBe(true);
  const seed = readFileSync(join(repoRoot, 'seeds', file), 'utf8').replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  for (let n = startLine; n <= endLine; n++) {
    expect(page.ids.has(`L${n}`), `${file_}#L${n}`).toBe(true);
    expect(page.lines.get(n), `${file_} line ${n}`).toBe(seed[n - 1]);
  }
  const rangeWords = words([...Array(endLine - startLine + 1).keys()].map((i) => page.lines.get(startLine + i) ?? '').join(' ')).join(' ');
  const candidates = firstWords(entry).map((list) => list.join(' ')).filter((text) => text !== '');
  expect(candidates.length, `${entry.key}: first words`).toBeGreaterThan(0);
  expect(candidates.some((first) => rangeWords.includes(first)), `${entry.key}: lines ${startLine}–${endLine} hold one of ${JSON.stringify(candidates)}: "${rangeWords.slice(0, 120)}"`).toBe(true);
}

const cases = entries.flatMap((entry) => (['en', 'ja'] as const).map((lang) => [`${lang}/${entry.key}`, lang, entry] as const));

describe('source ranges, online', () => {
  it('cover every section and measure', () => expect(entries.length).toBeGreaterThan(50));
  it.each(cases)('%s', (_label, lang, entry) => checkEntry(dist, lang, entry));
});

describe('source ranges, in the offline edition', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cite-offline-'));
    await unzipTo(join(dist, 'downloads/jp-cyber-policy-offline.zip'), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('%s', (_label, lang, entry) => checkEntry(dir, lang, entry));

  it('holds the raw seed texts byte for byte, linked from the source pages', () => {
    for (const doc of englishEntries().filter((e) => e.collection === 'documents')) {
      const file = doc.data.source.file;
      expect(readFileSync(join(dir, 'sources', file))).toEqual(readFileSync(join(repoRoot, 'seeds', file)));
      const html = readFileSync(join(dir, 'en/sources', doc.key, 'index.html'), 'utf8');
      expect(html).toContain(`href="../../../sources/${file}"`);
      expect(html).toContain((doc.data as { sourceSha256: string }).sourceSha256);
    }
  });
});
