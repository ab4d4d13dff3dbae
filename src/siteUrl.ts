/**
 * The public URL of the edition, used for canonical links, Open Graph, the sitemap, citations and the
 * data files. The one place that reads it: astro.config.ts, the data endpoints and the offline bundle
 * import it from here, so they always agree.
 *
 * Only `SITE_URL` is read. Astro would also expose an environment variable named `SITE` (common in
 * shells and CI) as `import.meta.env.SITE`, so nothing reads that. An empty `SITE_URL=` counts as unset.
 */

/** The placeholder used when `SITE_URL` is not set: fine for trying the site, wrong for publishing it. */
export const placeholderSiteUrl = 'https://cyber-policy.example.jp';

/** The site URL chosen from an environment, and whether it is the placeholder. */
export interface SiteUrlChoice {
  /** The absolute http(s) URL, as written in `SITE_URL` (or the placeholder). */
  url: string;
  /** True when `SITE_URL` was unset or empty. */
  placeholder: boolean;
}

/** Picks the site URL from `env.SITE_URL`; throws an Error naming `SITE_URL` and its value when it is no absolute http(s) URL. */
export function chooseSiteUrl(env: Readonly<Record<string, string | undefined>>): SiteUrlChoice {
  const value = env.SITE_URL?.trim();
  if (!value) return { url: placeholderSiteUrl, placeholder: true };
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) {
    throw new Error(
      `SITE_URL=${JSON.stringify(env.SITE_URL)} is not a valid site URL: set SITE_URL to the absolute http(s) address ` +
        'the edition is published at (for example SITE_URL=https://policy.example.go.jp/), or unset it to build with the placeholder',
    );
  }
  return { url: value, placeholder: false };
}

const chosen = chooseSiteUrl(process.env);

/** The site URL of this build. */
export const siteUrl: string = chosen.url;

/** True when this build uses the placeholder (SITE_URL unset): the build prints a warning. */
export const siteUrlIsPlaceholder: boolean = chosen.placeholder;

/** The warning a build with the placeholder URL prints. */
export const placeholderWarning =
  `warning: SITE_URL is not set, so canonical links, the sitemap and the data files point at the placeholder ${placeholderSiteUrl}; ` +
  'to publish, build with SITE_URL=https://<your host>/ npm run build';
