import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lineAt, rewriteCssUrls, scanCssUrls, unescapeCss } from '../../scripts/built-site/css-urls';
import { attributeUrls, metaRefreshTarget, urlAttributeKind } from '../../scripts/built-site/links';
import { scanHtml, tagAttr, type StartTag } from '../../scripts/built-site/scan-html';
import { parseSrcset, serializeSrcset, srcsetUrls } from '../../scripts/built-site/srcset';
import { fileForPath, fileUrl, relativeUrl, urlPathOfFile } from '../../scripts/built-site/url-file';
import { listFiles } from '../../scripts/built-site/walk';

describe('srcset', () => {
  test('URLs may hold commas (data: URLs); trailing commas separate candidates', () => {
    expect(srcsetUrls('a.png 1x, data:image/png;base64,AA,BB 2x,c.png 300w')).toEqual(['a.png', 'data:image/png;base64,AA,BB', 'c.png']);
    expect(srcsetUrls('a.png,b.png')).toEqual(['a.png,b.png']);
    expect(srcsetUrls('a.png, ,b.png,, c.png')).toEqual(['a.png', 'b.png', 'c.png']);
  });
  test('a comma inside parentheses belongs to the descriptor, as the standard says', () => {
    expect(parseSrcset('a.png, b.png (max-width: 1px, 2px) 2x, c.png 3x')).toEqual([
      { url: 'a.png', descriptor: '' },
      { url: 'b.png', descriptor: '(max-width: 1px, 2px) 2x' },
      { url: 'c.png', descriptor: '3x' },
    ]);
  });
  test('parentheses and commas inside a URL stay in the URL', () => {
    expect(parseSrcset('/img/a(1),b.png 2x, /c.png')).toEqual([
      { url: '/img/a(1),b.png', descriptor: '2x' },
      { url: '/c.png', descriptor: '' },
    ]);
  });
  test('candidates are written back with their descriptors', () => {
    const parsed = parseSrcset(' /a.png 1x,/b,c.png 2x , /d.png');
    expect(serializeSrcset(parsed)).toBe('/a.png 1x, /b,c.png 2x, /d.png');
  });
});

describe('CSS url()', () => {
  test('finds url() and @import outside comments and other strings, with lines', () => {
    const css = '/* url(x) */\na { b: url( "y.png" ); content: "url(no)" }\n@import \'z.css\';\n@import url(w.css);';
    expect(scanCssUrls(css).map((u) => [u.value, u.quote, lineAt(css, u.start)])).toEqual([
      ['y.png', '"', 2],
      ['z.css', "'", 3],
      ['w.css', '', 4],
    ]);
  });
  test('escapes are resolved in the value and kept in the text when nothing changes', () => {
    const css = 'a{background:url(a\\)b.png)} b{background:url("q\\"x.png")} c{src:url(\\2f f.woff2)}';
    expect(scanCssUrls(css).map((u) => u.value)).toEqual(['a)b.png', 'q"x.png', '/f.woff2']);
    expect(rewriteCssUrls(css, (u) => u)).toBe(css);
    expect(unescapeCss('\\41 B\\\\')).toBe('AB\\');
  });
  test('a rewritten URL is escaped for where it stands', () => {
    expect(rewriteCssUrls('a{b:url(x.png)}', () => 'a b(1).png')).toBe('a{b:url(a\\20 b\\(1\\).png)}');
    expect(rewriteCssUrls("a{b:url('x.png')}", () => "it's.png")).toBe("a{b:url('it\\'s.png')}");
  });
  test('url() and @import are rewritten; comments, strings and other functions are not', () => {
    const css = `@import "/a.css"; /* url(/no.png) */ .x{content:"url(/no)";background:url( /b.svg ) , URL('/c.svg'), myurl(/d)} @font-face{src:url(/f.woff2)format("woff2")}`;
    expect(rewriteCssUrls(css, (u) => `R[${u}]`)).toBe(
      `@import "R[/a.css]"; /* url(/no.png) */ .x{content:"url(/no)";background:url( R[/b.svg] ) , URL('R[/c.svg]'), myurl(/d)} @font-face{src:url(R[/f.woff2])format("woff2")}`,
    );
  });
});

