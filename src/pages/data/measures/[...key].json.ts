/** `/data/measures/<key>.json`: one measure's record; the key's segments become folders. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMeasureRecords } from '../../../lib/map/loadMeasureRecords';
import { measureJson } from '../../../lib/map/measuresJson';
import type { MeasureRecord } from '../../../lib/map/measureRecords';

export const getStaticPaths = (async () =>
  (await loadMeasureRecords()).map((record) => ({ params: { key: record.key }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: MeasureRecord }> = ({ props }) =>
  new Response(measureJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
