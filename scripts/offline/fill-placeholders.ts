import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatSize } from './format-size';
import { scanHtml, tagAttr } from '../built-site/scan-html';
import { applyEdits, escapeText, type Edit } from './html-page';
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
  let lang = file.split('/', 1)[0] || 'en';
  const edits: Edit[] = [];
  scanHtml(html, {
    startTag: (tag) => {
      if (tag.name === 'html') lang = tagAttr(tag, 'lang') || lang;
      const value = tagAttr(tag, 'data-offline');
      return value !== undefined && placeholderText(value, zip, lang) !== undefined ? 'skip' : undefined;
    },
    endTag: (tag) => {
      const value = tagAttr(tag, 'data-offline');
      const text = value === undefined ? undefined : placeholderText(value, zip, lang);
      if (text !== undefined && tag.endTag) edits.push({ start: tag.end, end: tag.endTag.start, text: escapeText(text) });
    },
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