describe('URL ↔ file', () => {
  const files = new Set(['index.html', 'en/index.html', 'en/glossary/index.html', 'data/measures.json', '404.html']);
  test('a folder URL is its index.html; a file is itself; a folder without its slash is reported', () => {
    expect(fileForPath('', files)).toEqual({ file: 'index.html', missingSlash: false });
    expect(fileForPath('en/glossary/', files)).toEqual({ file: 'en/glossary/index.html', missingSlash: false });
    expect(fileForPath('en/glossary', files)).toEqual({ file: 'en/glossary/index.html', missingSlash: true });
    expect(fileForPath('data/measures.json', files)).toEqual({ file: 'data/measures.json', missingSlash: false });
    expect(fileForPath('en/nowhere/', files)).toEqual({ file: undefined, missingSlash: false });
    expect(fileForPath('en/glossary/index.html', files)).toEqual({ file: 'en/glossary/index.html', missingSlash: false });
  });
  test('a file is served at its folder URL; query and fragment belong to the URL, not the file', () => {
    expect(urlPathOfFile('index.html')).toBe('/');
    expect(urlPathOfFile('en/glossary/index.html')).toBe('/en/glossary/');
    expect(urlPathOfFile('404.html')).toBe('/404.html');
    const site = new URL('https://example.jp/edition/');
    expect(fileUrl(site, 'en/a b/index.html').href).toBe('https://example.jp/edition/en/a%20b/');
    const url = new URL('/edition/en/glossary/?q=x#nisc', site);
    expect(fileForPath(decodeURIComponent(url.pathname.slice(site.pathname.length)), files).file).toBe('en/glossary/index.html');
  });
  test('relative URLs between files', () => {
    expect(relativeUrl('index.html', 'en/index.html')).toBe('en/index.html');
    expect(relativeUrl('en/glossary/index.html', 'index.html')).toBe('../../index.html');
    expect(relativeUrl('en/a b/index.html', 'en/a b/x.html')).toBe('x.html');
  });
});

describe('links', () => {
  test('which attributes hold URLs, and how', () => {
    expect(urlAttributeKind('a', 'href')).toBe('url');
    expect(urlAttributeKind('object', 'data')).toBe('url');
    expect(urlAttributeKind('div', 'data')).toBeUndefined();
    expect(urlAttributeKind('link', 'imagesrcset')).toBe('srcset');
    expect(attributeUrls('srcset', 'a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
  });
  test('meta refresh targets', () => {
    expect(metaRefreshTarget('0; url=/en/')).toEqual({ prefix: '0; url=', url: '/en/' });
    expect(metaRefreshTarget("5, '/x'")).toEqual({ prefix: '5, ', url: '/x' });
    expect(metaRefreshTarget('5')).toBeUndefined();
  });
});

describe('scanHtml', () => {
  test('start tags, attributes and end tags carry their exact source ranges', () => {
    const html = `<p class=x data-y='1'><a HREF="/a?x=1&amp;y" id=z>A</a><img src=i.png alt><script>if (a<b) x("</p>")</script><span data-offline>s</span></p>`;
    const seen: string[] = [];
    const closed: string[] = [];
    scanHtml(html, {
      startTag: (tag: StartTag) => {
        seen.push(`${tag.name}:${html.slice(tag.start, tag.end)}|${tag.attrs.map((a) => html.slice(a.start, a.end)).join('|')}`);
        return tagAttr(tag, 'data-offline') !== undefined ? 'skip' : undefined;
      },
      endTag: (tag) => void closed.push(tag.endTag ? html.slice(tag.endTag.start, tag.endTag.end) : `(${tag.name})`),
    });
    expect(seen).toEqual([
      "p:<p class=x data-y='1'>|class=x|data-y='1'",
      'a:<a HREF="/a?x=1&amp;y" id=z>|HREF="/a?x=1&amp;y"|id=z',
      'img:<img src=i.png alt>|src=i.png|alt',
      'script:<script>|',
      'span:<span data-offline>|data-offline',
    ]);
    expect(closed).toEqual(['</a>', '(img)', '</script>', '</span>', '</p>']);
  });
  test('values are decoded; a repeated attribute keeps its first value; skipped content still counts for anyStartTag', () => {
    const ids: string[] = [];
    let href: string | undefined;
    scanHtml('<a href="/a?x=1&amp;y" href="/b">x</a><div data-offline id=p><i id=q></i></div>', {
      anyStartTag: (tag) => void (tagAttr(tag, 'id') && ids.push(tagAttr(tag, 'id')!)),
      startTag: (tag) => {
        if (tag.name === 'a') href = tagAttr(tag, 'href');
        return tag.name === 'div' ? 'skip' : undefined;
      },
    });
    expect(href).toBe('/a?x=1&y');
    expect(ids).toEqual(['p', 'q']);
  });
});

describe('listFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-site-walk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test('every file, sorted by code unit, dot-files only when asked', () => {
    mkdirSync(join(dir, 'b/c'), { recursive: true });
    mkdirSync(join(dir, '.prerender'));
    for (const f of ['b/c/index.html', 'B.txt', 'a.css', '.prerender/x', '.hidden']) writeFileSync(join(dir, f), '');
    expect(listFiles(dir)).toEqual(['B.txt', 'a.css', 'b/c/index.html']);
    expect(listFiles(dir, { dotFiles: true })).toEqual(['.hidden', '.prerender/x', 'B.txt', 'a.css', 'b/c/index.html']);
  });
});
