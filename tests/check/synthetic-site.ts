import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The production origin of the synthetic sites. */
export const origin = 'https://site.example';

/** What a synthetic page may vary; everything else is a page that passes every check. */
export interface PageOptions {
  lang?: string;
  /** Extra elements at the end of `<head>`. */
  head?: string;
  /** The `<body>` content; a lone `<h1>` by default. */
  body?: string;
  /** Omit the CSP meta. */
  noCsp?: boolean;
  /** The canonical URL; the page's own by default, `null` for none. */
  canonical?: string | null;
  /** hreflang → path; by default the same route in `en` and `ja`, x-default to `en`. `null` for none. */
  alternates?: Record<string, string> | null;
}

/** A correct page served at `url` (`/en/`, `/en/glossary/`). */
export function page(url: string, options: PageOptions = {}): string {
  const lang = options.lang ?? (url.startsWith('/ja/') ? 'ja' : 'en');
  const route = url.replace(/^\/(en|ja)\//, '/');
  const alternates = options.alternates === undefined
    ? { en: `/en${route}`, ja: `/ja${route}`, 'x-default': `/en${route}` }
    : options.alternates;
  const canonical = options.canonical === undefined ? `${origin}${url}` : options.canonical;
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    options.noCsp ? '' : `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`,
    `<title>t</title>`,
    canonical === null ? '' : `<link rel="canonical" href="${canonical}">`,
    ...Object.entries(alternates ?? {}).map(([h, p]) => `<link rel="alternate" hreflang="${h}" href="${origin}${p}">`),
    `<link rel="stylesheet" href="/assets/site.css"><script src="/js/theme.js"></script>`,
    options.head ?? '',
    `</head><body>\n`,
    options.body ?? '<h1 id="top-title">Title</h1>',
    `\n</body></html>`,
  ].join('');
}

/** A site folder in the temp dir: `files` maps a dist path to its content. */
export class SyntheticSite {
  readonly dir = mkdtempSync(join(tmpdir(), 'check-site-'));

  constructor(files: Record<string, string>) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), content);
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A small site that passes every check: two languages, a glossary with anchors, assets, a 404. */
export function validFiles(): Record<string, string> {
  const glossary = (lang: string): string =>
    page(`/${lang}/glossary/`, { body: '<h1>Glossary</h1><dl><dt id="nisc">NISC</dt><dd>…</dd></dl><a href="#nisc">x</a>' });
  return {
    'index.html': page('/', { alternates: { en: '/en/', ja: '/ja/', 'x-default': '/' }, body: '<h1>Choose</h1><a href="/en/">English</a> <a href="/ja/">日本語</a>' }),
    'en/index.html': page('/en/', {
      alternates: { en: '/en/', ja: '/ja/', 'x-default': '/' },
      body: '<h1>Home</h1><a href="/en/glossary/#nisc">NISC</a> <a href="glossary/">relative</a> <img src="/assets/logo.svg" srcset="/assets/logo.svg 1x, data:image/png;base64,AAAA 2x" alt=""> <a href="https://www.nisc.go.jp/">NISC site</a> <a href="mailto:a@b.example">mail</a> <a href="/pagefind/pagefind.js">not built</a>',
    }),
    'ja/index.html': page('/ja/', { alternates: { en: '/en/', ja: '/ja/', 'x-default': '/' }, body: '<h1>ホーム</h1><a href="/ja/glossary/#nisc">NISC</a>' }),
    'en/glossary/index.html': glossary('en'),
    'ja/glossary/index.html': glossary('ja'),
    'ja/search/index.html': page('/ja/search/', { head: '<script type="module" src="/pagefind/ui.js"></script>' }),
    'en/search/index.html': page('/en/search/', { head: '<script type="application/ld+json">{"@type":"WebSite"}</script>' }),
    '404.html': page('/404.html', { alternates: null, body: '<h1>Not found</h1><a href="/en/">Home</a>' }),
    'assets/site.css': 'body { background: url("/assets/logo.svg"); } /* url(https://fonts.example/x.woff2) in a comment */',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'js/theme.js': '',
    'data/measures.json': '[]',
  };
}
