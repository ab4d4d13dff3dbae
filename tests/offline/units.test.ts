import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrlFromDist } from '../../scripts/offline/build-bundle';
import { ClassicScripts, moduleAsClassic } from '../../scripts/offline/classic-scripts';
import { compareDirs, describeDifference } from '../../scripts/offline/compare-dirs';
import { adaptCspForFiles } from '../../scripts/offline/csp';
import { fillPage } from '../../scripts/offline/fill-placeholders';
import { formatSize } from '../../scripts/offline/format-size';
import { applyEdits } from '../../scripts/offline/html-page';
import { resolveFragmentChecks, rewritePage, type RewriteContext } from '../../scripts/offline/rewrite-page';
import { markdownToSearchText as markdownToText } from '../../src/lib/plainText';
import { anchorId as readingAnchor } from '../../src/lib/urls';
import { resolveUrl, type SiteMap } from '../../scripts/offline/site-urls';
import { relativeUrl } from '../../scripts/built-site/url-file';
import { loadTokenizer } from '../../scripts/offline/tokenizer';
import { writeDeterministicZip } from '../../scripts/offline/zip';

const site = new URL('https://cyber-policy.example.jp/');
const files = new Set([
  'index.html',
  'en/index.html',
  'en/measures/index.html',
  'en/measures/a/1/index.html',
  'en/glossary/index.html',
  'en/search/index.html',
  'ja/index.html',
  'data/measures.json',
  '_astro/site.css',
  '_astro/nav.js',
  'js/theme.js',
  '404.html',
]);
const map: SiteMap = { site, files };

describe('tokenize (shared by the index and the page)', () => {
  const { tokenize } = loadTokenizer();
  test('Latin words, lower-cased and NFKC-folded, split at punctuation', () => {
    expect(tokenize('SecHack365/CYDER/enPiT, ＡＪＣＣＢＣ')).toEqual(['sechack365', 'cyder', 'enpit', 'ajccbc']);
  });
  test('Japanese runs become character bigrams; a lone character stays one token', () => {
    expect(tokenize('サイバー攻撃')).toEqual(['サイ', 'イバ', 'バー', 'ー攻', '攻撃']);
    expect(tokenize('日、NISCは')).toEqual(['日', 'nisc', 'は']);
    expect(tokenize('内閣NISC')).toEqual(['内閣', 'nisc']);
  });
});

describe('resolveUrl', () => {
  test('maps root-relative, relative and same-site absolute URLs to relative file paths', () => {
    const from = 'en/measures/a/1/index.html';
    expect(resolveUrl('/en/measures/', from, map)).toMatchObject({ kind: 'internal', relative: '../../index.html' });
    expect(resolveUrl('../../', from, map)).toMatchObject({ kind: 'internal', relative: '../../index.html' });
    expect(resolveUrl('/en/glossary/#nisc', from, map)).toMatchObject({ relative: '../../../glossary/index.html#nisc' });
    expect(resolveUrl('https://cyber-policy.example.jp/ja/', from, map)).toMatchObject({ relative: '../../../../ja/index.html' });
    expect(resolveUrl('//cyber-policy.example.jp/data/measures.json', from, map)).toMatchObject({ relative: '../../../../data/measures.json' });
    expect(resolveUrl('/en/search/?q=a%20b', from, map)).toMatchObject({ relative: '../../../search/index.html?q=a%20b' });
    expect(resolveUrl('', from, map)).toEqual({ kind: 'external' });
    expect(resolveUrl('#x', from, map)).toEqual({ kind: 'external' });
    expect(resolveUrl('https://example.org/', from, map)).toEqual({ kind: 'external' });
    expect(resolveUrl('mailto:a@example.org', from, map)).toEqual({ kind: 'external' });
  });
  test('leaves Pagefind and the downloads online, and reports links to nothing', () => {
    expect(resolveUrl('/downloads/x.zip', 'en/index.html', map)).toEqual({ kind: 'online-only', absolute: 'https://cyber-policy.example.jp/downloads/x.zip' });
    expect(resolveUrl('/pagefind/pagefind.js', 'en/index.html', map)).toMatchObject({ kind: 'online-only' });
    expect(resolveUrl('/en/nowhere/', 'en/index.html', map)).toMatchObject({ kind: 'missing', absolute: 'https://cyber-policy.example.jp/en/nowhere/' });
  });
  test('relativeUrl from the root and within a folder', () => {
    expect(relativeUrl('index.html', 'en/index.html')).toBe('en/index.html');
    expect(relativeUrl('en/index.html', 'en/index.html')).toBe('index.html');
    expect(relativeUrl('en/a b/index.html', 'en/a b/x.html')).toBe('x.html');
    expect(relativeUrl('index.html', 'en/a b/x.html')).toBe('en/a%20b/x.html');
  });
});

