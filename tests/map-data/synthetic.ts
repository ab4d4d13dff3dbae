/**
 * A small synthetic corpus shaped like the real one: the strategy's three directions (one with two
 * groups and a nested measure), its cross-cutting approaches, and four approaches of support (one
 * with sub-measures), with topics, `related` (computed, with scores) and `cites` that make the expected links unambiguous.
 */
import type { Locale, MeasureData, SectionData } from '../../src/schemas';
import type { MapMeasureInput, MapSectionInput, StrategyMapInput } from '../../src/lib/map/planStrategyMap';
import { buildRelations } from '../../src/lib/relations';

type M = Partial<MeasureData> & Pick<MeasureData, 'key' | 'title' | 'direction' | 'order'>;

const source = { file: 'seed.txt', startLine: 1, endLine: 2 };

/** A computed relation to `key` with `score` and nothing shared. */
export function computed(key: string, score: number): MeasureData['related'][number] {
  return { key, score, terms: [], words: [], topics: [] };
}

/** A full measure frontmatter from the few fields a case cares about. */
export function measure(m: M): MeasureData {
  return {
    type: 'measure',
    lang: 'en',
    generated: true,
    document: m.key.split('/')[0] ?? 'doc',
    depth: m.key.split('/').length - 1,
    source,
    titleSource: 'heading',
    actors: [],
    topics: [],
    terms: [],
    related: [],
    cites: [],
    ...m,
  };
}

/** A section frontmatter. */
export function section(key: string, kind: SectionData['kind'], title: string, order: number, parent?: string): SectionData {
  return {
    ...(parent === undefined ? {} : { parent }),
    type: 'section',
    key,
    lang: 'en',
    generated: true,
    document: key.split('/')[0] ?? 'doc',
    kind,
    title,
    titleSource: 'heading',
    order,
    depth: key.split('/').length - 1,
    source,
    topics: [],
    terms: [],
    related: [],
    cites: [],
  };
}

const s = 'strategy-2021';
const c = 'capacity-building-2021';

/** The synthetic sections. */
export const sections: SectionData[] = [
  section(`${s}/direction-1`, 'direction', 'Advance cybersecurity in parallel with digitalization', 1),
  section(`${s}/direction-1/measures`, 'measures-group', 'Specific measures', 2),
  section(`${s}/direction-2`, 'direction', 'Realizing a Digital Society where the People can Live with a Sense of Safety and Security', 10),
  section(`${s}/direction-2/measures-1`, 'measures-group', 'Providing a cybersecurity environment which protects the people and society', 11, `${s}/direction-2`),
  section(`${s}/direction-2/measures-3`, 'measures-group', 'Promoting efforts by stakeholders', 20, `${s}/direction-2`),
  section(`${s}/direction-3`, 'direction', "Contribution to the Peace and Stability of the International Community and Japan's National Security", 30),
  section(`${s}/direction-3/measures`, 'measures-group', 'Specific measures', 31),
  section(`${s}/cross-cutting`, 'chapter', 'Cross-Cutting Approaches to Cybersecurity', 40),
  section(`${s}/cross-cutting/2`, 'approach', 'Recruitment, development, and active use of human resources', 42, `${s}/cross-cutting`),
  section(`${c}/2`, 'chapter', 'Approaches of Support', 5),
];

