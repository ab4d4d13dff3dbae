/**
 * What a reader does with the chrome of the site: copy a measure's link from the reading edition, switch
 * the theme (and keep it on the next page), skip to the main content, move through the header with the
 * keyboard, switch language without losing the page; and what the Japanese edition shows (Japanese chrome,
 * English fallback text marked `lang="en"` under a Japanese notice).
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { pageBackground } from './axe';
import { anchorOf, langs, measuresData, siteDir, siteKeys, t } from './site';
import { newContext, type PageTrouble, watchContext } from './watch';

const dir = siteDir();
const keys = siteKeys(dir);
const measurePath = (lang: string): string => `/${lang}/measures/${keys.measure}/`;
const documentKey = keys.measure.split('/')[0]!;
const site = useServedSite(dir);
let context: BrowserContext;
let trouble: PageTrouble & { clear(): void };

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  trouble = await watchContext(context, site.server.origin);
});

/** A fresh page of the shared context, closed by the caller. */
async function open(path: string, target: BrowserContext = context): Promise<Page> {
  const page = await target.newPage();
  await page.goto(site.server.origin + path);
  return page;
}

/** Whether the element shows a focus indicator: a non-zero outline or a box shadow. */
async function focusIndicator(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    return outline || shadow;
  });
}

describe('copy link', () => {
  it('copies the absolute URL of a measure, with its anchor, from the reading edition', async () => {
    const clipboardContext = await newContext(site.browser, { viewport: { width: 1280, height: 900 } });
    await clipboardContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    try {
      const measurePage = await open(measurePath('en'), clipboardContext);
      const title = (await measurePage.getByRole('heading', { level: 1 }).innerText()).trim();
      await measurePage.close();

      const page = await open(`/en/documents/${documentKey}/`, clipboardContext);
      const heading = page.getByRole('heading', { name: title, exact: true });
      expect(await heading.getAttribute('id')).toBe(anchorOf(keys.measure));
      // The copy control of that heading: the one button named for the heading (its paragraphs' name it too,
      // as "paragraph n of …").
      const button = page.getByRole('button', { name: t('en', 'copy.heading', { title }), exact: true });
      expect(await button.count(), `copy buttons naming “${title}”`).toBe(1);
      const control = (await button.elementHandle())!;
      await control.click();
      await expect.poll(() => control.innerText(), { message: 'the control confirms the copy' }).toBe(t('en', 'copy.done'));

      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^https?:\/\//);
      expect(copied).toBe(new URL(`#${anchorOf(keys.measure)}`, canonical!).href);
    } finally {
      await clipboardContext.close();
    }
  });
});

