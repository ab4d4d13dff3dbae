/** `/data/cite/<key>.json`: one entry's citation as CSL-JSON. */
import type { APIRoute } from 'astro';
import { citationPaths, type CitationProps } from '../../../lib/citation/citationPaths';
import { citationFormats, formatCitation } from '../../../lib/citation/citationFormats';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<CitationProps> = ({ props }) =>
  new Response(formatCitation(props.citation, 'csl'), { headers: { 'Content-Type': `${citationFormats.csl.mediaType}; charset=utf-8` } });
