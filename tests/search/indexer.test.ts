/** The indexer's own checks, on tiny sites written into a temporary folder. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, pagefindBinary } from '../../scripts/search/build-index';
import { checkPageMarkers } from '../../scripts/search/check-pages';
import { summaryLine } from '../../scripts/search/index-summary';
import { indexedPages } from './support';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes `files` (path → HTML) into a fresh folder. */
async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'search-indexer-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

const page = (lang: string, main: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Home Measures</nav><main ${main}>${body}</main><footer>Footer text</footer></body></html>`;

describe('pagefindBinary', () => {
  it('is the extended binary, which segments Japanese', () => {
    expect(basename(pagefindBinary())).toMatch(/^pagefind_extended/);
  });
});

describe('checkPageMarkers', () => {
  it('refuses a site where no page opts in with data-pagefind-body', async () => {
    const dir = await site({ 'en/index.html': page('en', '', '<h1>Home</h1>') });
    const { problems } = await checkPageMarkers(dir);
    expect(problems.join('\n')).toMatch(/none of the 1 HTML files .* has data-pagefind-body/);
  });

  it('names a fallback page that would be indexed', async () => {
    const dir = await site({
      'en/a/index.html': page('en', 'data-pagefind-body', '<h1>A</h1>'),
      'ja/a/index.html': page('ja', 'data-pagefind-body data-fallback="true"', '<h1>A</h1>'),
    });
    const markers = await checkPageMarkers(dir);
    expect(markers.fallbackPages).toBe(1);
    expect(markers.problems).toEqual([expect.stringMatching(/^ja\/a\/index\.html: a fallback page .* carries data-pagefind-body/)]);
  });
});

describe('buildSearchIndex', () => {
  it('writes one index per language, without fallback pages, and summarises it in one line', async () => {
    const dir = await site({
      'en/a/index.html': page('en', 'data-pagefind-body', '<h1>Cloud</h1><p>ISMAP evaluates cloud services.</p>'),
      'ja/a/index.html': page('ja', 'data-pagefind-body', '<h1>クラウド</h1><p>クラウドサービスの安全性を評価する。</p>'),
      'ja/b/index.html': page('ja', 'data-fallback="true"', '<h1>Fallback</h1><p>English text.</p>'),
      'en/search/index.html': page('en', '', '<h1>Search</h1>'),
    });
    const result = await buildSearchIndex({ siteDir: dir, log: false });
    expect(result.languages.en!.pages).toBe(1);
    expect(result.languages.ja!.pages).toBe(1);
    expect(result.outputPath).toBe(join(dir, 'pagefind'));
    expect(summaryLine(result, 'dist/pagefind')).toMatch(/^search: Pagefind [\d.]+ indexed en 1 pages .*, ja 1 pages .*; runtime .* → dist\/pagefind$/);
  });

  it('leaves out what the page marks data-pagefind-ignore and text in another language, by no class name', async () => {
    const dir = await site({
      'en/a/index.html': page('en', 'data-pagefind-body', [
        '<h1>Cloud</h1><p>ISMAP evaluates cloud services.</p>',
        '<section class="panel" data-pagefind-ignore><h2>Cite this</h2><p>Permanent URL</p></section>',
        '<p class="in-context">Assessment scheme.</p>',
        '<p>Original title: <span lang="ja">政府情報システムのためのセキュリティ評価制度</span></p>',
      ].join('')),
    });
    const result = await buildSearchIndex({ siteDir: dir, log: false });
    const [indexed] = await indexedPages(result.outputPath);
    expect(indexed!.content).toContain('ISMAP evaluates cloud services.');
    expect(indexed!.content).toContain('Assessment scheme.');
    expect(indexed!.content).not.toMatch(/Cite this|Permanent URL|政府/);
  });

  it('throws with the problems when the pages break the contract', async () => {
    const dir = await site({ 'ja/b/index.html': page('ja', 'data-pagefind-body data-fallback="true"', '<h1>F</h1>') });
    await expect(buildSearchIndex({ siteDir: dir, log: false })).rejects.toThrow(/not ready to index:\n {2}ja\/b\/index\.html: a fallback page/);
  });
});