describe('adaptCspForFiles', () => {
  test("adds file: wherever 'self' is allowed and nothing else", () => {
    expect(adaptCspForFiles("default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'")).toBe(
      "default-src 'self' file:; script-src 'self' file:; img-src 'self' data: file:; object-src 'none'",
    );
  });
  test('never allows inline script, keeping the page own script files running', () => {
    expect(adaptCspForFiles("script-src 'self' 'unsafe-inline' 'nonce-abc' 'sha256-xyz='")).toBe("script-src 'self' file:");
    expect(adaptCspForFiles("script-src 'sha256-xyz=' 'strict-dynamic'")).toBe("script-src 'self' file:");
    expect(adaptCspForFiles("default-src 'self' 'unsafe-inline'")).toBe("default-src 'self' 'unsafe-inline' file:; script-src 'self' file:");
  });
});

describe('module scripts', () => {
  test('become classic scripts only when the parser accepts them as such', () => {
    expect(moduleAsClassic('const a = 1; document.title = a;', 'x.js')).toContain("'use strict';");
    expect(moduleAsClassic("import x from './y.js';", 'x.js')).toBeUndefined();
    expect(moduleAsClassic('export const a = 1;', 'x.js')).toBeUndefined();
    expect(moduleAsClassic('console.log(import.meta.url);', 'x.js')).toBeUndefined();
    expect(moduleAsClassic('await Promise.resolve();', 'x.js')).toBeUndefined();
  });
});

