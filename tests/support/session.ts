import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveDist, type StaticServer } from './serve';

/** A built site served on loopback and a browser, shared by the tests of one file. */
export interface ServedSite {
  /** The static server over the built folder. */
  readonly server: StaticServer;
  /** Debian's Chromium. */
  readonly browser: Browser;
}

/**
 * Serves `dir` and launches Chromium before the file's tests and closes both after them. The fields are
 * set in `beforeAll`, so read them inside hooks and tests, not at module level. A function for `dir` is
 * called in `beforeAll`, so a missing build fails the hook with its message rather than the import.
 */
export function useServedSite(dir: string | (() => string)): ServedSite {
  const session = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    session.server = await serveDist(typeof dir === 'function' ? dir() : dir);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
