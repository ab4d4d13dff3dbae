import type { GetStaticPaths } from 'astro';
import { getSite } from '../routing';
import type { CslItem } from './cslItem';

/**
 * `getStaticPaths` of the citation downloads `/data/cite/<key>.<ext>`: one per document, section and measure,
 * from the English model (the published data are English, like `/data/measures.json`).
 */
export const citationPaths = (async () =>
  [...(await getSite('en')).citations.values()].map((citation) => ({ params: { key: citation.id }, props: { citation } }))) satisfies GetStaticPaths;

/** The props each citation download receives. */
export interface CitationProps {
  /** The entry's English citation record. */
  citation: CslItem;
}
