/**
 * Typography of mixed-language pages in Debian Chromium (built site, `npm run build`): English text inside a
 * Japanese page (`lang="en"`) is set in the Latin font stack, Japanese text in the Japanese one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../support/paths';
import { useServedSite } from '../support/session';

const site = useServedSite(requireDist);
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

const fontOf = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);

describe('font stacks follow the language of the text', () => {
  it('sets the English fallback text of a Japanese page in the Latin stack, its Japanese chrome in the Japanese stack', async () => {
    await page.goto(`${site.server.origin}/ja/measures/strategy-2021/direction-2/measures-1/2/`);
    expect(await fontOf('main .prose[lang="en"]')).toMatch(/^system-ui/);
    expect(await fontOf('main h1[lang="en"]')).toMatch(/^system-ui/);
    expect(await fontOf('.fallback-notice')).toMatch(/^"?Hiragino Sans/);
  });

  it('sets a Japanese name inside an English page in the Japanese stack', async () => {
    await page.goto(`${site.server.origin}/en/glossary/`);
    expect(await fontOf('main dd[lang="ja"]')).toMatch(/^"?Hiragino Sans/);
    expect(await fontOf('main h1')).toMatch(/^system-ui/);
  });
});
