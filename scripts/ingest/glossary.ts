import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Vocabulary } from './manifest';
import { appendAll } from './arrays';

/** A glossary term ready for matching. */
export interface TermMatcher {
  key: string;
  expansion: string;
  /** Matches the term or an alias as a whole word (case-sensitive: abbreviations are). */
  pattern: RegExp;
}

/** A match of a term in a text. */
export interface TermHit {
  key: string;
  index: number;
  text: string;
}

/** Builds one whole-word matcher per glossary term, longest spelling first so "CSIRTs" beats "CSIRT". */
export function termMatchers(glossary: Vocabulary['glossary']): TermMatcher[] {
  return glossary.map((term) => {
    const spellings = [term.term, ...term.aliases].sort((a, b) => b.length - a.length || a.localeCompare(b));
    return { key: term.key, expansion: term.expansion, pattern: wholeWords(spellings, 'gu') };
  });
}

/** A regular expression matching any of the phrases where they stand as whole words. */
export function wholeWords(phrases: readonly string[], flags: string): RegExp {
  const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, flags);
}

/** Every occurrence of every term (overlaps allowed: "CERTs/CSIRTs" mentions CERT and CSIRT). */
export function findTerms(text: string, matchers: readonly TermMatcher[]): TermHit[] {
  const hits: TermHit[] = [];
  for (const matcher of matchers) {
    for (const match of text.matchAll(matcher.pattern)) hits.push({ key: matcher.key, index: match.index, text: match[0] });
  }
  return hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length || a.key.localeCompare(b.key));
}

/**
 * Links the first mention of each term in an entry's body to the glossary, as the only raw HTML
 * ingest writes. Mutates the tree; returns the keys marked.
 */
export function markFirstMentions(root: Root, matchers: readonly TermMatcher[], lang: string): string[] {
  const marked = new Set<string>();
  const byKey = new Map(matchers.map((m) => [m.key, m]));
  const visit = (parent: Parent): void => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') appendAll(children, splitText(child.value));
      else {
        if ('children' in child) visit(child);
        children.push(child);
      }
    }
    parent.children = children as Parent['children'];
  };
  const splitText = (value: string): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    let rest = value;
    for (;;) {
      const hit = findTerms(rest, matchers).find((h) => !marked.has(h.key));
      if (!hit) break;
      marked.add(hit.key);
      if (hit.index > 0) out.push({ type: 'text', value: rest.slice(0, hit.index) });
      const matcher = byKey.get(hit.key)!;
      const html: Html = {
        type: 'html',
        value: `<a class="term" href="/${lang}/glossary/#${hit.key}"><abbr title="${escapeHtml(matcher.expansion)}">${htmlText(hit.text)}</abbr></a>`,
      };
      out.push(html);
      rest = rest.slice(hit.index + hit.text.length);
    }
    if (rest) out.push({ type: 'text', value: rest });
    return out;
  };
  visit(root);
  return [...marked];
}

/** Escapes text for an HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for the inside of a raw HTML mark in Markdown. The Markdown reader still parses the text between
 * two tags, so `[x](javascript:…)`, `*x*`, `~~x~~`, `` `x` `` or a GFM autolink (`www.example`,
 * `a@b.example`, `https://…`) there would become markup. After HTML escaping, each character that can
 * open or close such a construct is written as a numeric character reference, which reads back as the
 * same character and opens nothing; other characters stay as they are.
 */
export function htmlText(text: string): string {
  return escapeHtml(text).replace(/[\\`*_[\]~:@]|(?<=www)\./gi, (char) => `&#${char.charCodeAt(0)};`);
}

/** A unit of entry text with the seed line of each offset (see `textUnits`). */
export interface LinedText {
  text: string;
  lineAt: (offset: number) => number;
}

/**
 * Every (entry, line) where each term occurs, in reading order: entries must be added in reading
 * order; within an entry, mentions are sorted by line.
 */
export class MentionIndex {
  private readonly byTerm = new Map<string, { entry: string; line: number }[]>();

  constructor(private readonly matchers: readonly TermMatcher[]) {
    for (const matcher of matchers) this.byTerm.set(matcher.key, []);
  }

  /** Records the mentions in one entry's text; returns the terms it mentions, in order of first mention. */
  add(entry: string, units: readonly LinedText[]): string[] {
    const terms: string[] = [];
    const found = new Map<string, Set<number>>();
    for (const unit of units) {
      for (const hit of findTerms(unit.text, this.matchers)) {
        if (!terms.includes(hit.key)) terms.push(hit.key);
        const lines = found.get(hit.key) ?? new Set<number>();
        lines.add(unit.lineAt(hit.index));
        found.set(hit.key, lines);
      }
    }
    for (const [key, lines] of found) {
      appendAll(this.byTerm.get(key)!, [...lines].sort((a, b) => a - b).map((line) => ({ entry, line })));
    }
    return terms;
  }

  /** The mentions of a term. */
  of(key: string): { entry: string; line: number }[] {
    return this.byTerm.get(key) ?? [];
  }
}
