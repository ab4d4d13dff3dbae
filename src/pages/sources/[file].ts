/** `/sources/<file>`: a seed text byte for byte, as the source pages show it and the content was ingested from. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/routing';
import { readSourceText } from '../../lib/sourceText';

export const getStaticPaths = (async () =>
  (await getSite('en')).documents.map((doc) => ({ params: { file: doc.entry.data.source.file }, props: { sha256: doc.entry.data.sourceSha256 } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sha256: string }, { file: string }> = ({ params, props }) =>
  new Response(readSourceText(params.file, props.sha256).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
