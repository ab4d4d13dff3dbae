import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite, formatProblem } from '../../scripts/check/check-site';
import { origin, page, SyntheticSite, validFiles } from './synthetic-site';

const sites: SyntheticSite[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) site.remove();
});

/** Builds the valid site with some files replaced, and returns its problem lines (without line numbers). */
function problemsWith(changes: Record<string, string | null> = {}): string[] {
  const files: Record<string, string> = validFiles();
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  const site = new SyntheticSite(files);
  sites.push(site);
  return checkSite(site.dir).problems.map((p) => formatProblem({ ...p, line: 0 }));
}

describe('check-site on a correct site', () => {
  it('finds nothing', () => {
    expect(problemsWith()).toEqual([]);
  });

  it('reads the production origin from the canonical links', () => {
    const site = new SyntheticSite(validFiles());
    sites.push(site);
    const result = checkSite(site.dir);
    expect(result.site.origin).toBe(origin);
    expect(result.site.pages.size).toBe(8);
    expect([...result.site.unbuiltFolders].sort()).toEqual(['downloads', 'pagefind']);
  });

  it('reports an empty dist', () => {
    const site = new SyntheticSite({ 'robots.txt': '' });
    sites.push(site);
    expect(checkSite(site.dir).problems.map(formatProblem)).toEqual(['.: [site] no HTML page in ' + site.dir + ': build the site first']);
  });
});

describe('links and anchors', () => {
  it('reports a link to a missing page, a folder without its slash and a missing asset', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', {
        body: '<h1>G</h1><dl><dt id="nisc">N</dt></dl><a href="/en/topics/">t</a><a href="/en/glossary">g</a><img src="../../assets/gone.png" alt="">',
      }),
    })).toEqual([
      'en/glossary/index.html: [links] <a href="/en/topics/"> is broken: no file in dist for /en/topics/',
      'en/glossary/index.html: [links] <a href="/en/glossary"> names a folder without its trailing slash: link /en/glossary/',
      'en/glossary/index.html: [links] <img src="../../assets/gone.png"> is broken: no file in dist for /assets/gone.png',
    ]);
  });

  it('reports an anchor missing in the target page and in the page itself', () => {
    expect(problemsWith({
      'ja/index.html': page('/ja/', { alternates: { en: '/en/', ja: '/ja/', 'x-default': '/' }, body: '<h1>H</h1><a href="/ja/glossary/#ismap">I</a><a href="#nowhere">n</a><a href="#top">top</a>' }),
    })).toEqual([
      'ja/index.html: [anchors] <a href="/ja/glossary/#ismap">: no element with id "ismap" in ja/glossary/index.html',
      'ja/index.html: [anchors] <a href="#nowhere">: no element with id "nowhere" in this page',
    ]);
  });

  it('follows the site\'s own absolute URLs and checks their anchors', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { body: `<h1 id="nisc">G</h1><a href="${origin}/en/glossary/#gone">self</a><a href="${origin}/en/nothing/">x</a>` }),
    })).toEqual([
      'en/glossary/index.html: [links] <a href="https://site.example/en/nothing/"> is broken: no file in dist for /en/nothing/',
      'en/glossary/index.html: [anchors] <a href="https://site.example/en/glossary/#gone">: no element with id "gone" in this page',
    ]);
  });

  it('checks links into /pagefind/ and /downloads/ once those steps have run', () => {
    expect(problemsWith({
      'pagefind/pagefind-ui.js': '',
      'en/download/index.html': page('/en/download/', { body: '<h1>D</h1><a href="/downloads/edition.zip">zip</a>' }),
      'ja/download/index.html': page('/ja/download/', { body: '<h1>D</h1>' }),
    })).toEqual([
      'en/index.html: [links] <a href="/pagefind/pagefind.js"> is broken: no file in dist for /pagefind/pagefind.js',
      'ja/search/index.html: [links] <script src="/pagefind/ui.js"> is broken: no file in dist for /pagefind/ui.js',
    ]);
    expect(problemsWith({ 'downloads/other.zip': '', 'en/download/index.html': page('/en/download/', { body: '<h1>D</h1><a href="/downloads/edition.zip">zip</a>' }), 'ja/download/index.html': page('/ja/download/') }))
      .toContain('en/download/index.html: [links] <a href="/downloads/edition.zip"> is broken: no file in dist for /downloads/edition.zip');
  });

  it('reports javascript: URLs, and the srcset and CSS url() of missing files', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { body: '<h1 id="nisc">G</h1><a href="javascript:void(0)">x</a><img src="/assets/logo.svg" srcset="/assets/logo.svg 1x, /assets/logo@2x.svg 2x" alt="">' }),
      'assets/site.css': '@import "/assets/base.css";\nbody { background: url(/assets/bg.png) }',
    })).toEqual([
      'en/glossary/index.html: [links] <a href="javascript:void(0)"> is a javascript: URL (blocked by the CSP; use a button)',
      'en/glossary/index.html: [links] <img srcset="/assets/logo@2x.svg"> is broken: no file in dist for /assets/logo@2x.svg',
      'assets/site.css: [css] url(/assets/base.css) is broken: no file in dist for /assets/base.css',
      'assets/site.css: [css] url(/assets/bg.png) is broken: no file in dist for /assets/bg.png',
    ]);
  });
});

