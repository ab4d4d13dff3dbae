import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** What went wrong while pages of a context loaded. */
export interface PageTrouble {
  /** `console.error` messages and uncaught exceptions (CSP violations land here too). */
  consoleErrors: string[];
  /** Requests that failed at the network level, or were answered with a 4xx/5xx status. */
  failedRequests: string[];
  /** Requests to anything but the test server on 127.0.0.1. */
  offSiteRequests: string[];
}

/**
 * Records console errors, failed requests and requests off 127.0.0.1 on every page of a context.
 * Off-site requests are aborted so a regression cannot reach the network; `clear()` starts afresh for the next page.
 * Requests into `unbuilt` path prefixes (folders of later build steps that did not run, e.g. `/pagefind/`), and
 * the console errors they cause, are not counted.
 */
export async function watchContext(context: BrowserContext, origin: string, unbuilt: readonly string[] = []): Promise<PageTrouble & { clear(): void }> {
  const intoUnbuilt = (url: string): boolean => unbuilt.some((prefix) => url.startsWith(origin + prefix) || url.includes(`${origin}${prefix}`));
  const trouble = {
    consoleErrors: [] as string[],
    failedRequests: [] as string[],
    offSiteRequests: [] as string[],
    clear() {
      this.consoleErrors.length = 0;
      this.failedRequests.length = 0;
      this.offSiteRequests.length = 0;
    },
  };
  await context.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    async (route) => {
      trouble.offSiteRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  const watchPage = (page: Page): void => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (intoUnbuilt(msg.location().url) || intoUnbuilt(msg.text()) || unbuilt.some((p) => msg.text().includes(` ${p}`))) return;
      trouble.consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => trouble.consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? 'failed';
      // ERR_ABORTED is a request cut short by the test moving on (navigating, reloading, closing), not a fault.
      if (error === 'net::ERR_ABORTED' || trouble.offSiteRequests.includes(request.url()) || intoUnbuilt(request.url())) return;
      trouble.failedRequests.push(`${request.url()}: ${error}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !intoUnbuilt(response.url())) trouble.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return trouble;
}

/**
 * A browser context whose actions give up after 10 s (instead of Playwright's 30 s), so that a broken
 * control fails its test quickly rather than stalling the suite.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  return context;
}
