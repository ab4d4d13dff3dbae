import type { Locale } from '../../schemas';
import { useTranslations } from '../../i18n';
import { siteUrl } from '../../siteUrl';
import { edition } from '../edition';
import { numberedTitle, type LocDocument, type PlacedItem } from '../siteModel';
import { absoluteUrl, documentUrl, entryUrl, sourceUrl } from '../urls';
import { citationRecord } from './citationRecord';
import type { CslItem } from './cslItem';
import { locationPath } from './locationPath';

/**
 * Every entry's citation record, made once per language (`ancestors`: the model's, each item's outermost first). URLs are on the online edition (`siteUrl`), so the
 * offline copy cites the same addresses as the site.
 */
export function buildCitations(lang: Locale, docs: LocDocument[], items: PlacedItem[], ancestors: ReadonlyMap<string, readonly PlacedItem[]>): Map<string, CslItem> {
  const t = useTranslations(lang);
  const common = { edition, siteTitle: t('site.title') };
  const citations = new Map<string, CslItem>();
  const docData = new Map(docs.map((doc) => [doc.key, doc.entry.data]));
  for (const doc of docs) {
    const data = doc.entry.data;
    citations.set(doc.key, citationRecord({
      ...common, key: doc.key, document: data, textLang: doc.textLang,
      url: absoluteUrl(documentUrl(lang, doc.key), siteUrl),
      source: { ...data.source, url: absoluteUrl(sourceUrl(lang, doc.key, data.source), siteUrl) },
    }, t));
  }
  for (const item of items) {
    const steps = [...(ancestors.get(item.key) ?? []), item];
    citations.set(item.key, citationRecord({
      ...common, key: item.key, document: docData.get(item.document)!, textLang: item.textLang,
      part: { title: numberedTitle(item), path: locationPath(steps, t) },
      url: absoluteUrl(entryUrl(lang, item.collection, item.key), siteUrl),
      source: { ...item.data.source, url: absoluteUrl(sourceUrl(lang, item.document, item.data.source), siteUrl) },
    }, t));
  }
  return citations;
}