describe('theme toggle', () => {
  it('switches to dark, and the next page opens dark', async () => {
    const themed = await newContext(site.browser, { colorScheme: 'light' });
    try {
      const page = await open('/en/', themed);
      const toggle = page.getByRole('banner').getByRole('button', { name: t('en', 'theme.toggle') });
      const background = () => pageBackground(page);
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const light = await background();
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await background()).not.toBe(light);

      await page.getByRole('navigation', { name: t('en', 'a11y.mainNav') }).getByRole('link', { name: t('en', 'nav.glossary') }).click();
      await page.waitForURL('**/en/glossary/');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await page.getByRole('banner').getByRole('button', { name: t('en', 'theme.toggle') }).getAttribute('aria-pressed')).toBe('true');
      expect(await background()).not.toBe(light);

      await page.getByRole('banner').getByRole('button', { name: t('en', 'theme.toggle') }).click();
      await page.goto(`${site.server.origin}/ja/`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      expect(await page.getByRole('banner').getByRole('button', { name: t('ja', 'theme.toggle') }).getAttribute('aria-pressed')).toBe('false');
      expect(await background()).toBe(light);
    } finally {
      await themed.close();
    }
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop, shows itself, and moves focus to main', async () => {
    const page = await open(measurePath('en'));
    try {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: t('en', 'a11y.skip') });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.width > 1 && box.height > 1 && box.y >= 0, 'skip link visible when focused').toBe(true);
      expect(await focusIndicator(skip)).not.toBe('');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(new URL(page.url()).hash).toBe('#main');
    } finally {
      await page.close();
    }
  });

  for (const lang of langs) {
    it(`Tab reaches every header control with a visible focus indicator (${lang})`, async () => {
      const page = await open(`/${lang}/`);
      try {
        const banner = page.getByRole('banner');
        const controls: [string, Locator][] = [
          ['site name', banner.getByRole('link', { name: t(lang, 'site.title') })],
          ['search box', banner.getByRole('searchbox', { name: t(lang, 'search.label') })],
          ['search button', banner.getByRole('search').getByRole('button', { name: t(lang, 'search.submit') })],
          ['language link', banner.getByRole('navigation', { name: t(lang, 'lang.switch') }).getByRole('link')],
          ['theme toggle', banner.getByRole('button', { name: t(lang, 'theme.toggle') })],
          ...(['nav.home', 'nav.measures', 'nav.topics', 'nav.glossary', 'nav.map', 'nav.search', 'nav.download'] as const).map(
            (key): [string, Locator] => [key, banner.getByRole('navigation', { name: t(lang, 'a11y.mainNav') }).getByRole('link', { name: t(lang, key), exact: true })],
          ),
        ];
        const reached = new Map<string, string>();
        for (let stop = 0; stop < 30 && reached.size < controls.length; stop += 1) {
          await page.keyboard.press('Tab');
          for (const [name, locator] of controls) {
            if (!reached.has(name) && (await locator.evaluate((el) => el === document.activeElement))) reached.set(name, await focusIndicator(locator));
          }
        }
        expect([...reached.keys()].sort(), 'header controls reached by Tab').toEqual(controls.map(([name]) => name).sort());
        const unmarked = [...reached].filter(([, indicator]) => indicator === '').map(([name]) => name);
        expect(unmarked, 'controls without a visible focus indicator').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('language switcher', () => {
  const pairs: [string, string][] = [
    [measurePath('en'), measurePath('ja')],
    [`/en/documents/${documentKey}/`, `/ja/documents/${documentKey}/`],
    ['/en/glossary/', '/ja/glossary/'],
    ['/en/topics/', '/ja/topics/'],
  ];
  for (const [enPath, jaPath] of pairs) {
    it(`${enPath} ↔ ${jaPath}`, async () => {
      const page = await open(enPath);
      try {
        await page.getByRole('navigation', { name: t('en', 'lang.switch') }).getByRole('link', { name: t('ja', 'lang.name') }).click();
        await page.waitForURL(`**${jaPath}`);
        expect(new URL(page.url()).pathname).toBe(jaPath);
        expect(await page.locator('html').getAttribute('lang')).toBe('ja');
        await page.getByRole('navigation', { name: t('ja', 'lang.switch') }).getByRole('link', { name: t('en', 'lang.name') }).click();
        await page.waitForURL(`**${enPath}`);
        expect(new URL(page.url()).pathname).toBe(enPath);
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      } finally {
        await page.close();
      }
    });
  }
});

describe('the Japanese edition', () => {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it('shows its chrome (header, navigation, footer) in Japanese', async () => {
    const page = await open(measurePath('ja'));
    try {
      expect(await page.getByRole('banner').innerText()).toMatch(japanese);
      const nav = page.getByRole('navigation', { name: t('ja', 'a11y.mainNav') });
      for (const key of ['nav.home', 'nav.measures', 'nav.topics', 'nav.glossary', 'nav.map', 'nav.search', 'nav.download']) {
        expect(await nav.getByRole('link', { name: t('ja', key), exact: true }).count(), key).toBe(1);
        expect(t('ja', key)).toMatch(japanese);
      }
      expect(await page.getByRole('contentinfo').innerText()).toMatch(japanese);
      expect(await page.getByRole('link', { name: t('ja', 'a11y.skip') }).count()).toBe(1);
      expect(await page.getByRole('search').getByRole('searchbox').getAttribute('placeholder')).toMatch(japanese);
    } finally {
      await page.close();
    }
  });

  it('marks English fallback text lang="en" under a Japanese notice linking the English page', async () => {
    const page = await open(measurePath('ja'));
    try {
      const notice = page.getByRole('main').getByRole('note');
      expect(await notice.innerText()).toContain(t('ja', 'fallback.notice'));
      expect(await notice.evaluate((el) => (el.closest('[lang]') as HTMLElement).lang)).toBe('ja');
      expect(await notice.getByRole('link', { name: t('ja', 'fallback.link') }).getAttribute('href')).toBe(measurePath('en'));

      const englishTitle = await (async () => {
        const en = await open(measurePath('en'));
        try {
          return (await en.getByRole('heading', { level: 1 }).innerText()).trim();
        } finally {
          await en.close();
        }
      })();
      const heading = page.getByRole('heading', { level: 1 });
      expect((await heading.innerText()).trim()).toBe(englishTitle);
      expect(await heading.evaluate((el) => (el.closest('[lang]') as HTMLElement).lang)).toBe('en');

      // The body: a phrase of the measure's own text (from /data/measures.json) is found under lang="en".
      const record = measuresData(dir).find((m) => m.key === keys.measure);
      const phrase = /[A-Za-z][A-Za-z ,]{24,}[A-Za-z]/.exec(record?.text ?? '')?.[0];
      expect(phrase, `a phrase of the text of ${keys.measure}`).toBeDefined();
      const body = page.getByRole('article').getByText(phrase!, { exact: false }).first();
      expect(await body.evaluate((el) => (el.closest('[lang]') as HTMLElement).lang)).toBe('en');
    } finally {
      await page.close();
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`tags the Japanese UI text inside English fallback text lang="ja" (language of parts, WCAG 3.1.2), JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const target = javaScriptEnabled ? context : await newContext(site.browser, { javaScriptEnabled });
      const page = await open(measurePath('ja'), target);
      try {
        // Language of parts: every run of English text in the article sits under lang="en", every run of Japanese
        // text (including accessible names given by aria-label, and controls added by scripts) under lang="ja".
        const misplaced = await page.getByRole('article').evaluate((article) => {
          const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
          const english = /[A-Za-z]{3,}[\s,.]+[A-Za-z]{3,}/;
          const langOf = (el: Element | null): string => (el?.closest('[lang]') as HTMLElement | null)?.lang ?? '';
          const found: string[] = [];
          const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
          let englishRuns = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = (node.textContent ?? '').trim();
            const lang = langOf(node.parentElement);
            if (japanese.test(text) && lang !== 'ja') found.push(`Japanese text "${text.slice(0, 30)}" under lang="${lang}" (<${node.parentElement?.tagName.toLowerCase()}>)`);
            else if (!japanese.test(text) && english.test(text)) {
              englishRuns += 1;
              if (lang !== 'en') found.push(`English text "${text.slice(0, 30)}" under lang="${lang}"`);
            }
          }
          for (const el of article.querySelectorAll('[aria-label]')) {
            const label = el.getAttribute('aria-label') ?? '';
            if (japanese.test(label) && langOf(el) !== 'ja') found.push(`Japanese aria-label "${label.slice(0, 30)}" under lang="${langOf(el)}" (<${el.tagName.toLowerCase()}>)`);
          }
          if (englishRuns === 0) found.push('no English body text found in the article');
          const counts = new Map<string, number>();
          for (const line of found) counts.set(line, (counts.get(line) ?? 0) + 1);
          return [...counts].map(([line, n]) => (n > 1 ? `${line} ×${n}` : line));
        });
        expect(misplaced, 'text whose language differs from its lang attribute').toEqual([]);
      } finally {
        await page.close();
        if (target !== context) await target.close();
      }
    });
  }

  it('the language chooser and the 404 page offer both languages', async () => {
    for (const path of ['/', '/404.html']) {
      const page = await open(path);
      try {
        const main = page.getByRole('main');
        expect(await main.locator('a[href="/en/"]').count(), `${path} links /en/`).toBeGreaterThan(0);
        expect(await main.locator('a[href="/ja/"]').count(), `${path} links /ja/`).toBeGreaterThan(0);
        expect(await main.innerText()).toMatch(japanese);
        const jaLink = main.locator('a[href="/ja/"]').first();
        expect(await jaLink.evaluate((el) => (el.closest('[lang]') as HTMLElement).lang), `${path}: the Japanese link is marked lang="ja"`).toBe('ja');
      } finally {
        await page.close();
      }
    }
  });

  it('ran without console errors or failed requests', () => {
    expect(trouble.consoleErrors).toEqual([]);
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.offSiteRequests).toEqual([]);
  });
});