describe('URL attributes shared with the offline edition (scripts/built-site/links.ts)', () => {
  it('checks every attribute the offline copy rewrites: formaction, poster, a srcset with a parenthesised descriptor', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', {
        body: '<h1 id="nisc">G</h1><form><button formaction="/en/nope/">x</button></form><video poster="/assets/poster.png"></video><img alt="" srcset="/assets/a.png (x, y) 1x, /assets/b.png 2x">',
      }),
    })).toEqual([
      'en/glossary/index.html: [links] <button formaction="/en/nope/"> is broken: no file in dist for /en/nope/',
      'en/glossary/index.html: [links] <video poster="/assets/poster.png"> is broken: no file in dist for /assets/poster.png',
      'en/glossary/index.html: [links] <img srcset="/assets/a.png"> is broken: no file in dist for /assets/a.png',
      'en/glossary/index.html: [links] <img srcset="/assets/b.png"> is broken: no file in dist for /assets/b.png',
    ]);
  });
});

describe('requests off the site', () => {
  it('reports external scripts, stylesheets, images, preconnects and CSS fonts, but not links to other sites', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', {
        head: '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/css"><link rel="preconnect" href="https://fonts.example">',
        body: `<h1 id="nisc">G</h1><img src="${origin}/assets/logo.svg" alt=""><a href="https://www.nisc.go.jp/pdf/x.pdf">source</a>`,
      }),
      'assets/site.css': '@font-face { src: url("https://fonts.example/a.woff2") }',
    })).toEqual([
      'en/glossary/index.html: [external] <script src="https://cdn.example/x.js"> loads from another origin (https://cdn.example); serve it from the site',
      'en/glossary/index.html: [external] <link rel="stylesheet" href="//fonts.example/css"> loads from another origin (http://fonts.example); serve it from the site',
      'en/glossary/index.html: [external] <link rel="preconnect" href="https://fonts.example"> loads from another origin (https://fonts.example); serve it from the site',
      'en/glossary/index.html: [external] <img src="https://site.example/assets/logo.svg"> loads from the production origin; use a root-relative URL',
      'assets/site.css: [css] url(https://fonts.example/a.woff2) loads from another origin (https://fonts.example)',
    ]);
  });

  it('allows absolute URLs only on the site\'s own origin in metadata', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { head: '<meta property="og:image" content="https://images.example/card.png">', body: '<h1 id="nisc">G</h1>' }),
    })).toEqual([
      'en/glossary/index.html: [external] <meta content="https://images.example/card.png"> points off the site (https://images.example); only the site\'s own origin https://site.example may appear',
    ]);
  });
});

