/** `/data/cite/<key>.bib`: one entry's citation as BibTeX. */
import type { APIRoute } from 'astro';
import { citationPaths, type CitationProps } from '../../../lib/citation/citationPaths';
import { citationFormats, formatCitation } from '../../../lib/citation/citationFormats';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<CitationProps> = ({ props }) =>
  new Response(formatCitation(props.citation, 'bibtex'), { headers: { 'Content-Type': `${citationFormats.bibtex.mediaType}; charset=utf-8` } });
