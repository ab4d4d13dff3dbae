/** `/data/cite/<key>.ris`: one entry's citation as RIS. */
import type { APIRoute } from 'astro';
import { citationPaths, type CitationProps } from '../../../lib/citation/citationPaths';
import { citationFormats, formatCitation } from '../../../lib/citation/citationFormats';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<CitationProps> = ({ props }) =>
  new Response(formatCitation(props.citation, 'ris'), { headers: { 'Content-Type': `${citationFormats.ris.mediaType}; charset=utf-8` } });