describe('rewritePage', () => {
  const context = (overrides: Partial<RewriteContext> = {}): RewriteContext => ({
    map,
    idsOf: (file) => (file === 'en/glossary/index.html' ? new Set(['nisc']) : file.endsWith('.html') ? new Set<string>() : undefined),
    scripts: new ClassicScripts((file) => Buffer.from(file === '_astro/nav.js' ? 'document.title = "x";' : '')),
    offlineNote: 'offline',
    ...overrides,
  });
  const rewrite = (html: string, file = 'en/measures/a/1/index.html', ctx = context()) => rewritePage(file, html, ctx);

  test('keeps everything but the edited attributes byte for byte', () => {
    const html = `<!DOCTYPE html><html lang=en><head><title>T</title></head><body><!-- c --><p class=x data-y='1'><a href='/en/'>Home</a> <A HREF="/ja/">JA</A></p></body></html>`;
    expect(rewrite(html).html).toBe(
      `<!DOCTYPE html><html lang=en><head><title>T</title></head><body><!-- c --><p class=x data-y='1'><a href="../../../index.html">Home</a> <A href="../../../../ja/index.html">JA</A></p></body></html>`,
    );
  });

  test('rewrites links inside <noscript>, srcset, style attributes, forms and refresh', () => {
    const html = `<meta http-equiv="refresh" content="0; url=/en/"><form action="/en/search/"></form><noscript><a href="/en/measures/">M</a></noscript><img srcset="/_astro/site.css 1x" style="background:url(/_astro/site.css)">`;
    const out = rewrite(html, 'en/index.html').html;
    expect(out).toContain('content="0; url=index.html"');
    expect(out).toContain('action="search/index.html"');
    expect(out).toContain('<a href="measures/index.html">M</a>');
    expect(out).toContain('srcset="../_astro/site.css 1x"');
    expect(out).toContain('style="background:url(../_astro/site.css)"');
  });

  test('keeps canonical and alternate links and og: metadata absolute', () => {
    const html = `<link rel="canonical" href="https://cyber-policy.example.jp/en/"><link rel="alternate" hreflang="ja" href="/ja/"><meta property="og:image" content="/og.png"><link rel="modulepreload" href="/_astro/nav.js">`;
    const out = rewrite(html, 'en/index.html').html;
    expect(out).toBe(
      `<link rel="canonical" href="https://cyber-policy.example.jp/en/"><link rel="alternate" hreflang="ja" href="https://cyber-policy.example.jp/ja/"><meta property="og:image" content="https://cyber-policy.example.jp/og.png">`,
    );
  });

  test('turns module and inline scripts into classic script files; drops the online search', () => {
    const ctx = context();
    const html = `<script type="module" src="/_astro/nav.js" crossorigin></script><script>var a = 1;</script><script type="application/ld+json">{"a":1}</script><script src="/pagefind/pagefind-ui.js"></script>`;
    const result = rewrite(html, 'en/index.html', ctx);
    const inline = [...ctx.scripts.files.keys()].find((f) => f.startsWith('offline/inline/'));
    expect(result.html).toBe(
      `<script src="../_astro/nav.js" defer></script><script src="../${inline}"></script><script type="application/ld+json">{"a":1}</script>`,
    );
    expect(ctx.scripts.files.get('_astro/nav.js')?.toString()).toBe(`(function () {\n'use strict';\ndocument.title = "x";\n})();\n`);
    expect(result.notes).toHaveLength(1);
  });

  test('reports links to missing files and anchors, and writes them absolute', () => {
    const result = rewrite(`<a href="/en/nowhere/">x</a><a href="/en/glossary/#nisc">ok</a><a href="/en/glossary/#gone">y</a><a href="#here">z</a>`, 'en/index.html');
    expect(result.html).toContain('href="https://cyber-policy.example.jp/en/nowhere/"');
    expect(result.warnings).toEqual([
      'en/index.html: a[href] "/en/nowhere/" matches no file of the site (written as https://cyber-policy.example.jp/en/nowhere/)',
      'en/index.html: "/en/glossary/#gone" points at #gone, which en/glossary/index.html does not have',
      'en/index.html: "#here" points at #here, which en/index.html does not have',
    ]);
  });

  test('defers anchor checks against pages not read yet, and reports them in place once their ids are known', () => {
    const later = context({ idsOf: (file) => (file === 'en/glossary/index.html' ? 'later' : file.endsWith('.html') ? new Set<string>() : undefined) });
    const html = `<a href="/en/nowhere/">x</a><a href="/en/glossary/#nisc">ok</a><a href="/en/glossary/#gone">y</a><a href="#here">z</a>`;
    const result = rewrite(html, 'en/index.html', later);
    expect(result.fragmentChecks.map((c) => [c.at, c.target, c.id])).toEqual([
      [1, 'en/glossary/index.html', 'nisc'],
      [1, 'en/glossary/index.html', 'gone'],
    ]);
    const eager = rewrite(html, 'en/index.html');
    expect(resolveFragmentChecks(result.warnings, result.fragmentChecks, () => new Set(['nisc']))).toEqual(eager.warnings);
    expect(result.html).toBe(eager.html);
  });

  test('replaces data-offline placeholders by the offline note, and adds the offline search to search pages', () => {
    const html = `<html><head></head><body><span data-offline="size">—</span><a data-offline="link" href="/downloads/x.zip">zip</a></body></html>`;
    const out = rewrite(html, 'en/search/index.html', context({ search: { styles: ['offline/s.css'], scripts: ['offline/a.js', 'offline/b.js'] } })).html;
    expect(out).toBe(
      `<html><head><link rel="stylesheet" href="../../offline/s.css">\n</head><body><span data-offline="size">offline</span><a data-offline="link" href="https://cyber-policy.example.jp/downloads/x.zip">zip</a><script src="../../offline/a.js" defer></script>\n<script src="../../offline/b.js" defer data-root="../../"></script>\n</body></html>`,
    );
  });
});

