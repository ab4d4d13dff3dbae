/**
 * Japanese queries a reader of the Japanese edition types (names of bodies, programmes and documents, topics),
 * each with the pages about it: a Japanese page (topic page, glossary entry, document) or the English page the
 * translated name leads to. A result counts when its link or one of its "matching parts" links is listed.
 * Used by tests/search/japanese.test.ts (online, Pagefind) and tests/offline/japanese-search.test.ts (offline).
 */
export interface JapaneseQuery {
  /** What the reader types. */
  query: string;
  /** Acceptable pages, as paths below the site root (`ja/topics/cloud/`, `ja/glossary/#nisc`). */
  expect: string[];
  /** What it is. */
  about: string;
}

export const japaneseQueries: JapaneseQuery[] = [
  { query: '重要インフラ', about: 'topic', expect: ['ja/topics/critical-infrastructure/', 'en/measures/strategy-2021/direction-2/measures-3/2/', 'en/measures/capacity-building-2021/2/1/'] },
  { query: '内閣サイバーセキュリティセンター', about: 'body (NISC)', expect: ['ja/glossary/#nisc', 'en/glossary/#nisc'] },
  { query: 'サプライチェーン', about: 'topic', expect: ['ja/topics/supply-chains/', 'en/measures/strategy-2021/direction-1/measures/3/'] },
  { query: '人材育成', about: 'topic', expect: ['ja/topics/human-resources/', 'en/sections/strategy-2021/cross-cutting/2/', 'en/measures/capacity-building-2021/2/4/'] },
  { query: 'クラウド', about: 'topic', expect: ['ja/topics/cloud/', 'en/measures/strategy-2021/direction-2/measures-1/2/'] },
  { query: '能力構築', about: 'topic and document', expect: ['ja/topics/capacity-building/', 'ja/documents/capacity-building-2021/'] },
  { query: 'サイバー犯罪', about: 'topic', expect: ['ja/topics/cybercrime/', 'en/measures/strategy-2021/direction-2/measures-1/3/', 'en/measures/capacity-building-2021/2/2/'] },
  { query: '政府情報システムのためのセキュリティ評価制度', about: 'programme (ISMAP)', expect: ['ja/glossary/#ismap', 'en/glossary/#ismap', 'en/measures/strategy-2021/direction-2/measures-1/2/'] },
  { query: '日ASEANサイバーセキュリティ能力構築センター', about: 'body (AJCCBC)', expect: ['ja/glossary/#ajccbc', 'en/glossary/#ajccbc', 'en/measures/capacity-building-2021/2/1/a/'] },
  { query: '実践的サイバー防御演習', about: 'programme (CYDER)', expect: ['ja/glossary/#cyder', 'en/glossary/#cyder', 'en/measures/strategy-2021/cross-cutting/2/2/'] },
  { query: '国連薬物・犯罪事務所', about: 'body (UNODC)', expect: ['ja/glossary/#unodc', 'en/glossary/#unodc', 'en/measures/capacity-building-2021/2/2/'] },
  { query: '国際協力機構', about: 'body (JICA)', expect: ['ja/glossary/#jica', 'en/glossary/#jica'] },
  { query: 'サイバーセキュリティ戦略本部', about: 'body', expect: ['ja/glossary/#cybersecurity-strategic-headquarters', 'en/glossary/#cybersecurity-strategic-headquarters', 'ja/documents/capacity-building-2021/'] },
];
