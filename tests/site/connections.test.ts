/**
 * The connections a reader follows, checked on the built site (`npm run build` first) against the gold
 * concordance written by reading both documents (tests/gold/concordance.yaml): related lists, citations,
 * the concordance page and data, and the map all show the same pairings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { goldConcordance } from '../gold/readGold';
import { repoRoot, requireDist } from '../support/paths';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const dist = requireDist();
const gold = goldConcordance();

/** Frontmatter of an English section or measure, by key. */
function entry(key: string): { collection: 'sections' | 'measures'; data: Record<string, unknown> } {
  for (const collection of ['measures', 'sections'] as const) {
    try {
      return { collection, data: matter(readFileSync(join(repoRoot, 'content', collection, 'en', `${key}.md`), 'utf8')).data };
    } catch {
      // Not in this collection.
    }
  }
  throw new Error(`No section or measure "${key}" in content/ (tests/gold names it).`);
}

const pages = new Map<string, Element>();
/** The parsed built page of an entry in a language. */
function page(key: string, lang = 'en'): Element {
  const id = `${lang}:${key}`;
  if (!pages.has(id)) {
    const html = readFileSync(join(dist, lang, entry(key).collection, key, 'index.html'), 'utf8');
    pages.set(id, parse(html) as unknown as Element);
  }
  return pages.get(id)!;
}

function all(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) all(child, test, out);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** The entry keys an element links to (`/<lang>/(sections|measures)/<key>/`). */
function linkedKeys(root: Element | undefined): string[] {
  if (!root) return [];
  return all(root, (el) => el.tagName === 'a').flatMap((a) => {
    const match = /^\/[a-z]{2}\/(?:sections|measures)\/(.+)\/$/.exec(attr(a, 'href') ?? '');
    return match ? [match[1]!] : [];
  });
}
/** The panel of a page labelled by `headingId`. */
const panel = (key: string, headingId: string, lang = 'en') =>
  all(page(key, lang), (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === headingId)[0];
const relatedOf = (key: string, lang = 'en') => linkedKeys(panel(key, 'related-heading', lang));
const connectedOn = (key: string, other: string, lang = 'en') =>
  [...relatedOf(key, lang), ...linkedKeys(panel(key, 'cites-heading', lang)), ...linkedKeys(panel(key, 'cited-by-heading', lang))].includes(other);

const documentOf = (key: string) => key.split('/')[0]!;
const measureKeys = (): string[] => {
  const data = JSON.parse(readFileSync(join(dist, 'data/measures.json'), 'utf8')) as { measures: { key: string }[] };
  return data.measures.map((m) => m.key);
};
/** A broad container: the outline, or a direction, chapter or group of measures that has parts. */
function isBroad(key: string): boolean {
  const { collection, data } = entry(key);
  if (collection !== 'sections') return false;
  if (data.kind === 'outline') return true;
  return ['direction', 'chapter', 'measures-group'].includes(data.kind as string);
}

describe('gold concordance (tests/gold/concordance.yaml)', () => {
  it('has at least 15 pairs, most across the documents, each with a reason', () => {
    expect(gold.pairs.length).toBeGreaterThanOrEqual(15);
    const across = gold.pairs.filter((p) => documentOf(p.a) !== documentOf(p.b)).length;
    expect(across).toBeGreaterThan(gold.pairs.length / 2);
    for (const pair of gold.pairs) expect(pair.reason.length, `${pair.a} ~ ${pair.b}`).toBeGreaterThan(20);
  });

  for (const lang of ['en', 'ja']) {
    it(`${lang}: each pair is linked from both pages across documents, from at least one within a document`, () => {
      const missing = gold.pairs.flatMap(({ a, b }) => {
        const ab = connectedOn(a, b, lang);
        const ba = connectedOn(b, a, lang);
        const ok = documentOf(a) !== documentOf(b) ? ab && ba : ab || ba;
        return ok ? [] : [`${a} → ${b}: ${ab}, ${b} → ${a}: ${ba}`];
      });
      expect(missing).toEqual([]);
    });
  }

  it('precision of the related lists on measure pages: shown items the gold or a citation supports (reported)', () => {
    const supported = new Set(gold.pairs.flatMap((p) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));
    let shown = 0;
    let backed = 0;
    for (const key of measureKeys()) {
      const cites = entry(key).data.cites as string[];
      for (const other of relatedOf(key)) {
        shown++;
        const otherCites = entry(other).data.cites as string[];
        if (supported.has(`${key}|${other}`) || cites.includes(other) || otherCites.includes(key)) backed++;
      }
    }
    console.log(`related on measure pages: ${shown} shown, ${backed} supported by the gold or a citation (${((100 * backed) / shown).toFixed(1)} %)`);
    expect(backed).toBeGreaterThan(0);
  });
});

describe('related lists on measure pages', () => {
  it('at most 10 % of related links go to broad container pages', () => {
    let links = 0;
    let broad = 0;
    for (const key of measureKeys()) {
      for (const other of relatedOf(key)) {
        links++;
        if (isBroad(other)) broad++;
      }
    }
    console.log(`related links on measure pages: ${links}, to broad containers: ${broad} (${((100 * broad) / links).toFixed(1)} %)`);
    expect(links).toBeGreaterThan(60);
    expect(broad / links).toBeLessThanOrEqual(0.1);
  });

  it('say why beside each item: shared terms and words, topics, or an editorial note', () => {
    const list = panel('capacity-building-2021/2/2', 'related-heading')!;
    const items = all(list, (el) => el.tagName === 'li');
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(all(item, (el) => (attr(el, 'class') ?? '').includes('related-list__why')).length, 'a reason').toBeGreaterThan(0);
    const text = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(text).join('') : '');
    const whole = text(list);
    expect(whole).toContain('Convention on Cybercrime');
    expect(whole).toMatch(/topic: [^;]*Cybercrime/);
    expect(whole).toContain('Editorial');
  });

  it('every measure shows a counterpart in the other document when one is above the threshold', () => {
    for (const key of measureKeys()) {
      const computed = (entry(key).data.related as { key: string }[]).some((r) => documentOf(r.key) !== documentOf(key));
      if (!computed) continue;
      expect(relatedOf(key).some((k) => documentOf(k) !== documentOf(key)), key).toBe(true);
    }
  });
});

