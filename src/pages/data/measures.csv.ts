/** `/data/measures.csv`: the same records as `/data/measures.json`, one row each (RFC 4180, UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { loadMeasureRecords } from '../../lib/map/loadMeasureRecords';
import { measuresToCsv } from '../../lib/map/measuresToCsv';

export const GET: APIRoute = async () =>
  new Response(measuresToCsv(await loadMeasureRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
