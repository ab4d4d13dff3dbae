/**
 * The small complete site (tests/fixtures/content-sample) built once, then read as HTML: languages, fallback,
 * search markers, hreflang, anchors, CSP-friendliness and the contract other parts of the site rely on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { launchBrowser } from '../support/browser';
import { serveDist } from '../support/serve';
import { segmentJapanese } from '../../src/lib/segmentJapanese';

const out = join(repoRoot, '.tmp/site-fixture/dist');
const read = (path: string) => readFileSync(join(out, path), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [relative(out, path)] : [];
  });
}

beforeAll(() => {
  execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests/site/support/build-fixture.mts')], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content-sample' },
  });
}, 180_000);

/** The pages this work owns (others build search, map and data pages into the same site). */
const own = (path: string) => !/(^|\/)(search|map)\//.test(path) && !path.startsWith('data/');

describe('the document page', () => {
  it('links the official publications of the Japanese original and of the English translation, in both languages', () => {
    const en = read('en/documents/strategy-2021/index.html');
    expect(en).toContain('<a href="https://www.example.org/original-ja.pdf" hreflang="ja" rel="external">The Japanese original (authoritative)</a>');
    expect(en).toContain('<a href="https://www.example.org/translation-en.pdf" hreflang="en" rel="external">The English translation</a>');
    // The fixture has no Japanese document entry: the Japanese page shows the English entry's facts.
    const ja = read('ja/documents/strategy-2021/index.html');
    expect(ja).toContain('<a href="https://www.example.org/original-ja.pdf" hreflang="ja" rel="external">日本語の原文（正本）</a>');
    // A document without them links none.
    expect(read('en/documents/capacity-building-2021/index.html')).not.toContain('class="doc-publications"');
  });
});

