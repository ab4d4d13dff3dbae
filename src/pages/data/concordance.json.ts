/** `/data/concordance.json`: every pairing of the concordance, in English, with its reasons. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/routing';
import { concordanceRecords } from '../../lib/concordanceView';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(concordanceRecords(await getSite('en')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
