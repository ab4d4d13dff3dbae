import { locales, type Locale } from '../schemas';

/** The `href` of a glossary mark or citation link, in any language's folder. */
const termHref = new RegExp(`\\bhref="/(?:${locales.join('|')})/(glossary|documents)/`);

/**
 * Points ingest's glossary marks (`<a class="term" href="/en/glossary/#key">`, or `class="term cite"` leading to
 * a cited document's reading edition) at the page's language, so an English fallback body on a Japanese page
 * links the Japanese glossary and reading editions.
 */
export function rewriteTermLinks(html: string, lang: Locale): string {
  return html.replace(/<a\b[^>]*\bclass="term(?: cite)?"[^>]*>/g, (tag) =>
    tag.replace(termHref, (_, folder: string) => `href="/${lang}/${folder}/`),
  );
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The names of a paragraph's ¶ link: `link` for the link itself (without JS), `copy` for the button copy-link.js
 * makes of it; both say which paragraph of which entry. A plain string names every link alike.
 */
export type ParagraphLabel = string | ((paragraph: number) => { link: string; copy?: string });

/**
 * Gives every paragraph and list item of a rendered body an id (`<prefix>-p<n>`, counted in document order)
 * and a permalink (`<a class="permalink" href="#id" data-pagefind-ignore>`) that copy-link.js turns into a copy button.
 * A list item that starts with a paragraph leaves the anchor to that paragraph. The permalink of a list
 * item goes before its nested list, so it stays next to the item's own text.
 * The HTML is the Markdown renderer's output, so tags are plain and well formed. `labelLang` is the
 * language of `label` when it may differ from the body's.
 */
export function anchorParagraphs(html: string, prefix: string, label: ParagraphLabel, labelLang?: string): string {
  // The label is in the page's language, while the body may be an English fallback marked lang="en":
  // the permalink names its own language so assistive technology reads the label right (WCAG 3.1.2).
  const langAttr = labelLang ? ` lang="${escapeHtml(labelLang)}"` : '';
  const labels = (n: number) => (typeof label === 'string' ? { link: label } : label(n));
  const permalink = (id: string, n: number) => {
    const { link, copy } = labels(n);
    const copyAttr = copy ? ` data-copy-label="${escapeHtml(copy)}"` : '';
    return `<a class="permalink" href="#${id}"${langAttr} aria-label="${escapeHtml(link)}"${copyAttr} data-pagefind-ignore>¶</a>`;
  };
  const parts = html.split(/(<\/?(?:p|li|ul|ol)\b[^>]*>)/);
  /** Open `p`/`li` elements: their id when they carry an anchor, and whether its permalink is out yet. */
  const stack: { id?: string; n?: number; placed: boolean }[] = [];
  let count = 0;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const tag = /^<(\/?)(p|li|ul|ol)\b([^>]*)>$/.exec(part);
    if (!tag) {
      out.push(part);
      continue;
    }
    const [, close, name, attrs] = tag;
    if (name === 'ul' || name === 'ol') {
      const top = stack.at(-1);
      if (!close && top?.id && !top.placed) {
        top.placed = true;
        out.push(permalink(top.id, top.n!));
      }
      out.push(part);
    } else if (!close) {
      // A list item whose first child is a paragraph leaves the anchor to that paragraph.
      const firstChildIsP = name === 'li' && (parts[i + 1] ?? '').trim() === '' && /^<p\b/.test(parts[i + 2] ?? '');
      if (firstChildIsP || /\bid=/.test(attrs!)) {
        stack.push({ placed: true });
        out.push(part);
      } else {
        const id = `${prefix}-p${++count}`;
        stack.push({ id, n: count, placed: false });
        out.push(`<${name} id="${id}"${attrs}>`);
      }
    } else {
      const top = stack.pop();
      if (top?.id && !top.placed) out.push(permalink(top.id, top.n!));
      out.push(part);
    }
  }
  return out.join('');
}
