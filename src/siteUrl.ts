/**
 * The public URL of the edition, used for canonical links, Open Graph, the sitemap and citations.
 * Set SITE_URL when building for a real host; the default is a placeholder domain.
 * Read by astro.config.ts and by the offline bundle, so both agree.
 */
export const siteUrl: string = process.env.SITE_URL ?? 'https://cyber-policy.example.jp';
