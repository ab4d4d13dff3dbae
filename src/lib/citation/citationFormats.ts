import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './cslItem';

/** The download formats of a citation, with their file extension and media type. */
export const citationFormats = {
  csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
} as const;
/** One of the download formats. */
export type CitationFormat = keyof typeof citationFormats;

/**
 * The BibTeX key of an entry: its key with every character but letters and digits as `_`
 * (`strategy_2021_direction_2_measures_1_4`); Citation.js replaces any key with other characters.
 */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '_');
}

/** A CSL-JSON file: an array of one record, pretty-printed, ending in a newline. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * BibTeX, written by Citation.js. The entry's place in its document goes into `chapter` (plain BibTeX has no
 * `section`), and the key is the entry key, so re-exports replace rather than duplicate an entry.
 */
export function toBibtex(item: CslItem): string {
  const forBibtex = { ...item, 'citation-key': bibtexKey(item.id), ...(item.section ? { 'chapter-number': item.section } : {}) };
  return `${new Cite(forBibtex).format('bibtex').trim()}\n`;
}

/**
 * RIS, mapped by Citation.js (its "mixed" specification), one tag per line. Citation.js's own text output
 * wraps values at 70 characters, which splits URLs that Zotero and EndNote then read as broken, so the lines
 * are written here from its tag objects; `ID` carries the whole key (the old specification cuts it at 20).
 */
export function toRis(item: CslItem): string {
  const [tags] = new Cite(item).format('ris', { format: 'object' });
  if (!tags) throw new Error(`Citation.js wrote no RIS record for "${item.id}"`);
  const lines = [`TY  - ${String(tags.TY)}`];
  // The full date as well as the year (PY): RIS's DA is YYYY/MM/DD/.
  const [year, month, day] = item.issued['date-parts'][0];
  // Written after PY (some readers, astrocite among them, let the later date tag win).
  const { DA: _yearOnly, ...rest } = tags;
  const dated = { ...rest, ID: item.id, DA: `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/` };
  for (const [tag, value] of Object.entries(dated)) {
    if (tag === 'TY') continue;
    for (const one of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

/** The text of one format. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  if (format === 'csl') return toCslJson(item);
  if (format === 'bibtex') return toBibtex(item);
  return toRis(item);
}
