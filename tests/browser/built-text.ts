/**
 * The text of built pages and content entries, for tests that compare what a reader gets with what the
 * source says: the main text of a page (parsed with parse5), the entries of `content/` with their bodies,
 * and both reduced to words so Markdown, tags and page furniture marks (¶, #) do not matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'parse5';
import { attr, elements, textContent, type Element, type Node } from '../../scripts/built-site/parse';
import { repoRoot } from '../support/paths';

/** A section or measure as ingest wrote it (English). */
export interface ContentEntry {
  key: string;
  collection: 'sections' | 'measures';
  parent?: string | undefined;
  number?: string | undefined;
  title: string;
  titleSource: string;
  body: string;
}

/** Every English section and measure of `content/` (the real seeds, as ingested). */
export function contentEntries(): ContentEntry[] {
  return (['sections', 'measures'] as const).flatMap((collection) => {
    const root = join(repoRoot, 'content', collection, 'en');
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => {
        const { data, content } = matter(readFileSync(join(root, file), 'utf8'));
        return {
          key: data.key as string, collection, parent: data.parent as string | undefined, number: data.number as string | undefined,
          title: data.title as string, titleSource: (data.titleSource as string | undefined) ?? 'heading', body: content,
        };
      });
  });
}

/** The words of a text: runs of letters and digits, so punctuation, Markdown and marks fall away. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A Markdown body written by ingest reduced to its text: the term marks' tags dropped, entities read. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** True when `part` occurs as consecutive words of `whole`. */
export function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return true;
  return ` ${whole.join(' ')} `.includes(` ${part.join(' ')} `);
}

/** A built page parsed: its `<main>`, and its elements by id. */
export interface BuiltPage {
  main: Element;
  byId: Map<string, Element>;
  /** Each element's parent, to walk up from an element. */
  parents: Map<Element, Element>;
}

/** Parses `dir/<path>index.html`. */
export function builtPage(dir: string, path: string): BuiltPage {
  const document = parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));
  const byId = new Map<string, Element>();
  const parents = new Map<Element, Element>();
  let main: Element | undefined;
  for (const el of elements(document)) {
    const id = attr(el, 'id');
    if (id) byId.set(id, el);
    if (el.tagName === 'main') main = el;
    for (const child of el.childNodes) if ('tagName' in child) parents.set(child, el);
  }
  if (!main) throw new Error(`${path} has no <main>`);
  return { main, byId, parents };
}

/** The text of an element, with a space at every element boundary (so "Policy" and "2" stay two words). */
export function text(el: Node): string {
  if (el.nodeName === '#text') return textContent(el);
  if (!('childNodes' in el)) return '';
  return el.childNodes.map(text).join(' ');
}

/** True when the element or one of its ancestors carries the attribute. */
export function insideAttribute(page: BuiltPage, el: Element, name: string): boolean {
  for (let at: Element | undefined = el; at; at = page.parents.get(at)) if (attr(at, name) !== undefined) return true;
  return false;
}
