import type { CslItem } from './cslItem';

/** A JSON-LD node (schema.org vocabulary). */
export type JsonLdNode = { [key: string]: string | boolean | JsonLdNode | JsonLdNode[] | undefined };

/** The issuing body as a schema.org Organization. */
function organization(name: string): JsonLdNode {
  return { '@type': 'Organization', name };
}

/** The whole document as a schema.org Report, with the translation's original where it differs. */
function documentNode(doc: CslItem): JsonLdNode {
  return {
    '@type': 'Report',
    '@id': doc.URL,
    name: doc.title,
    identifier: doc.id,
    url: doc.URL,
    inLanguage: doc.language,
    author: organization(doc.publisher),
    publisher: organization(doc.publisher),
    datePublished: isoDate(doc),
    ...(doc.custom.officialUrl ? { isBasedOn: doc.custom.officialUrl } : {}),
    ...(doc['original-title'] ? { translationOfWork: { '@type': 'CreativeWork', name: doc['original-title'], inLanguage: doc.custom.originalLanguage, ...(doc.custom.originalUrl ? { url: doc.custom.originalUrl } : {}) } } : {}),
  };
}

/** `issued` as an ISO date. */
function isoDate(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The schema.org description of an entry: a document is a `Report`; a section or measure a `CreativeWork`
 * that `isPartOf` it, identified by its key, its place in the document as `position`. The edition's version
 * is `version`; a provisional translation says so in `creativeWorkStatus`.
 */
export function jsonLd(item: CslItem, doc: CslItem): JsonLdNode {
  const common: JsonLdNode = {
    version: item.version,
    ...(item.custom.provisionalTranslation ? { creativeWorkStatus: 'Provisional translation' } : {}),
  };
  if (item.id === doc.id) return { '@context': 'https://schema.org', ...documentNode(doc), ...common };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': item.URL,
    name: item.title,
    identifier: item.id,
    url: item.URL,
    inLanguage: item.language,
    author: organization(item.publisher),
    publisher: organization(item.publisher),
    datePublished: isoDate(item),
    ...(item.section ? { position: item.section } : {}),
    isPartOf: documentNode(doc),
    ...common,
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped, so no text can close the element. */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node).replace(/</g, '\\u003c');
}
