import type { AstroUserConfig } from 'astro';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, siteUrlIsPlaceholder } from './src/siteUrl';
import { defaultLocale, locales } from './src/schemas/common';

// A plain object, not `defineConfig` from 'astro/config': that entry point loads SVGO and its CSS
// minifier (about 0.7 s of module loading) for an SVG optimizer this site does not use, in every
// process that reads this config (Astro's build, the offline bundle, the benchmark).
export default {
  site: siteUrl,
  // The bundled pages and endpoints read src/siteUrl.ts too; Astro's prerender step does not see this
  // process's SITE_URL, so the value chosen here is compiled in: one URL for config, pages and data files.
  vite: { define: { 'process.env.SITE_URL': JSON.stringify(siteUrlIsPlaceholder ? '' : siteUrl) } },
  trailingSlash: 'always',
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
  // The CSP allows only same-origin stylesheets (`style-src 'self'`), so no CSS is ever inlined.
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Pages ship no JavaScript of Astro's own; the few interactive parts are classic scripts in public/js/.
  prefetch: false,
  // An edition of exact official texts: the seeds' straight quotes and apostrophes stay as they are
  // (no typographer turning "…" and ' into curly marks).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    sitemap({
      // Each URL lists its other-language version as an hreflang alternate.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'),
      // The language chooser at `/` is no English page: keep it out of the /en/ pages' alternates,
      // and give it the two homes plus itself as x-default.
      serialize(item) {
        const root = new URL('/', item.url).href;
        if (item.url === root) {
          return { ...item, links: [{ lang: 'x-default', url: root }, { lang: 'en', url: `${root}en/` }, { lang: 'ja', url: `${root}ja/` }] };
        }
        return item.links ? { ...item, links: item.links.filter((link) => link.url !== root) } : item;
      },
    }),
  ],
} satisfies AstroUserConfig;
