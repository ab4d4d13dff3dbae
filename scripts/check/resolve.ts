import type { Site } from './site';
import { decodeUrlPart, fileForPath, urlPathOfFile } from '../built-site/url-file';
import type { SitePage } from './page';

/** A stand-in origin for resolving root-relative URLs; never fetched. */
const localOrigin = 'http://dist.invalid';

/** Where a URL found in a page leads. */
export type Resolution =
  /** Not a web address the checks follow: `mailto:`, `tel:`, `data:`. */
  | { kind: 'other'; scheme: string }
  /** Could not be parsed as a URL. */
  | { kind: 'invalid' }
  /** Another origin (or the production origin, for `external` checks that care). */
  | { kind: 'external'; url: URL }
  | InternalTarget;

/** A URL on the site itself, resolved against the files in dist. */
export interface InternalTarget {
  kind: 'internal';
  /** Decoded URL path (`/en/measures/`). */
  path: string;
  /** Decoded fragment without `#` (`''` when none). */
  fragment: string;
  /** The dist file that would be served, or undefined when none. */
  file: string | undefined;
  /** The page, when the target is an HTML page. */
  page: SitePage | undefined;
  /** True when the path lies in a later-step folder that was not built (not checked). */
  unbuilt: boolean;
  /** True when the path names a folder without its trailing slash (`/en/glossary`). */
  missingSlash: boolean;
  /** True when the URL was written absolute with the site's own production origin. */
  absolute: boolean;
}

/** Resolves `href`, written in the page served at `fromUrl`, against the built site. */
export function resolveUrl(site: Site, fromUrl: string, href: string): Resolution {
  const base = new URL(fromUrl, localOrigin);
  if (!URL.canParse(href, base)) return { kind: 'invalid' };
  const url = new URL(href, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other', scheme: url.protocol };
  const own = url.origin === site.origin;
  if (url.origin !== localOrigin && !own) return { kind: 'external', url };

  const path = decodeUrlPart(url.pathname);
  const fragment = decodeUrlPart(url.hash.slice(1));
  const relative = path.slice(1);
  const top = relative.split('/', 1)[0] ?? '';
  const target = fileForPath(relative, site.files);
  // A folder without its slash is a problem here (hosts answer it with a redirect), not a file.
  const file = target.missingSlash ? undefined : target.file;
  const missingSlash = target.missingSlash;
  const page = file === undefined ? undefined : site.pages.get(urlPathOfFile(file));
  return {
    kind: 'internal', path, fragment, file, page, missingSlash, absolute: own,
    unbuilt: site.unbuiltFolders.has(top),
  };
}

/** True when `fragment` names a place in `page`: an id, or the empty and `top` fragments every page has. */
export function hasAnchor(page: SitePage, fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || page.ids.has(fragment);
}

/** The site path that an absolute or relative URL in a page points to, or undefined when it leaves the site. */
export function sitePath(site: Site, fromUrl: string, href: string): string | undefined {
  const r = resolveUrl(site, fromUrl, href);
  return r.kind === 'internal' ? r.path : undefined;
}
