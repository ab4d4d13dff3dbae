import type { DocumentData, MeasureData } from '../../schemas';
import { getSite } from '../routing';
import { siteUrl } from '../../siteUrl';
import { buildMeasureRecords, type MeasureRecord } from './measureRecords';

/** Records of the English measures, built once per build and shared by the data endpoints. */
let records: Promise<MeasureRecord[]> | undefined;

/** The published measure records (English, stable order), with URLs absolute on the configured site URL (src/siteUrl.ts). */
export function loadMeasureRecords(): Promise<MeasureRecord[]> {
  records ??= getSite('en').then((model) =>
    buildMeasureRecords({
      measures: model.items
        .filter((item) => item.collection === 'measures' && item.data.type === 'measure' && item.textLang === 'en')
        .map((item) => ({ data: item.data as MeasureData, body: item.entry.body })),
      sections: model.items.filter((item) => item.collection === 'sections').map((item) => item.data),
      documents: model.documents.map((doc) => doc.entry.data as DocumentData),
      // From the config module, not import.meta.env.SITE, which an environment variable SITE would override.
      site: siteUrl,
    }),
  );
  return records;
}
