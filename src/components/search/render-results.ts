/** Builds the DOM of search results from Pagefind's result data, without ever parsing it as live HTML. */
import type { ResultData, SubResult } from './pagefind-api';

/** Sub-results shown under one result at most. */
const maxSubResults = 3;

/**
 * Turns a Pagefind excerpt (text with `<mark>` around matched words) into nodes: text stays text,
 * `<mark>` becomes a `<mark>` element and any other markup is dropped. DOMParser documents are inert.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const nodes: Node[] = [];
  const walk = (parent: Node, into: Node[]): void => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        into.push(document.createTextNode(child.textContent ?? ''));
      } else if (child.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent ?? '';
        into.push(mark);
      } else {
        walk(child, into);
      }
    }
  };
  walk(parsed.body, nodes);
  return nodes;
}

/** An element with a class and optional text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Labels the result renderer needs. */
export interface ResultLabels {
  /** Accessible name of a result's list of matching parts. */
  subResults: string;
  /** Tag of a result in the other language, when it shares the list with the page's own ("英語"). */
  otherBadge?: string;
}

/** How a result in the other language was reached: the name typed and the term it stands for. */
export interface CrossVia {
  from: string;
  to: string;
  fromLang: string;
  toLang: string;
}

/** How strongly a part matched: the summed score of its matches (a part naming the whole query beats one sharing a word). */
const partScore = (sub: SubResult): number => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * Sub-results that point to a part of the page (an h2–h6 anchor), not to the page or its own h1, best-matching
 * first (in page order among equals), so that a long page such as the glossary shows the entry the query names.
 */
function anchoredSubResults(data: ResultData): SubResult[] {
  return data.sub_results
    .filter((sub) => sub.url !== data.url && sub.anchor !== undefined && sub.anchor.element !== 'h1')
    .map((sub, index) => ({ sub, index, score: partScore(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, maxSubResults)
    .map(({ sub }) => sub);
}

/** One result: title link, kind, breadcrumb, excerpt with highlighted words, and matching parts of long pages. */
export function renderResult(data: ResultData, labels: ResultLabels, lang?: string, via?: CrossVia): HTMLLIElement {
  const item = el('li', 'search-result');
  if (via) item.classList.add('search-result--cross');
  if (lang) item.lang = lang;
  const heading = el('h3', 'search-result__title');
  const link = el('a', 'search-result__link', data.meta.title ?? data.url);
  link.href = data.url;
  if (lang) link.hreflang = lang;
  heading.append(link);
  item.append(heading);

  const kind = data.filters.kind?.[0];
  const crumb = data.meta.breadcrumb;
  if (via) {
    // The list's language, not the result's: the badge and the name typed are in the page language.
    const line = el('p', 'search-result__via');
    line.lang = via.fromLang;
    if (labels.otherBadge) line.append(el('span', 'search-result__lang tag', labels.otherBadge), ' ');
    const to = el('span', 'search-result__via-to', via.to);
    to.lang = via.toLang;
    line.append(el('span', 'search-result__via-from', via.from), ' → ', to);
    item.append(line);
  }
  if (kind || crumb) {
    const line = el('p', 'search-result__context');
    if (kind) line.append(el('span', 'search-result__kind tag', kind));
    if (crumb) line.append(el('span', 'search-result__crumb', crumb));
    item.append(line);
  }

  const excerpt = el('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);

  const subs = anchoredSubResults(data);
  if (subs.length > 0) {
    const list = el('ul', 'search-result__parts');
    list.setAttribute('aria-label', labels.subResults);
    for (const sub of subs) {
      const li = el('li', 'search-result__part');
      const a = el('a', 'search-result__part-link', sub.title);
      a.href = sub.url;
      const text = el('p', 'search-result__part-excerpt');
      text.append(...excerptNodes(sub.excerpt));
      li.append(a, text);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
