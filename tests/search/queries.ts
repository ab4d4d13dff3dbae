/**
 * Stakeholder queries in the documents' own vocabulary, each with the page a reader expects among the
 * first three results: the measure or section whose own text is about it. Where the documents treat a
 * subject in two places of equal weight, both are listed and either counts.
 */
export interface RelevanceQuery {
  /** What a reader types. */
  query: string;
  /** Acceptable pages (URL paths under `/en/`), best first. */
  expect: string[];
  /** Why someone searches this. */
  who: string;
  /** A known miss and its cause: the test expects it to fail, and fails once it passes. */
  gap?: string;
}

const m = (key: string): string => `/en/measures/${key}/`;
const s = (key: string): string => `/en/sections/${key}/`;

/** The query set, grouped as the issue lists them. */
export const relevanceQueries: RelevanceQuery[] = [
  // Abbreviations
  { query: 'ISMAP', expect: [m('strategy-2021/direction-2/measures-1/2')], who: 'cloud provider checking the government cloud assessment scheme' },
  { query: 'GSOC', expect: [m('strategy-2021/direction-2/measures-3/1')], who: 'ministry CISO looking up government monitoring' },
  { query: 'AJCCBC', expect: [m('capacity-building-2021/2/1/a')], who: 'ASEAN partner looking for the Bangkok centre' },
  { query: 'ICSCoE', expect: [m('capacity-building-2021/2/1/a'), m('capacity-building-2021/2/1/b'), m('strategy-2021/cross-cutting/2/2')], who: 'plant operator looking for industrial control system training' },
  { query: 'UNODC', expect: [m('capacity-building-2021/2/2')], who: 'UN official checking Japan\'s funding of the cybercrime programme' },
  { query: 'OEWG', expect: [m('capacity-building-2021/2/3'), s('capacity-building-2021/1/1')], who: 'diplomat following the UN working group' },
  { query: 'DFFT', expect: [m('strategy-2021/direction-3/measures/1')], who: 'trade negotiator on data free flow with trust' },
  { query: 'xSIRT', expect: [m('strategy-2021/cross-cutting/2/1')], who: 'HR manager building incident response teams' },
  // Programme names
  { query: 'SecHack365', expect: [m('strategy-2021/cross-cutting/2/2')], who: 'student looking for the hackathon programme' },
  { query: 'CYDER', expect: [m('strategy-2021/cross-cutting/2/2')], who: 'local government officer looking for exercises' },
  {
    query: 'enPiT',
    expect: [m('strategy-2021/cross-cutting/2/2')],
    who: 'university lecturer',
    gap: 'the measure writes "SecHack365/CYDER/enPiT"; Pagefind splits the camel-case part of a slash compound into "en" + "pit" and never indexes "enpit" there. The glossary entry comes first and links to the measure.',
  },
  { query: 'Tokyo Games', expect: [m('strategy-2021/direction-2/measures-4')], who: 'event security planner' },
  // Places
  { query: 'Indonesia', expect: [m('capacity-building-2021/2/1/a')], who: 'JICA project officer' },
  { query: 'Africa', expect: [m('capacity-building-2021/2/1/b')], who: 'African embassy asking about support' },
  { query: 'Indo-Pacific', expect: [m('capacity-building-2021/2/1/b'), m('strategy-2021/direction-3/measures/3')], who: 'regional analyst' },
  { query: 'Mekong', expect: [m('capacity-building-2021/2/1/a')], who: 'Mekong-Japan cooperation officer' },
  { query: 'submarine cables', expect: [m('strategy-2021/direction-2/measures-1/5')], who: 'telecom operator' },
  // Actors
  { query: 'SMEs', expect: [m('strategy-2021/direction-1/measures/2')], who: 'chamber of commerce' },
  { query: 'universities', expect: [m('strategy-2021/direction-2/measures-3/3')], who: 'university CIO' },
  { query: 'police', expect: [m('strategy-2021/direction-2/measures-1/3')], who: 'police investigator' },
  { query: 'Self-Defense Forces', expect: [m('strategy-2021/direction-3/measures/2')], who: 'defence journalist' },
  { query: 'local government', expect: [m('strategy-2021/direction-2/measures-3/2')], who: 'prefectural IT officer' },
  { query: 'elderly', expect: [m('strategy-2021/cross-cutting/3')], who: 'NGO supporting older people' },
  // Themes
  { query: 'supply chain', expect: [m('strategy-2021/direction-1/measures/3')], who: 'procurement manager' },
  { query: 'cloud', expect: [m('strategy-2021/direction-2/measures-1/2')], who: 'cloud provider' },
  { query: 'cybercrime', expect: [m('strategy-2021/direction-2/measures-1/3'), m('capacity-building-2021/2/2')], who: 'prosecutor' },
  { query: 'quantum cryptography', expect: [m('strategy-2021/cross-cutting/1/3')], who: 'researcher' },
  { query: 'human resources', expect: [s('strategy-2021/cross-cutting/2'), m('strategy-2021/cross-cutting/2/2'), m('capacity-building-2021/2/4')], who: 'training provider' },
  { query: 'critical infrastructure', expect: [m('strategy-2021/direction-2/measures-3/2'), m('capacity-building-2021/2/1')], who: 'power utility security lead' },
  { query: 'digital literacy', expect: [m('strategy-2021/direction-1/measures/4')], who: 'teacher' },
  { query: 'international law', expect: [m('capacity-building-2021/2/3'), m('strategy-2021/direction-3/measures/1')], who: 'international lawyer' },
  { query: 'executive awareness', expect: [m('strategy-2021/direction-1/measures/1')], who: 'board member' },
  { query: 'IoT', expect: [m('strategy-2021/direction-2/measures-1/1')], who: 'device maker' },
  { query: 'deterrence', expect: [m('strategy-2021/direction-3/measures/2')], who: 'security policy researcher' },
  { query: 'cyber hygiene', expect: [m('capacity-building-2021/2/1')], who: 'development agency' },
  { query: 'confidence building measures', expect: [m('capacity-building-2021/2/3')], who: 'diplomat' },
  { query: 'Convention on Cybercrime', expect: [m('strategy-2021/direction-3/measures/1'), m('capacity-building-2021/2/2')], who: 'justice ministry' },
  { query: 'trust service', expect: [m('strategy-2021/direction-1/measures/3')], who: 'e-signature provider' },
];
