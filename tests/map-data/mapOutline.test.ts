import { describe, expect, it } from 'vitest';
import { buildMapInput } from '../../src/lib/map/buildMapInput';
import { mapOutline, type OutlineNode } from '../../src/lib/map/mapOutline';
import { planStrategyMap } from '../../src/lib/map/planStrategyMap';
import { mapInput, measures, sections } from './synthetic';

/** The outline as indented lines: "label [→ target]". */
function lines(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label.text}${n.serves ? ` → ${n.serves.target.text}` : ''}`,
    ...lines(n.children, depth + 1),
  ]);
}

describe('mapOutline', () => {
  const outline = mapOutline(planStrategyMap(mapInput()));

  it('lists every measure of the picture once, with the same links', () => {
    const hrefs = (nodes: readonly OutlineNode[]): string[] =>
      nodes.flatMap((n) => [...(n.label.href ? [n.label.href] : []), ...hrefs(n.children)]);
    const all = hrefs(outline).filter((h) => h.includes('/measures/'));
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(measures.map((m) => `/en/measures/${m.key}/`).sort());
  });

  it('nests groups, measures and sub-measures, and says what each approach serves', () => {
    expect(lines(outline)).toEqual([
      "Japan's Cybersecurity Strategy 2021",
      '  Advance cybersecurity in parallel with digitalization',
      '    (1) Raising executive awareness',
      '    (2) Advancing DX with Cybersecurity among local regions and SMEs',
      '  Realizing a Digital Society where the People can Live with a Sense of Safety and Security',
      '    Providing a cybersecurity environment which protects the people and society',
      '      (1) Ensure safety and security in cyberspace',
      '      (3) Address cybercrimes',
      '    (2) Ensuring cybersecurity integral with digital transformation (led by the Digital Agency)',
      '    Promoting efforts by stakeholders',
      '      (2) Critical infrastructure',
      "  Contribution to the Peace and Stability of the International Community and Japan's National Security",
      '    (1) Ensuring a free, fair and secure cyberspace',
      '    (3) International cooperation and collaboration',
      '      Supporting for capacity building',
      '  Cross-Cutting Approaches to Cybersecurity',
      '    1. Promotion of R&D',
      '    Recruitment, development, and active use of human resources',
      '      (1) Advance DX with Cybersecurity',
      '      (2) Address increasingly sophisticated and complex threats',
      '    3. Collaboration based on full participation and awareness raising',
      'Basic Policy on Cybersecurity Capacity Building Support for Developing Countries',
      '  Approaches of Support',
      '    (1) Support for ensuring cyber hygiene through the protection of critical infrastructure and other means → Supporting for capacity building',
      '      (a) ASEAN region',
      '      (b) Regions other than ASEAN',
      '    (2) Support for measures against cybercrimes → (3) Address cybercrimes',
      '    (3) Sharing understanding and cyber situational awareness of international rules and confidence building measures → (1) Ensuring a free, fair and secure cyberspace',
      '    (4) Human resources development and other cross-sectoral areas → (2) Address increasingly sophisticated and complex threats',
    ]);
  });
});

describe('buildMapInput', () => {
  const item = (data: (typeof measures)[number] | (typeof sections)[number], title = data.title, textLang: 'en' | 'ja' = 'en') => ({
    key: data.key,
    collection: data.type === 'measure' ? ('measures' as const) : ('sections' as const),
    number: data.number,
    title,
    textLang,
    data,
  });
  const english = [...measures.map((m) => item(m)), ...sections.map((s) => item(s))];

  it('takes structure from English and labels from the page language, linking to that language', () => {
    const first = measures[0]!;
    const input = buildMapInput({
      lang: 'ja',
      english,
      local: [item(first, '経営層の意識改革', 'ja')],
      documents: [{ key: 'strategy-2021', title: 'サイバーセキュリティ戦略', textLang: 'ja' }],
      strategy: 'strategy-2021',
      support: 'capacity-building-2021',
      pairs: [],
    });
    expect(input.measures).toHaveLength(measures.length);
    expect(input.measures[0]?.label).toEqual({ text: '(1) 経営層の意識改革', lang: 'ja', href: `/ja/measures/${first.key}/` });
    expect(input.measures[1]?.label.lang).toBe('en');
    expect(input.sections[0]?.label.href).toBe(`/ja/sections/${sections[0]!.key}/`);
    expect(input.strategyLabel).toEqual({ text: 'サイバーセキュリティ戦略', lang: 'ja', href: '/ja/documents/strategy-2021/' });
    expect(input.supportLabel).toEqual({ text: 'capacity-building-2021', lang: 'en', href: null });
  });
});