describe('citations', () => {
  it('"Cited by" lists only entries that cite the page, and "Referenced by" is gone', () => {
    const d33 = 'strategy-2021/direction-3/measures/3';
    expect(linkedKeys(panel(d33, 'cited-by-heading'))).toEqual(['capacity-building-2021/1/1']);
    expect(linkedKeys(panel('capacity-building-2021/2/1/a', 'cited-by-heading'))).toEqual([]);
    expect(readFileSync(join(dist, 'en/measures/capacity-building-2021/2/1/a/index.html'), 'utf8')).not.toContain('Referenced by');
  });

  it('a citing phrase links to the cited document, at the cited part when the text names one', () => {
    const policy = readFileSync(join(dist, 'en/sections/capacity-building-2021/1/1/index.html'), 'utf8');
    expect(policy).toContain('class="term cite" href="/en/documents/strategy-2021/#strategy-2021-direction-3-measures-3"');
    const strategy = readFileSync(join(dist, 'ja/measures/strategy-2021/direction-3/measures/3/index.html'), 'utf8');
    expect(strategy).toContain('class="term cite" href="/ja/documents/capacity-building-2021/"');
  });

  it('a glossary entry for a document of the edition links to its reading edition', () => {
    const glossary = readFileSync(join(dist, 'en/glossary/index.html'), 'utf8');
    const article = (key: string) => new RegExp(`<article[^>]*aria-labelledby="${key}"[\\s\\S]*?</article>`).exec(glossary)?.[0] ?? '';
    const inEdition = (key: string) => /<p class="in-edition"[^>]*><a href="([^"]+)"/.exec(article(key))?.[1];
    expect(inEdition('cybersecurity-strategy-2021')).toBe('/en/documents/strategy-2021/');
    expect(inEdition('basic-policy-capacity-building')).toBe('/en/documents/capacity-building-2021/');
    expect(inEdition('nisc')).toBeUndefined();
  });

  it('a document page lists every passage of the other document that cites it', () => {
    const cited = (doc: string) => {
      const root = parse(readFileSync(join(dist, 'en/documents', doc, 'index.html'), 'utf8')) as unknown as Element;
      return linkedKeys(all(root, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'doc-cited-by')[0]);
    };
    expect(cited('strategy-2021')).toEqual(['capacity-building-2021/1/1']);
    expect(cited('capacity-building-2021')).toEqual(['strategy-2021/direction-3/measures/3']);
  });
});

describe('concordance, map and entry pages agree', () => {
  const data = JSON.parse(readFileSync(join(dist, 'data/concordance.json'), 'utf8')) as {
    frame: string;
    mapped: string[];
    pairs: { mapped: { key: string }; frame: { key: string }; reasons: { kind: string }[] }[];
  };

  it('the data names the frame and mapped documents of the manifest, every pair with a reason', () => {
    expect(data.frame).toBe('strategy-2021');
    expect(data.mapped).toEqual(['capacity-building-2021']);
    expect(data.pairs.length).toBeGreaterThan(10);
    for (const pair of data.pairs) expect(pair.reasons.length).toBeGreaterThan(0);
  });

  it('every measure of the policy is on the concordance page in both languages, linked both ways', () => {
    for (const lang of ['en', 'ja']) {
      const root = parse(readFileSync(join(dist, lang, 'concordance/index.html'), 'utf8')) as unknown as Element;
      const rows = all(root, (el) => attr(el, 'class') === 'concordance__row');
      const keys = rows.map((row) => attr(row, 'data-key'));
      for (const key of measureKeys().filter((k) => documentOf(k) === 'capacity-building-2021')) expect(keys, `${lang} ${key}`).toContain(key);
      for (const pair of data.pairs) {
        const mappedRow = rows.find((row) => attr(row, 'data-key') === pair.mapped.key)!;
        const frameRow = rows.find((row) => attr(row, 'data-key') === pair.frame.key)!;
        expect(linkedKeys(mappedRow), `${lang} ${pair.mapped.key}`).toContain(pair.frame.key);
        expect(linkedKeys(frameRow), `${lang} ${pair.frame.key}`).toContain(pair.mapped.key);
      }
    }
  });

  it('each pair of the concordance is linked from both entry pages', () => {
    for (const pair of data.pairs) {
      expect(connectedOn(pair.mapped.key, pair.frame.key), `${pair.mapped.key} → ${pair.frame.key}`).toBe(true);
      expect(connectedOn(pair.frame.key, pair.mapped.key), `${pair.frame.key} → ${pair.mapped.key}`).toBe(true);
    }
  });

  it('the map links each policy approach to the strategy entry the gold names, and every link is a concordance pair', () => {
    const map = readFileSync(join(dist, 'en/map/index.html'), 'utf8');
    const links = Object.fromEntries([...map.matchAll(/class="map-link[^"]*"[^>]*data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    expect(links).toEqual(gold.serves);
    for (const [from, to] of Object.entries(links)) {
      expect(data.pairs.some((p) => p.mapped.key === from && p.frame.key === to), `${from} → ${to}`).toBe(true);
    }
  });
});