describe('the fixture site', () => {
  it('has every page under both /en/ and /ja/', () => {
    const pages = htmlFiles(out).filter(own);
    const en = pages.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)).sort();
    const ja = pages.filter((p) => p.startsWith('ja/')).map((p) => p.slice(3)).sort();
    expect(ja).toEqual(en);
    expect(en).toEqual(expect.arrayContaining([
      'index.html', 'documents/strategy-2021/index.html', 'documents/capacity-building-2021/index.html',
      'measures/index.html', 'measures/capacity-building-2021/2/1/a/index.html', 'sections/strategy-2021/outline/index.html',
      'glossary/index.html', 'topics/index.html', 'topics/capacity-building/index.html', 'download/index.html',
    ]));
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
  });

  it('gives every page its language, one h1, landmarks, a skip link target and no inline script or style', () => {
    for (const page of htmlFiles(out).filter(own)) {
      const html = read(page);
      const lang = page.startsWith('ja/') ? 'ja' : 'en';
      expect(html, page).toContain(`<html lang="${lang}"`);
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
      expect(html, page).toMatch(/<main id="main"/);
      expect(html, page).toContain('http-equiv="Content-Security-Policy"');
      // JSON-LD is a data block, not a script: the CSP does not apply to it.
      expect(html, page).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
      expect(html, page).not.toMatch(/\sstyle="/);
      expect(html, page).not.toMatch(/<style[\s>]/);
      expect(html, page).not.toMatch(/<script[^>]*type="module"/);
      // No request off the site; plain links (<a href>) to other sites, such as the official publications, are navigation.
      expect(html, page).not.toMatch(/<(?!a\s)[a-z]+\b[^>]*\s(?:src|href)="https?:\/\/(?!cyber-policy\.example\.jp)/);
    }
  });

  it('links the other language reciprocally with hreflang and x-default', () => {
    const en = read('en/measures/strategy-2021/direction-1/measures/1/index.html');
    const ja = read('ja/measures/strategy-2021/direction-1/measures/1/index.html');
    for (const html of [en, ja]) {
      expect(html).toContain('hreflang="en" href="https://cyber-policy.example.jp/en/measures/strategy-2021/direction-1/measures/1/"');
      expect(html).toContain('hreflang="ja" href="https://cyber-policy.example.jp/ja/measures/strategy-2021/direction-1/measures/1/"');
      expect(html).toContain('hreflang="x-default"');
    }
    expect(ja).toContain('<a href="/en/measures/strategy-2021/direction-1/measures/1/" hreflang="en" lang="en">English</a>');
    const chooser = read('index.html');
    expect(chooser).toContain('href="/en/"');
    expect(chooser).toContain('href="/ja/"');
    expect(chooser).toContain('hreflang="x-default" href="https://cyber-policy.example.jp/"');
    expect(chooser).not.toMatch(/http-equiv="refresh"/);
  });

  it('shows a dropped-in translation instead of the English fallback, indexed for search', () => {
    const html = read('ja/measures/strategy-2021/direction-1/measures/1/index.html');
    expect(html).toContain('経営層の意識改革');
    expect(html).toMatch(/<main[^>]*data-pagefind-body/);
    expect(html).not.toContain('data-fallback');
    expect(html).not.toContain('この項目の日本語訳はまだありません');
  });

  it('marks an English fallback on a Japanese page: lang="en", notice, data-fallback, no pagefind body', () => {
    const html = read('ja/measures/strategy-2021/direction-1/measures/2/index.html');
    expect(html).toMatch(/<main[^>]*data-fallback="true"/);
    expect(html).not.toMatch(/<main[^>]*data-pagefind-body/);
    expect(html).toContain('この項目の日本語訳はまだありません');
    expect(html).toContain('<a href="/en/measures/strategy-2021/direction-1/measures/2/" hreflang="en">');
    expect(html).toMatch(/<div class="prose" lang="en">/);
    expect(html).toContain('<a class="term" href="/ja/glossary/#nisc">');
    expect(html).not.toContain('href="/en/glossary/#nisc"');
  });

  it('gives measure pages breadcrumbs, prev/next, related, citations, cite and data links', () => {
    const html = read('en/measures/strategy-2021/direction-1/measures/2/index.html');
    expect(html).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumb"[^>]*><ol><li><a href="\/en\/documents\/strategy-2021\/">/);
    expect(html).toContain('aria-current="page">(2) Advancing DX');
    expect(html).toContain('rel="prev"');
    expect(html).toContain('rel="next"');
    expect(html).toContain('href="/en/measures/capacity-building-2021/2/4/"');
    // Its own citation is listed under "Cites"; an entry that only lists it as related is no citer.
    expect(html).toMatch(/<h2 id="cites-heading">[\s\S]*?\/en\/measures\/strategy-2021\/direction-1\/measures\/1\//);
    expect(html).not.toContain('id="cited-by-heading"');
    const cited = read('en/measures/strategy-2021/direction-1/measures/1/index.html');
    expect(cited).toMatch(/<h2 id="cited-by-heading">[\s\S]*?\/en\/measures\/strategy-2021\/direction-1\/measures\/2\//);
    expect(html).toContain('https://cyber-policy.example.jp/en/measures/strategy-2021/direction-1/measures/2/');
    expect(html).toContain('href="/data/measures/strategy-2021/direction-1/measures/2.json"');
    expect(html).toContain('<script src="/js/copy-link.js" defer');
    expect(html).toContain('data-pagefind-filter="document[content]" content="Cybersecurity Strategy 2021"');
    expect(html).toContain('data-pagefind-filter="actor[content]" content="SMEs"');
    expect(html).toContain('data-pagefind-meta="breadcrumb[content]"');
  });

  it('walks the reading edition in order with anchors for entries and paragraphs', () => {
    const html = read('en/documents/strategy-2021/index.html');
    const ids = [...html.matchAll(/<h[2-6] id="(strategy-2021-[^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'strategy-2021-direction-1', 'strategy-2021-direction-1-issues', 'strategy-2021-direction-1-measures',
      'strategy-2021-direction-1-measures-1', 'strategy-2021-direction-1-measures-2', 'strategy-2021-outline',
    ]);
    expect(html).toContain('id="strategy-2021-direction-1-measures-2-p2"');
    expect(html).toContain('<a class="permalink" href="#strategy-2021-direction-1-measures-2-p2"');
    expect(html).toContain('<a href="#strategy-2021-direction-1-measures-1">(1) Raising executive awareness</a>');
  });

  it('says a document\'s date once, in the page language, in its facts', () => {
    const facts = (page: string) => /<dl class="facts"[^>]*>[\s\S]*?<\/dl>/.exec(read(page))?.[0] ?? '';
    const en = facts('en/documents/strategy-2021/index.html');
    expect(en).toContain('<time datetime="2021-09-28">As of September 28, 2021</time>');
    expect(en).not.toContain('(As of');
    // An English document on a Japanese page: the Japanese date, without the English wording.
    const ja = facts('ja/documents/strategy-2021/index.html');
    expect(ja).toContain('<time datetime="2021-09-28">2021年9月28日</time>');
    expect(ja).not.toContain('September');
  });

  it('gives each heading of the reading edition one row of tools: the # anchor and the entry\'s own page', () => {
    const html = read('en/documents/strategy-2021/index.html');
    const id = 'strategy-2021-direction-1-measures-1';
    const row = new RegExp(`<h4 id="${id}">[\\s\\S]*?</h4><span class="heading-tools" data-pagefind-ignore>(.*?)</span>`).exec(html)?.[1];
    expect(row).toBeDefined();
    expect(row).toMatch(new RegExp(`^<a class="permalink permalink--heading" href="#${id}" aria-label="Link to “\\(1\\) Raising executive awareness”" data-copy-label="Copy link to “\\(1\\) Raising executive awareness”">#</a>`));
    expect(row).toContain('<a class="heading-page-link" href="/en/measures/strategy-2021/direction-1/measures/1/">Open as a page</a>');
  });

  it('breaks Japanese headings only between phrases: BudouX <wbr> in the HTML, keep-all in the CSS', () => {
    const unbroken: string[] = [];
    for (const page of htmlFiles(out).filter((p) => p.startsWith('ja/'))) {
      for (const [, , attrs, inner] of read(page).matchAll(/<(h[1-6])\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        if (/\blang="en"/.test(attrs!)) continue;
        const text = inner!.replace(/<(\w+)[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '').trim();
        if (segmentJapanese(text).length > 1 && !inner!.includes('<wbr>')) unbroken.push(`${page}: ${text}`);
      }
    }
    expect(unbroken).toEqual([]);
    const css = readdirSync(join(out, '_astro')).filter((name) => name.endsWith('.css')).map((name) => read(`_astro/${name}`)).join('\n');
    expect(css).toMatch(/:lang\(ja\)\s*:is\(h1,\s*h2,\s*h3,\s*h4,\s*h5,\s*h6[^)]*\)\s*\{[^}]*word-break:\s*keep-all/);
    expect(read('ja/measures/strategy-2021/direction-1/measures/1/index.html')).toMatch(/<h1 id="[^"]+">.*<wbr>.*<\/h1>/);
  });

  it('lists every measure in the explorer with filter data and a live count', () => {
    const html = read('ja/measures/index.html');
    expect(html.match(/<li id="[^"]+" data-measure/g)?.length).toBe(5);
    expect(html).toContain('data-actors="smes local-governments"');
    expect(html).toMatch(/aria-live="polite"[^>]*data-explorer-count/);
    expect(html).toContain('<script src="/js/explorer.js" defer');
    expect(html).toContain('href="/data/measures.csv"');
  });

  it('carries the placeholders the offline work fills in', () => {
    for (const lang of ['en', 'ja']) {
      const html = read(`${lang}/download/index.html`);
      expect(html).toContain('<a href="/downloads/jp-cyber-policy-offline.zip" data-offline="link"');
      expect(html).toContain('<span data-offline="size">—</span>');
      expect(html).toContain('<code data-offline="sha256">—</code>');
    }
  });

  it('ships no JavaScript on pages that do not ask for it', () => {
    for (const page of ['en/index.html', 'ja/topics/index.html', 'en/download/index.html']) {
      const scripts = [...read(page).matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts, page).toEqual(['/js/theme.js']);
    }
  });
});

describe('the classic scripts in a browser', () => {
  it('filter the explorer, copy links and remember the theme, with no error and no external request', async () => {
    const server = await serveDist(out);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('request', (request) => { if (!request.url().startsWith(server.origin)) problems.push(`external: ${request.url()}`); });

      await page.goto(`${server.origin}/en/measures/`);
      const count = page.locator('[data-explorer-count]');
      await expect.poll(() => count.textContent()).toContain('Showing 5 of 5 measures');
      await page.getByRole('group', { name: 'Topic', exact: true }).locator('input[value="critical-infrastructure"]').check();
      await expect.poll(() => count.textContent()).toContain('Showing 2 of 5');
      await page.getByRole('checkbox', { name: 'Government', exact: true }).check();
      await expect.poll(() => count.textContent()).toContain('Showing 1 of 5');
      expect(await page.locator('[data-measure]:visible').count()).toBe(1);
      expect(page.url()).toContain('topic=critical-infrastructure&actor=government');
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => count.textContent()).toContain('Showing 5 of 5');

      await page.goto(`${server.origin}/en/measures/strategy-2021/direction-1/measures/2/`);
      await page.getByRole('button', { name: /^Copy link to paragraph 1 of “/ }).first().click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'https://cyber-policy.example.jp/en/measures/strategy-2021/direction-1/measures/2/#strategy-2021-direction-1-measures-2-p1',
      );
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