describe('page structure and language', () => {
  it('reports pages without an <h1> or with two', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { body: '<h2 id="nisc">G</h2>' }),
      'ja/glossary/index.html': page('/ja/glossary/', { body: '<h1>G</h1><h1 id="nisc">again</h1>' }),
    })).toEqual([
      'en/glossary/index.html: [h1] no <h1>; expected exactly one',
      'ja/glossary/index.html: [h1] 2 <h1> elements (lines 2, 2); expected exactly one',
    ]);
  });

  it('reports a missing or foreign <html lang> and one that contradicts the folder', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { lang: 'ja' }).replace('<h1', '<h1 id="nisc"'),
      'ja/glossary/index.html': page('/ja/glossary/', { lang: 'fr' }).replace('<h1', '<h1 id="nisc"'),
      '404.html': page('/404.html', { alternates: null }).replace(' lang="en"', ''),
    })).toEqual([
      '404.html: [lang] <html> has no lang; expected "en" or "ja"',
      'en/glossary/index.html: [lang] <html lang="ja"> on a page under /en/; expected "en"',
      'ja/glossary/index.html: [lang] <html lang="fr">; expected "en" or "ja"',
      'en/glossary/index.html: [hreflang] hreflang="ja" names /ja/glossary/, whose <html lang> is "fr"',
      'ja/glossary/index.html: [hreflang] hreflang="en" names /en/glossary/, whose <html lang> is "ja"',
    ]);
  });

  it('reports duplicate ids', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { body: '<h1 id="nisc">G</h1><p id="nisc">again</p>' }),
    })).toEqual(['en/glossary/index.html: [ids] id "nisc" is used 2 times (lines 2, 2)']);
  });
});

describe('hreflang clusters', () => {
  it('reports a page that is not named back, a missing x-default and a target that does not exist', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { alternates: { en: '/en/glossary/', ja: '/ja/topics/' }, body: '<h1 id="nisc">G</h1>' }),
    })).toEqual([
      'en/glossary/index.html: [links] <link href="https://site.example/ja/topics/"> is broken: no file in dist for /ja/topics/',
      'en/glossary/index.html: [hreflang] hreflang="ja" href="https://site.example/ja/topics/" names no page in dist',
      'en/glossary/index.html: [hreflang] no hreflang alternate for x-default',
      'ja/glossary/index.html: [hreflang] hreflang="en" names /en/glossary/, which does not name this page (/ja/glossary/) back as hreflang="ja"',
      'ja/glossary/index.html: [hreflang] hreflang="x-default" names /en/glossary/, which does not name this page (/ja/glossary/) back as hreflang="ja"',
    ]);
  });

  it('reports a one-way alternate and a disagreeing x-default', () => {
    expect(problemsWith({
      'ja/glossary/index.html': page('/ja/glossary/', { alternates: { en: '/en/glossary/', ja: '/ja/glossary/', 'x-default': '/ja/glossary/' }, body: '<h1 id="nisc">G</h1>' }),
      'ja/search/index.html': page('/ja/search/', { alternates: { en: '/en/', ja: '/ja/search/', 'x-default': '/en/search/' } }),
    })).toEqual([
      'en/glossary/index.html: [hreflang] x-default differs from /ja/glossary/\'s: /en/glossary/ here, /ja/glossary/ there',
      'en/search/index.html: [hreflang] hreflang="ja" names /ja/search/, which does not name this page (/en/search/) back as hreflang="en"',
      'ja/search/index.html: [hreflang] hreflang="en" names /en/, which does not name this page (/ja/search/) back as hreflang="ja"',
    ]);
  });

  it('reports alternates on a page outside the language folders that are not reciprocal (a 404 naming the homes)', () => {
    expect(problemsWith({
      '404.html': page('/404.html', { alternates: { en: '/en/', ja: '/ja/' } }),
    })).toEqual([
      '404.html: [hreflang] hreflang="en" names /en/, which does not name this page (/404.html) back',
      '404.html: [hreflang] hreflang="ja" names /ja/, which does not name this page (/404.html) back',
    ]);
  });

  it('reports an unknown hreflang and a self-reference that names another page', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { alternates: { en: '/en/', ja: '/ja/glossary/', 'x-default': '/en/glossary/', fr: '/en/glossary/' }, body: '<h1 id="nisc">G</h1>' }),
    })).toEqual(expect.arrayContaining([
      'en/glossary/index.html: [hreflang] hreflang="fr"; expected one of en, ja, x-default',
      'en/glossary/index.html: [hreflang] hreflang="en" names /en/, not this page',
    ]));
  });
});