describe('placeholders of the online site', () => {
  test('are filled per language and again on a second run', () => {
    const zip = { bytes: 1_234_567, sha256: 'ab'.repeat(32) };
    const html = `<html lang="ja"><body><span data-offline="size">—</span> <code data-offline="sha256"><i>—</i></code> <b data-offline="bytes"></b></body></html>`;
    const once = fillPage('ja/download/index.html', html, zip);
    expect(once).toBe(`<html lang="ja"><body><span data-offline="size">1.2 MB（1,234,567 バイト）</span> <code data-offline="sha256">${zip.sha256}</code> <b data-offline="bytes">1234567</b></body></html>`);
    expect(fillPage('ja/download/index.html', once, zip)).toBe(once);
  });
  test('sizes read naturally in both languages', () => {
    expect(formatSize(900, 'en')).toBe('900 bytes');
    expect(formatSize(2_500_000, 'en')).toBe('2.5 MB (2,500,000 bytes)');
    expect(formatSize(2_500_000, 'ja')).toBe('2.5 MB（2,500,000 バイト）');
  });
});

describe('search text', () => {
  test('Markdown bodies become plain text; glossary marks keep their words', () => {
    expect(markdownToText('A <a class="term" href="/en/glossary/#nisc"><abbr title="x">NISC</abbr></a> *b* \\<c\\>.\n\n- one\n  - two')).toBe('A NISC b <c>. one two');
    expect(readingAnchor('strategy-2021/direction-2/measures-1')).toBe('strategy-2021-direction-2-measures-1');
  });
});

describe('compareDirs', () => {
  test('names files only on one side and the first differing byte', () => {
    const root = mkdtempSync(join(tmpdir(), 'offline-compare-'));
    try {
      for (const [path, text] of [
        ['a/same.txt', 'x'],
        ['b/same.txt', 'x'],
        ['a/diff.txt', 'hello world'],
        ['b/diff.txt', 'hello there'],
        ['a/only.txt', ''],
        ['b/.hidden/x', ''],
      ] as const) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const result = compareDirs(join(root, 'a'), join(root, 'b'));
      expect(result.common).toBe(2);
      expect(result.differences.map(describeDifference)).toEqual([
        'only-in-b: .hidden/x',
        'differs: diff.txt (11 vs 11 bytes; first difference at byte 6: "hello world" vs "hello there")',
        'only-in-a: only.txt',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

test('applyEdits refuses overlapping edits', () => {
  expect(() => applyEdits('abcdef', [{ start: 1, end: 4, text: '' }, { start: 2, end: 3, text: '' }])).toThrow(/Overlapping/);
});

test('relativeUrl agrees with path.posix.relative on site paths', () => {
  const paths = ['index.html', 'a.css', 'en/index.html', 'en/x/index.html', 'en/x/y/z.html', 'en/xy/index.html', 'ja/用語/index.html', 'en/a b/c#d.html', 'en/x/a./b.html'];
  for (const from of paths) {
    for (const to of paths) {
      const expected = posix
        .relative(posix.dirname(from), to)
        .split('/')
        .map((s) => (s === '..' ? s : encodeURIComponent(s)))
        .join('/');
      expect(relativeUrl(from, to), `${from} → ${to}`).toBe(expected);
    }
  }
});

test('siteUrlFromDist reads the canonical link of the built index.html', () => {
  const root = mkdtempSync(join(tmpdir(), 'offline-site-'));
  try {
    expect(siteUrlFromDist(root)).toBeUndefined();
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><link rel="alternate" href="https://x.example/ja/"><link rel="Canonical" href="https://policy.example.jp/base/"></head><body></body></html>');
    expect(siteUrlFromDist(root)).toBe('https://policy.example.jp/base/');
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>no canonical</title>');
    expect(siteUrlFromDist(root)).toBeUndefined();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('writeDeterministicZip: the same bytes whether contents are buffers or read on demand, hashed as written', async () => {
  const root = mkdtempSync(join(tmpdir(), 'offline-zip-'));
  try {
    // More entries than the zip keeps in flight at once.
    const entries = Array.from({ length: 300 }, (_, i) => [`d${i % 7}/f${String(i).padStart(3, '0')}.txt`, Buffer.from(`file ${i} `.repeat(i + 1))] as const);
    const eager = await writeDeterministicZip(new Map(entries), join(root, 'a.zip'));
    const lazy = await writeDeterministicZip(new Map(entries.map(([k, v]) => [k, () => v])), join(root, 'b.zip'));
    const bytes = readFileSync(join(root, 'a.zip'));
    expect(eager).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(lazy).toEqual(eager);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
