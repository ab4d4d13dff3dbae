import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://cyber-policy.example.jp',
  trailingSlash: 'always',
  i18n: { locales: ['en', 'ja'], defaultLocale: 'en', routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
});