describe('canonical', () => {
  it('reports a missing canonical, a relative one, one naming another page and one on another origin', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { canonical: null, body: '<h1 id="nisc">G</h1>' }),
      'ja/glossary/index.html': page('/ja/glossary/', { canonical: '/ja/glossary/', body: '<h1 id="nisc">G</h1>' }),
      '404.html': page('/404.html', { alternates: null, canonical: `${origin}/404/` }),
      'ja/search/index.html': page('/ja/search/', { canonical: 'https://elsewhere.example/ja/search/' }),
    })).toEqual([
      '404.html: [links] <link href="https://site.example/404/"> is broken: no file in dist for /404/',
      'ja/search/index.html: [external] <link rel="canonical" href="https://elsewhere.example/ja/search/"> points off the site (https://elsewhere.example); only the site\'s own origin https://site.example may appear',
      '404.html: [canonical] canonical "https://site.example/404/" names /404/, not this page (/404.html)',
      'en/glossary/index.html: [canonical] <link rel="canonical"> is missing',
      'ja/glossary/index.html: [canonical] canonical "/ja/glossary/" is not an absolute URL',
      'ja/search/index.html: [canonical] canonical "https://elsewhere.example/ja/search/" is not on the site\'s origin https://site.example',
    ]);
  });
});

describe('CSP rules', () => {
  it('reports inline scripts, module scripts outside the search page, inline styles and <style> elements', () => {
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', {
        head: '<script>document.documentElement.dataset.theme = "dark"</script><script type="module" src="/js/theme.js"></script><style>h1{color:red}</style>',
        body: '<h1 id="nisc" style="color: red">G</h1><svg><rect style="fill: red"/></svg>',
      }),
    })).toEqual([
      'en/glossary/index.html: [scripts] inline <script> without src ("document.documentElement.dataset.theme =…"): the CSP blocks it; move it to a file',
      'en/glossary/index.html: [scripts] <script type="module" src="/js/theme.js"> outside the search page',
      'en/glossary/index.html: [style] <h1 style="…">: inline style attribute (blocked by the CSP); use a class',
      'en/glossary/index.html: [style] <rect style="…">: inline style attribute (blocked by the CSP); use a class',
      'en/glossary/index.html: [style] <style> element (blocked by the CSP); use a stylesheet file',
    ]);
  });

  it('reports a page without a CSP, a CSP placed after the scripts, and an unsafe one', () => {
    const late = page('/ja/glossary/', { noCsp: true, head: `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`, body: '<h1 id="nisc">G</h1>' });
    const unsafe = page('/en/search/').replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    expect(problemsWith({
      'en/glossary/index.html': page('/en/glossary/', { noCsp: true, body: '<h1 id="nisc">G</h1>' }),
      'ja/glossary/index.html': late,
      'en/search/index.html': unsafe,
    })).toEqual([
      'en/glossary/index.html: [csp] no <meta http-equiv="Content-Security-Policy">',
      'en/search/index.html: [csp] the CSP\'s script-src allows \'unsafe-inline\'',
      'ja/glossary/index.html: [csp] the CSP meta comes after a script or stylesheet, which it then does not govern; put it first in <head>',
    ]);
  });
});

describe('the command line', () => {
  it('prints one line per problem and exits 1, or exits 0 on a correct site', () => {
    const bad = new SyntheticSite({ ...validFiles(), 'en/glossary/index.html': page('/en/glossary/', { body: '<h1>G</h1><a href="/en/nope/">x</a>' }) });
    const good = new SyntheticSite(validFiles());
    sites.push(bad, good);
    const run = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check/check-site.ts', dir], { encoding: 'utf8' });
    const failed = run(bad.dir);
    expect(failed.status).toBe(1);
    expect(failed.stdout.trim().split('\n')).toEqual([
      'en/glossary/index.html:2: [links] <a href="/en/nope/"> is broken: no file in dist for /en/nope/',
      'en/index.html:2: [anchors] <a href="/en/glossary/#nisc">: no element with id "nisc" in en/glossary/index.html',
    ]);
    expect(failed.stderr).toContain('check-site: 8 pages');
    expect(run(good.dir).status).toBe(0);
  });
});
