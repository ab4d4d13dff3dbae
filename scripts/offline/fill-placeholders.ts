import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatSize } from './format-size';
import { applyEdits, attr, escapeText, findElement, parsePage, walkElements, type Edit } from './html-page';
import type { ZipResult } from './zip';

/** What `data-offline="<value>"` elements of the online site are filled with. */
export function placeholderText(value: string, zip: ZipResult, lang: string): string | undefined {
  switch (value) {
    case 'size':
      return formatSize(zip.bytes, lang);
    case 'bytes':
      return String(zip.bytes);
    case 'sha256':
      return zip.sha256;
    default:
      return undefined;
  }
}

/** Fills the placeholders of one page's source; returns it unchanged when it has none. */
export function fillPage(file: string, html: string, zip: ZipResult): string {
  if (!html.includes('data-offline')) return html;
  const page = parsePage(file, html);
  const htmlEl = findElement(page.document, (el) => el.tagName === 'html');
  const lang = (htmlEl && attr(htmlEl, 'lang')) || file.split('/', 1)[0] || 'en';
  const edits: Edit[] = [];
  walkElements(page.document, (el) => {
    const value = attr(el, 'data-offline');
    const text = value === undefined ? undefined : placeholderText(value, zip, lang);
    const loc = el.sourceCodeLocation;
    if (text === undefined || !loc?.startTag || !loc.endTag) return true;
    edits.push({ start: loc.startTag.endOffset, end: loc.endTag.startOffset, text: escapeText(text) });
    return false;
  });
  return applyEdits(html, edits);
}

/**
 * Writes the zip's size and checksum into every `data-offline` element of the site's pages (the download
 * pages first of all). Runs after the zip exists; replaces the element's content each time, so running it
 * again gives the same files. Returns the pages it changed.
 */
export async function fillPlaceholders(distDir: string, htmlFiles: readonly string[], zip: ZipResult): Promise<string[]> {
  const changed: string[] = [];
  for (const file of htmlFiles) {
    const path = join(distDir, file);
    const html = await readFile(path, 'utf8');
    const filled = fillPage(file, html, zip);
    if (filled === html) continue;
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, filled);
    await rename(tmp, path);
    changed.push(file);
  }
  return changed;
}
