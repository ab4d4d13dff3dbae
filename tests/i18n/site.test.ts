/**
 * The real content built into .tmp/i18n/ (own output and cache, never dist/): a dropped-in Japanese entry
 * replaces the English fallback on its /ja/ page and is indexed in Japanese, an untranslated one still falls
 * back, and /ja/ pages give dates in Japanese.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const out = join(repoRoot, '.tmp/i18n/dist');
const read = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The opening tag of `<main>`. */
const mainTag = (html: string) => html.match(/<main\b[^>]*>/)?.[0] ?? '';
/** The `<h1>` element, with the line-break hints (`<wbr>`) Japanese headings carry removed. */
const h1 = (html: string) => (html.match(/<h1\b[^>]*>[\s\S]*?<\/h1>/)?.[0] ?? '').replaceAll('<wbr>', '');
const FALLBACK_NOTICE = 'この項目の日本語訳はまだありません';

beforeAll(() => {
  execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests/i18n/support/build-site.mts')], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: 'content' },
  });
}, 300_000);

describe('a translated section page', () => {
  const page = () => read('ja/sections/strategy-2021/direction-1');

  it('shows the Japanese title in Japanese, with no fallback notice', () => {
    const html = page();
    expect(html).toMatch(/<html lang="ja"/);
    expect(html).toContain('<title>(1) 経済社会の活力の向上及び持続的発展 |');
    const heading = h1(html);
    expect(heading).toContain('経済社会の活力の向上及び持続的発展</h1>');
    expect(heading).not.toMatch(/\slang="/); // inherits lang="ja" from <html>
    expect(heading).not.toContain('DXとサイバーセキュリティの同時推進');
    expect(html).not.toContain(FALLBACK_NOTICE);
    expect(html).not.toContain('class="fallback-notice"');
  });

  it('is indexed for search in Japanese (data-pagefind-body, no data-fallback)', () => {
    const main = mainTag(page());
    expect(main).toContain('data-pagefind-body');
    expect(main).not.toContain('data-fallback');
    expect(page()).toContain('data-pagefind-meta="breadcrumb[content]" content="サイバーセキュリティ戦略（2021年） › (1) 経済社会の活力の向上及び持続的発展"');
  });

  it('keeps the English page English', () => {
    const html = read('en/sections/strategy-2021/direction-1');
    expect(html).toMatch(/<html lang="en"/);
    expect(h1(html)).toContain('Enhancing Socio-Economic Vitality and Sustainable Development');
  });

  it('gives the other translated directions and group their Japanese titles', () => {
    expect(h1(read('ja/sections/strategy-2021/direction-2'))).toContain('国民が安全で安心して暮らせるデジタル社会の実現</h1>');
    expect(h1(read('ja/sections/strategy-2021/direction-3'))).toContain('国際社会の平和・安定及び我が国の安全保障への寄与</h1>');
    expect(h1(read('ja/sections/strategy-2021/direction-2/measures-1'))).toContain('国民・社会を守るためのサイバーセキュリティ環境の提供</h1>');
  });
});

describe('an untranslated measure page under /ja/', () => {
  const page = () => read('ja/measures/strategy-2021/direction-2/measures-1/2');

  it('shows the English text marked lang="en", with the fallback notice, out of the Japanese index', () => {
    const html = page();
    expect(html).toMatch(/<html lang="ja"/);
    expect(html).toContain(FALLBACK_NOTICE);
    expect(html).toContain('<a href="/en/measures/strategy-2021/direction-2/measures-1/2/" hreflang="en">');
    expect(html).toMatch(/<div class="prose" lang="en">/);
    expect(h1(html)).toMatch(/<h1 [^>]*lang="en"/);
    const main = mainTag(html);
    expect(main).toContain('data-fallback="true"');
    expect(main).not.toContain('data-pagefind-body');
  });

  it('names its translated ancestors in Japanese in the breadcrumbs', () => {
    const crumbs = page().match(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(crumbs).toContain('>サイバーセキュリティ戦略（2021年）</a>');
    expect(crumbs).toContain('>(2) 国民が安全で安心して暮らせるデジタル社会の実現</a>');
    expect(crumbs).toContain('>(1) 国民・社会を守るためのサイバーセキュリティ環境の提供</a>');
  });
});

describe('the translated documents', () => {
  it('show their Japanese titles, issuers and dates in Japanese', () => {
    const strategy = read('ja/documents/strategy-2021');
    expect(h1(strategy)).toContain('サイバーセキュリティ戦略（概要）</h1>');
    expect(strategy).toContain('<dd>内閣サイバーセキュリティセンター（NISC）</dd>');
    expect(strategy).toContain('<time datetime="2021-09-28">2021年9月28日</time>');
    expect(strategy).toContain('2021年9月28日時点');
    const policy = read('ja/documents/capacity-building-2021');
    expect(h1(policy)).toContain('開発途上国に対するサイバーセキュリティ分野の能力構築支援に係る基本方針</h1>');
    expect(policy).toContain('<dd>サイバーセキュリティ戦略本部</dd>');
    expect(policy).toMatch(/<time datetime="2021-12-14">2021年12月14日[^<]*<\/time>/);
    expect(policy).not.toContain('Provisional Translation');
  });

  it('format dates in Japanese on /ja/ pages and in English on /en/ pages', () => {
    for (const path of ['ja', 'ja/sections/strategy-2021/direction-1', 'ja/measures/strategy-2021/direction-2/measures-1/2']) {
      const times = [...read(path).matchAll(/<time datetime="2021-09-28">([^<]*)<\/time>/g)].map((m) => m[1]);
      expect(times.length, path).toBeGreaterThan(0);
      // Either the bare date or the document's own wording, which begins with it (2021年9月28日時点).
      for (const time of times) expect(time, path).toMatch(/^2021年9月28日/);
    }
    expect(read('en/sections/strategy-2021/direction-1')).toContain('<time datetime="2021-09-28">September 28, 2021</time>');
  });

  it('use the Japanese short titles on the Japanese home page', () => {
    const home = read('ja');
    expect(home).toContain('サイバーセキュリティ戦略（2021年）を読む');
    expect(home).toContain('能力構築支援に係る基本方針を読む');
  });
});
