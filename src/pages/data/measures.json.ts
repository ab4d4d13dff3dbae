/** `/data/measures.json`: every measure of both documents, in English, in reading order. */
import type { APIRoute } from 'astro';
import { loadMeasureRecords } from '../../lib/map/loadMeasureRecords';
import { measuresJson } from '../../lib/map/measuresJson';

export const GET: APIRoute = async () =>
  new Response(measuresJson(await loadMeasureRecords()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
