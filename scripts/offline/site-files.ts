/** Top-level folders of `dist/` that stay online only: Pagefind needs a server, and the zip cannot hold itself. */
export const onlineOnlyFolders = ['pagefind', 'downloads'] as const;

/** True when a site path (`en/x/index.html`, no leading slash) lies in a folder the offline edition leaves out. */
export function isOnlineOnly(sitePath: string): boolean {
  const top = sitePath.split('/', 1)[0];
  return (onlineOnlyFolders as readonly string[]).includes(top ?? '');
}

// Modules owned by other work (the search index, the content reader, a bench prototype) import these from here.
export { byCodeUnit, listFiles } from '../built-site/walk';
