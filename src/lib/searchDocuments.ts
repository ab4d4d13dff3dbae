import type { CollectionName, Locale } from '../schemas';
import { termName } from './crossLanguageNames';
import { markdownToSearchText } from './plainText';
import { numberedTitle, type SiteModel } from './siteModel';
import { documentUrl, entryUrl, glossaryUrl, topicUrl } from './urls';

/** One searchable entry of an edition, as `/data/search/<lang>.json` publishes it and the offline index holds it. */
export interface SearchDocument {
  /** `<collection>/<key>`: the same in every language, so a translation can hide its English original. */
  id: string;
  /** The collection, so a result can say what it is. */
  kind: CollectionName;
  /** Heading as results show it (with the source's numbering). */
  title: string;
  /** Plain text of the entry's own body. */
  text: string;
  /** Other names that should find the entry (expansion, Japanese name, aliases, original title). */
  extra: string;
  /** Where the entry stands: document › parent sections; for a document its issuer and date; for a term its expansion. */
  crumb: string;
  /** The entry's page (`/<lang>/…/`, with `#anchor` where the entry is a part of a page). */
  url: string;
}

/** `/data/search/<lang>.json`: the search documents of one edition. */
export interface SearchDocumentsData {
  /** The edition's language. */
  lang: Locale;
  /** Its entries in the model's order: documents, sections and measures in reading order, glossary, topics; then the name documents. */
  documents: SearchDocument[];
}

/**
 * Suffix of the id of a name document: a glossary term or topic with no entry in the edition's language but a
 * name in it (`nameJa`, `titleJa`), indexed by that name only (its English text stays in the English index).
 * The search client lists an English hit reached through such a name once, as the name document.
 */
export const nameDocSuffix = '/name';

/**
 * The search documents of one edition, read from its site model: entries in the edition's language only (an
 * English fallback is found in the English edition's documents), plus the name documents.
 */
export function searchDocuments(site: SiteModel): SearchDocumentsData {
  const { lang } = site;
  const documents: SearchDocument[] = [];
  for (const doc of site.documents) {
    if (doc.fallback) continue;
    const d = doc.entry.data;
    documents.push({
      id: `documents/${doc.key}`, kind: 'documents', title: d.title, text: markdownToSearchText(doc.entry.body ?? ''),
      extra: [d.shortTitle, d.originalTitle ?? ''].join(' ').trim(), crumb: `${d.issuer}, ${d.dateLabel}`, url: documentUrl(lang, doc.key),
    });
  }
  for (const item of site.items) {
    if (item.fallback) continue;
    // The trail up to the entry's parent, labelled as the page's breadcrumbs (and the online search's) label it.
    const crumbs = site.crumbs.get(item.key) ?? [];
    documents.push({
      id: `${item.collection}/${item.key}`, kind: item.collection, title: numberedTitle(item), text: markdownToSearchText(item.entry.body ?? ''),
      extra: '', crumb: crumbs.slice(0, -1).map((crumb) => crumb.label).join(' › '), url: entryUrl(lang, item.collection, item.key),
    });
  }
  for (const term of site.glossary) {
    if (term.fallback) continue;
    const d = term.entry.data;
    documents.push({
      id: `glossary/${term.key}`, kind: 'glossary', title: d.term, text: markdownToSearchText(term.entry.body ?? ''),
      extra: [d.expansion, d.nameJa ?? '', ...d.aliases].join(' ').trim(),
      // Results already say "glossary": the expansion and Japanese name tell more (and show what a Japanese query matched).
      crumb: d.nameJa ? `${d.expansion} · ${d.nameJa}` : d.expansion,
      url: glossaryUrl(lang, term.key),
    });
  }
  for (const topic of site.topics) {
    if (topic.fallback) continue;
    documents.push({
      id: `topics/${topic.key}`, kind: 'topics', title: topic.title, text: markdownToSearchText(topic.entry.body ?? ''),
      extra: '', crumb: '', url: topicUrl(lang, topic.key),
    });
  }
  documents.push(...nameDocuments(site));
  return { lang, documents };
}

/** The name documents of an edition: its names of glossary terms and topics that have no entry in its language. */
function nameDocuments(site: SiteModel): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const term of site.glossary) {
    const name = term.fallback ? termName(term, site.lang) : undefined;
    if (!name) continue;
    documents.push({
      id: `glossary/${term.key}${nameDocSuffix}`, kind: 'glossary', title: `${term.entry.data.term}（${name}）`, text: '',
      extra: name, crumb: '', url: glossaryUrl(site.lang, term.key),
    });
  }
  for (const topic of site.topics) {
    if (!topic.fallback || topic.titleLang !== site.lang) continue;
    documents.push({
      id: `topics/${topic.key}${nameDocSuffix}`, kind: 'topics', title: topic.title, text: '',
      extra: topic.title, crumb: '', url: topicUrl(site.lang, topic.key),
    });
  }
  return documents;
}
