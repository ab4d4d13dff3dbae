/**
 * The offline search reads the site model through the search documents Astro writes (`/data/search/<lang>.json`,
 * src/lib/searchDocuments.ts): every entry of the built site once, with the site's URLs, numbered titles and
 * breadcrumbs, and nothing read again from content/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSearchDocuments, searchDocs, searchDocumentsFile } from '../../scripts/offline/search-index';
import type { SearchDocumentsData } from '../../src/lib/searchDocuments';
import { repoRoot, requireDist } from '../support/paths';

const dist = requireDist();
const read = (lang: 'en' | 'ja'): SearchDocumentsData =>
  parseSearchDocuments(searchDocumentsFile(lang), readFileSync(join(dist, searchDocumentsFile(lang)), 'utf8'), lang);

/** Keys of the committed entries of one collection and language (`content/<collection>/<lang>/**.md`). */
function contentKeys(collection: string, lang: string): string[] {
  const dir = join(repoRoot, 'content', collection, lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
}

describe('the search documents of the built site', () => {
  it('hold every entry of the edition once, each in its own language only', () => {
    for (const lang of ['en', 'ja'] as const) {
      const ids = read(lang).documents.map((d) => d.id).filter((id) => !id.endsWith('/name'));
      const expected = ['documents', 'sections', 'measures', 'glossary', 'topics'].flatMap((c) => contentKeys(c, lang).map((k) => `${c}/${k}`));
      expect([...ids].sort(), lang).toEqual(expected.sort());
    }
  });

  it('link every document to a page the site has (no glossary/<key>/ pages)', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const { id, url } of read(lang).documents) {
        const [path = '', anchor] = url.split('#');
        const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
        if (anchor) expect(html, `${lang} ${id}: #${anchor}`).toContain(`id="${anchor}"`);
      }
    }
  });

  it('title a part the source leaves untitled by number and place, its number not repeated', () => {
    const untitled = read('en').documents.find((d) => d.id === 'sections/capacity-building-2021/1/2');
    expect(untitled?.title).toBe('1 Basic Understanding, (2)');
  });

  it("keep a hard line break's word boundary in the text", () => {
    const policy = read('en').documents.find((d) => d.id === 'documents/capacity-building-2021');
    expect(policy?.text).toContain('Capacity Building Support for Developing Countries');
  });

  it('give a Japanese measure the breadcrumb its page shows, up to its parent', () => {
    const ja = read('ja').documents.find((d) => d.kind === 'sections' && d.crumb.includes(' › '));
    expect(ja, 'a Japanese section below another').toBeDefined();
    const page = readFileSync(join(dist, ja!.url, 'index.html'), 'utf8');
    for (const step of ja!.crumb.split(' › ')) expect(page).toContain(step);
  });
});

describe('reading the search documents', () => {
  it('fails naming the file on another edition or a broken file', () => {
    expect(() => parseSearchDocuments('data/search/ja.json', '{"lang":"en","documents":[]}', 'ja')).toThrow(/data\/search\/ja\.json: not the ja search documents/);
    expect(() => parseSearchDocuments('data/search/en.json', '{"lang":', 'en')).toThrow(/data\/search\/en\.json: not JSON/);
  });

  it('reports a document whose page or anchor the copy lacks, and marks pages every language has', () => {
    const files = new Set(['en/topics/a/index.html', 'ja/topics/a/index.html', 'en/glossary/index.html']);
    const ids = new Map([['en/glossary/index.html', new Set(['x'])]]);
    const warnings: string[] = [];
    const doc = (id: string, url: string) => ({ id, kind: 'topics' as const, title: id, text: '', extra: '', crumb: '', url });
    const docs = searchDocs(
      { lang: 'en', documents: [doc('topics/a', '/en/topics/a/'), doc('glossary/x', '/en/glossary/#x'), doc('glossary/y', '/en/glossary/#y'), doc('topics/b', '/en/topics/b/')] },
      { files, idsOf: (f) => ids.get(f) },
      (m) => warnings.push(m),
    );
    expect(docs.map((d) => [d.id, d.url, d.alt])).toEqual([['glossary/x', 'glossary/index.html#x', 0], ['topics/a', 'topics/a/index.html', 1]]);
    expect(warnings).toEqual([
      'search: en/glossary/y has no page in the site (looked for /en/glossary/#y); not indexed',
      'search: en/topics/b has no page in the site (looked for /en/topics/b/); not indexed',
    ]);
  });
});
