import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchDocument } from '../../../src/lib/searchDocuments';
import { repoRoot } from '../../support/paths';

/** The strings block a search page carries, from the site's real dictionary (as SearchPage.astro writes it). */
function searchStrings(lang: 'en' | 'ja'): string {
  const t = JSON.parse(readFileSync(join(repoRoot, `src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
  const strings = {
    resultsOne: t['search.resultsOne'],
    resultsMany: t['search.resultsMany'],
    noResults: t['search.noResults'],
    otherResults: t['search.otherResults'],
    otherBadge: t['fallback.badge'],
    offline: {
      more: t['search.offlineMore'],
      unavailable: t['search.offlineUnavailable'],
      kinds: { documents: t['search.kind.document'], sections: t['entry.section'], measures: t['entry.measure'], glossary: t['search.kind.glossary'], topics: t['search.kind.topic'] },
    },
  };
  return `<script type="application/json" data-search-strings>${JSON.stringify(strings)}</script>`;
}

/** The site URL the synthetic pages are written for. */
export const syntheticSite = 'https://cyber-policy.example.jp/';

const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/** A page in the shape the real layout writes: CSP meta, canonical, alternates, header search, a classic and a module script. */
function page(lang: 'en' | 'ja', path: string, title: string, main: string, extraHead = ''): string {
  const other = lang === 'en' ? 'ja' : 'en';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${title}</title>
<link rel="canonical" href="${syntheticSite}${lang}/${path}">
<link rel="alternate" hreflang="${other}" href="/${other}/${path}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="modulepreload" href="/_astro/nav.Ab12Cd34.js">
<meta property="og:url" content="/${lang}/${path}">
<script src="/js/theme.js"></script>
<link rel="stylesheet" href="/_astro/site.Xy98Zw76.css">
${extraHead}</head><body>
<header><a href="/${lang}/">Home</a>
<form class="search-control" role="search" method="get" action="/${lang}/search/"><input name="q" type="search"><button type="submit">Search</button></form>
<nav><a href="/${lang}/measures/">Measures</a> <a href="/${lang}/glossary/">Glossary</a> <a href="/${lang}/download/">Download</a> <a href="/${lang}/search/">Search</a> <a href="/${other}/${path}" hreflang="${other}">other</a></nav></header>
<main id="main">${main}</main>
<script type="module" src="/_astro/nav.Ab12Cd34.js"></script>
</body></html>
`;
}

/** A search document as the site's `data/search/<lang>.json` holds it (src/lib/searchDocuments.ts). */
function doc(id: string, title: string, text: string, extra: string, crumb: string, url: string): SearchDocument {
  return { id, kind: id.split('/', 1)[0] as SearchDocument['kind'], title, text, extra, crumb, url };
}

/** The file `/data/search/<lang>.json` as the site writes it. */
function searchDocuments(lang: 'en' | 'ja', documents: SearchDocument[]): string {
  return `${JSON.stringify({ lang, documents }, null, 1)}\n`;
}

const measure = 'strategy-2021/direction-1/measures/1';
const ajccbc = 'ASEAN-Japan Cybersecurity Capacity Building Centre';
const ajccbcJa = '日ASEANサイバーセキュリティ能力構築センター';

/**
 * Writes a small site (`dist/`, with the search documents `astro build` would write for its entries) into
 * `root`: directory links, anchors, a module script that converts and one that cannot (it imports a chunk), Pagefind leftovers on the
 * search pages, placeholders on the download pages, a Japanese entry and an English-only one.
 */
export function writeSyntheticSite(root: string): { distDir: string } {
  const distDir = join(root, 'dist');
  const files: Record<string, string> = {
    'dist/index.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Choose</title><link rel="stylesheet" href="/_astro/site.Xy98Zw76.css"></head><body><ul><li><a href="/en/">English</a></li><li><a href="/ja/" lang="ja">日本語</a></li></ul></body></html>\n`,
    'dist/404.html': page('en', '', 'Not found', '<h1>Not found</h1><a href="/">Start</a>'),
    'dist/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n',
    'dist/js/theme.js': "document.documentElement.setAttribute('data-theme-ran', '');\n",
    'dist/_astro/site.Xy98Zw76.css': '/* url(/not/a/url.png) */ body { background: url("/_astro/bg.Qq11Ww22.svg") no-repeat; }\n',
    'dist/_astro/bg.Qq11Ww22.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n',
    'dist/_astro/nav.Ab12Cd34.js': "const marker = 'nav';\ndocument.documentElement.setAttribute('data-module-ran', marker);\n",
    'dist/_astro/chunk.Cc00Dd11.js': 'export const x = 1;\n',
    'dist/_astro/uses-chunk.Ee22Ff33.js': "import { x } from './chunk.Cc00Dd11.js';\nconsole.log(x);\n",
    'dist/_astro/search.Gg44Hh55.js': "const bundle = '/pagefind/'; import(bundle + 'pagefind.js');\n",
    'dist/pagefind/pagefind.js': 'export {};\n',
    'dist/downloads/old.zip': 'stale',
    'dist/data/measures.json': '[{"key":"strategy-2021/direction-1/measures/1"}]\n',
    'dist/en/index.html': page(
      'en',
      '',
      'Home',
      `<h1>Home</h1>
<p><a href="/en/measures/strategy-2021/direction-1/measures/1/">Measure 1</a>
<a href="https://cyber-policy.example.jp/en/documents/strategy-2021/#strategy-2021-direction-1-measures-1">In the reading edition</a>
<a href="../en/glossary/#ajccbc">AJCCBC</a> <a href="#intro">Intro</a> <a href="/data/measures.json">Data</a>
<a href="https://example.org/elsewhere">Elsewhere</a> <a href="mailto:someone@example.org">Mail</a></p>
<p id="intro">Intro
<img src="/_astro/bg.Qq11Ww22.svg" srcset="/_astro/bg.Qq11Ww22.svg 1x, /_astro/bg.Qq11Ww22.svg 2x" alt=""></p>
<svg><use href="#dot"></use><circle id="dot" r="1"/></svg>`,
    ),
    'dist/en/measures/index.html': page(
      'en',
      'measures/',
      'Measures',
      '<h1>Measures</h1><a href="strategy-2021/direction-1/measures/1/">Measure 1</a>',
      '<script type="module" src="/_astro/uses-chunk.Ee22Ff33.js"></script>',
    ),
    'dist/en/measures/strategy-2021/direction-1/measures/1/index.html': page(
      'en',
      'measures/strategy-2021/direction-1/measures/1/',
      'Measure 1',
      '<h1 id="top-heading">(1) Raising awareness of executives</h1><p>Through the SecHack365 programme and <a href="/en/glossary/#ajccbc">AJCCBC</a>.</p><a href="../../../../">Up</a>',
    ),
    'dist/en/documents/strategy-2021/index.html': page(
      'en',
      'documents/strategy-2021/',
      'Strategy',
      '<h1>Strategy</h1><section id="strategy-2021-direction-1-measures-1"><h2>(1)</h2></section>',
    ),
    'dist/en/glossary/index.html': page('en', 'glossary/', 'Glossary', '<h1>Glossary</h1><dl><dt id="ajccbc">AJCCBC</dt><dd>Centre</dd></dl>'),
    'dist/en/download/index.html': page(
      'en',
      'download/',
      'Download',
      '<h1>Download</h1><p><a href="/downloads/jp-cyber-policy-offline.zip">Zip</a>, <span data-offline="size">…</span>, SHA-256 <code data-offline="sha256">…</code></p>',
    ),
    'dist/en/search/index.html': page(
      'en',
      'search/',
      'Search',
      `<div data-search data-lang="en"><h1>Search</h1><form role="search" method="get" action="/en/search/" data-search-form><input id="search-q" name="q" type="search"><button type="submit">Search</button><fieldset data-search-filters hidden></fieldset></form>
<p role="status" data-search-status></p><section data-search-own hidden><ol class="search__results"></ol><button data-search-more hidden>More</button></section>
${searchStrings('en')}</div>`,
      '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script type="module" src="/_astro/search.Gg44Hh55.js"></script>',
    ),
    'dist/ja/index.html': page('ja', '', 'ホーム', '<h1>ホーム</h1><a href="/ja/measures/strategy-2021/direction-1/measures/1/">施策1</a> <a href="/ja/glossary/">用語集</a>'),
    'dist/ja/measures/index.html': page('ja', 'measures/', '施策', '<h1>施策</h1><a href="strategy-2021/direction-1/measures/1/">施策1</a>'),
    'dist/ja/measures/strategy-2021/direction-1/measures/1/index.html': page(
      'ja',
      'measures/strategy-2021/direction-1/measures/1/',
      '施策1',
      '<h1>(1) 経営層の意識改革</h1><p>デジタル経営に向けた行動指針</p>',
    ),
    'dist/ja/documents/strategy-2021/index.html': page('ja', 'documents/strategy-2021/', '戦略', '<h1>戦略</h1><section id="strategy-2021-direction-1-measures-1"></section>'),
    'dist/ja/glossary/index.html': page('ja', 'glossary/', '用語集', '<h1>用語集</h1><dl><dt id="ajccbc" lang="en">AJCCBC</dt><dd>英語</dd></dl>'),
    'dist/ja/download/index.html': page('ja', 'download/', 'ダウンロード', '<p><span data-offline="size">…</span></p>'),
    'dist/ja/search/index.html': page(
      'ja',
      'search/',
      '検索',
      `<div data-search data-lang="ja"><h1>検索</h1><form role="search" method="get" action="/ja/search/" data-search-form><input name="q" type="search"><button type="submit">検索</button></form>
<p role="status" data-search-status></p><section data-search-own hidden><ol class="search__results"></ol></section>
<section data-search-other hidden><h2>英語版の検索結果</h2><ol class="search__results" lang="en"></ol></section>
<p data-search-other-hint hidden><a href="/en/search/" hreflang="en">英語版で検索する</a></p>${searchStrings('ja')}</div>`,
      '<script type="module" src="/_astro/search.Gg44Hh55.js"></script>',
    ),
    'dist/data/search/en.json': searchDocuments('en', [
      doc('documents/strategy-2021', "Japan's Cybersecurity Strategy 2021", 'Issues and Direction of the strategy.', 'Cybersecurity Strategy 2021', 'NISC, As of September 28, 2021', '/en/documents/strategy-2021/'),
      doc(`measures/${measure}`, '(1) Raising awareness of executives', 'Through the SecHack365 programme and AJCCBC, raise awareness.', '', 'Cybersecurity Strategy 2021', `/en/measures/${measure}/`),
      doc('glossary/ajccbc', 'AJCCBC', 'A centre in Bangkok that trains government officials.', `${ajccbc} ${ajccbcJa}`, `${ajccbc} · ${ajccbcJa}`, '/en/glossary/#ajccbc'),
      doc('topics/no-page', 'A topic without a page', 'Unlisted.', '', '', '/en/topics/no-page/'),
    ]),
    'dist/data/search/ja.json': searchDocuments('ja', [
      doc(`measures/${measure}`, '(1) 経営層の意識改革', '→デジタル経営に向けた行動指針の実践を通じ、サイバーセキュリティ経営のガイドラインに基づく取組を促進する。', '', 'Cybersecurity Strategy 2021', `/ja/measures/${measure}/`),
      doc('glossary/ajccbc/name', `AJCCBC（${ajccbcJa}）`, '', ajccbcJa, '', '/ja/glossary/#ajccbc'),
    ]),
  };
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { distDir };
}
