/**
 * The small part of Citation.js (`@citation-js/core` and its BibTeX and RIS plugins) that the edition calls.
 * The packages ship no type declarations; these describe the calls made in src/lib/citation/citationFormats.ts.
 */
declare module '@citation-js/core' {
  /** A list of CSL-JSON records that Citation.js can write in its output formats. */
  export class Cite {
    constructor(data: object | object[]);
    /** `bibtex`/`biblatex` give text; `ris` with `{ format: 'object' }` gives one tag → value(s) object per record. */
    format(style: 'bibtex' | 'biblatex', options?: { format?: 'text' }): string;
    format(style: 'ris', options: { format: 'object'; spec?: 'mixed' | 'new' | 'old' }): Record<string, string | string[]>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