/** The synthetic measures (English). */
export const measures: MeasureData[] = [
  measure({ key: `${s}/direction-1/measures/1`, number: '(1)', title: 'Raising executive awareness', direction: `${s}/direction-1`, group: `${s}/direction-1/measures`, order: 3, topics: ['management'] }),
  measure({ key: `${s}/direction-1/measures/2`, number: '(2)', title: 'Advancing DX with Cybersecurity among local regions and SMEs', direction: `${s}/direction-1`, group: `${s}/direction-1/measures`, order: 4, topics: ['smes', 'human-resources'] }),
  measure({ key: `${s}/direction-2/measures-1/1`, number: '(1)', title: 'Ensure safety and security in cyberspace', direction: `${s}/direction-2`, group: `${s}/direction-2/measures-1`, order: 12, topics: ['supply-chain'] }),
  measure({ key: `${s}/direction-2/measures-1/3`, number: '(3)', title: 'Address cybercrimes', direction: `${s}/direction-2`, group: `${s}/direction-2/measures-1`, order: 14, topics: ['cybercrime', 'law-enforcement'] }),
  measure({ key: `${s}/direction-2/measures-2`, number: '(2)', title: 'Ensuring cybersecurity integral with digital transformation (led by the Digital Agency)', direction: `${s}/direction-2`, parent: `${s}/direction-2`, order: 18, topics: ['cloud'] }),
  measure({ key: `${s}/direction-2/measures-3/2`, number: '(2)', title: 'Critical infrastructure', direction: `${s}/direction-2`, group: `${s}/direction-2/measures-3`, order: 22, topics: ['critical-infrastructure'] }),
  measure({ key: `${s}/direction-3/measures/1`, number: '(1)', title: 'Ensuring a free, fair and secure cyberspace', direction: `${s}/direction-3`, group: `${s}/direction-3/measures`, order: 32, topics: ['international-rules', 'rule-of-law'] }),
  measure({ key: `${s}/direction-3/measures/3`, number: '(3)', title: 'International cooperation and collaboration', direction: `${s}/direction-3`, group: `${s}/direction-3/measures`, order: 34, topics: ['international-cooperation', 'capacity-building'] }),
  measure({ key: `${s}/direction-3/measures/3/c`, title: 'Supporting for capacity building', direction: `${s}/direction-3`, group: `${s}/direction-3/measures`, parent: `${s}/direction-3/measures/3`, order: 35, topics: ['capacity-building', 'asean'], cites: [c] }),
  measure({ key: `${s}/cross-cutting/1`, number: '1.', title: 'Promotion of R&D', direction: `${s}/cross-cutting`, order: 41, topics: ['research'] }),
  measure({ key: `${s}/cross-cutting/2/1`, number: '(1)', title: 'Advance DX with Cybersecurity', direction: `${s}/cross-cutting`, group: `${s}/cross-cutting/2`, parent: `${s}/cross-cutting/2`, order: 43, topics: ['digital-transformation'] }),
  measure({ key: `${s}/cross-cutting/2/2`, number: '(2)', title: 'Address increasingly sophisticated and complex threats', direction: `${s}/cross-cutting`, group: `${s}/cross-cutting/2`, parent: `${s}/cross-cutting/2`, order: 44, topics: ['human-resources'] }),
  measure({ key: `${s}/cross-cutting/3`, number: '3.', title: 'Collaboration based on full participation and awareness raising', direction: `${s}/cross-cutting`, order: 45, topics: ['awareness'] }),
  measure({ key: `${c}/2/1`, parent: `${c}/2`, number: '(1)', title: 'Support for ensuring cyber hygiene through the protection of critical infrastructure and other means', direction: `${c}/2`, order: 6, topics: ['critical-infrastructure'] }),
  measure({ key: `${c}/2/1/a`, number: '(a)', title: 'ASEAN region', direction: `${c}/2`, parent: `${c}/2/1`, order: 7, topics: ['asean', 'capacity-building'], related: [computed(`${s}/direction-3/measures/3/c`, 0.3)] }),
  measure({ key: `${c}/2/1/b`, number: '(b)', title: 'Regions other than ASEAN', direction: `${c}/2`, parent: `${c}/2/1`, order: 8, topics: ['capacity-building'] }),
  measure({ key: `${c}/2/2`, parent: `${c}/2`, number: '(2)', title: 'Support for measures against cybercrimes', direction: `${c}/2`, order: 9, topics: ['cybercrime', 'law-enforcement'], cites: [`${s}/direction-2/measures-1/3`] }),
  measure({ key: `${c}/2/3`, parent: `${c}/2`, number: '(3)', title: 'Sharing understanding and cyber situational awareness of international rules and confidence building measures', direction: `${c}/2`, order: 10, topics: ['international-rules'], related: [computed(`${s}/direction-3/measures/1`, 0.2), computed(`${s}/direction-3/measures/3/c`, 0.1)] }),
  measure({ key: `${c}/2/4`, parent: `${c}/2`, number: '(4)', title: 'Human resources development and other cross-sectoral areas', direction: `${c}/2`, order: 11, topics: ['human-resources'], related: [computed(`${s}/cross-cutting/2/2`, 0.2)] }),
];

/** Japanese titles for some measures (the rest fall back to English on a Japanese page). */
export const japaneseTitles: Record<string, string> = {
  [`${s}/direction-1/measures/1`]: '経営層の意識改革',
  [`${s}/direction-2/measures-1/3`]: 'サイバー犯罪への対策',
  [`${s}/direction-1`]: 'デジタル改革を踏まえたデジタルトランスフォーメーションとサイバーセキュリティの同時推進',
};

/** The synthetic corpus as the picture's input, for a page in `lang`. */
export function mapInput(lang: Locale = 'en'): StrategyMapInput {
  const label = (key: string, number: string | undefined, title: string) => {
    const ja = lang === 'ja' ? japaneseTitles[key] : undefined;
    return { text: (number ? `${number} ` : '') + (ja ?? title), lang: ja || lang === 'en' ? lang : ('en' as Locale) };
  };
  const ms: MapMeasureInput[] = measures.map((m) => ({
    data: m,
    label: { ...label(m.key, m.number, m.title), href: `/${lang}/measures/${m.key}/` },
  }));
  const ss: MapSectionInput[] = sections.map((x) => ({
    data: x,
    label: { ...label(x.key, x.number, x.title), href: `/${lang}/sections/${x.key}/` },
  }));
  return {
    strategy: s,
    support: c,
    strategyLabel: { text: "Japan's Cybersecurity Strategy 2021", lang: 'en', href: `/${lang}/documents/${s}/` },
    supportLabel: { text: 'Basic Policy on Cybersecurity Capacity Building Support for Developing Countries', lang: 'en', href: `/${lang}/documents/${c}/` },
    measures: ms,
    sections: ss,
    pairs: buildRelations(
      [...sections, ...measures].map((x) => ({
        key: x.key, document: x.document, collection: x.type === 'measure' ? 'measures' : 'sections', cites: x.cites, related: x.related,
      })),
      [{ key: s }, { key: c, mapsOnto: s }],
    ).pairs,
  };
}
