/**
 * `/data/search/<lang>.json`: every entry of one edition as a search document (title, plain text, other names,
 * breadcrumb, URL), read from the site model (src/lib/searchDocuments.ts). The offline edition builds its
 * MiniSearch indexes from these files; they stay published as data, like `/data/measures.json`.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../schemas';
import { getSite, languagePaths } from '../../../lib/routing';
import { searchDocuments } from '../../../lib/searchDocuments';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) => {
  const data = searchDocuments(await getSite(params.lang as Locale));
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
