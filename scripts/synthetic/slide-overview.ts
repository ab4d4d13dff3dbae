import { citingSentence, Lines, manifestFacts, type DocumentPlan, type WrittenDocument } from './document';

/** An outline node of the manifest (see scripts/ingest/README.md). */
type OutlineNode = Record<string, unknown>;

/**
 * A document of genre `slide-overview`, shaped like the strategy overview: a cover, an introduction,
 * two or three directions (issues, then numbered specific measures), cross-cutting approaches with
 * their own numbered measures, and an implementation framework. The manifest carries the outline
 * with the heading lines as anchors. 15–36 entries.
 */
export function writeSlideOverview(plan: DocumentPlan): WrittenDocument {
  const { prng, prose } = plan;
  // Anchors must be distinct and none a prefix of another, or a heading could open the wrong node.
  const introduction = `Issues and Direction of ${plan.shortTitle}`;
  const crossCutting = 'Cross-Cutting Approaches to Cybersecurity';
  const framework = 'Implementation Framework';
  const fixed = [introduction, crossCutting, framework, 'Specific measures', 'Issues and direction'];
  const cover = [plan.title, plan.issuer, `As of ${plan.dateText}`];
  const anchors: string[] = [];
  const anchor = (make: () => string, prefix = ''): string => {
    for (;;) {
      const text = `${prefix}${make()}`;
      const free = !fixed.some((a) => text.slice(prefix.length).startsWith(a) || a.startsWith(text));
      if (free && !cover.some((line) => line.startsWith(text)) && !anchors.some((a) => a.startsWith(text) || text.startsWith(a))) {
        anchors.push(text);
        return text;
      }
    }
  };
  const directions = Array.from({ length: prng.int(2, 3) }, (_, i) => ({
    number: i + 1,
    heading: anchor(() => prose.title(5, 10)),
    issues: anchor(() => prose.title(3, 8), 'Issues and direction—'),
    measures: Array.from({ length: prng.int(2, 4) }, () => prose.title(3, 9)),
  }));
  const approaches = Array.from({ length: prng.int(1, 3) }, (_, i) => ({
    heading: anchor(() => prose.title(3, 8), `${i + 1}. `),
    measures: Array.from({ length: prng.int(1, 3) }, () => prose.title(3, 8)),
  }));
  prose.reserve(introduction, crossCutting, framework, 'Specific measures', 'Issues and direction', ...directions.map((d) => d.heading), ...approaches.map((a) => a.heading));

  const out = new Lines();
  out.add(' ', '', '');
  out.block(plan.title);
  out.block(plan.issuer);
  out.block(`As of ${plan.dateText}`);
  out.block(introduction, '', '');
  out.block(`* ${[prose.sentence(8, 24), ...plan.cites.map((c) => citingSentence(c.phrase))].join(' ')}`);

  const measureLines = (titles: readonly string[]): void => {
    titles.forEach((title, i) => {
      out.block(`(${i + 1}) ${title}`);
      switch (prng.int(0, 2)) {
        case 0:
          out.block(`→${prose.sentence(8, 30)}`);
          if (prng.chance(0.5)) out.block(prose.paragraph(1, 2));
          break;
        case 1:
          out.block(` \\rightarrow ${prose.sentence(8, 30)}`);
          out.block(...Array.from({ length: prng.int(2, 4) }, () => `- ${prose.bullet()}`));
          break;
        default:
          out.block(...Array.from({ length: prng.int(3, 6) }, () => `- ${prose.bullet()}`));
      }
    });
  };

  for (const direction of directions) {
    out.block(direction.heading);
    out.block(direction.issues);
    const bullets = prng.int(3, 5);
    for (let b = 0; b < bullets; b++) out.add(`- ${prose.bullet()}`, ...(prng.chance(0.4) ? [` ${prose.sentence(6, 20)}`] : []));
    out.block('', '');
    out.block(prose.paragraph(2, 4));
    out.block('Specific measures');
    measureLines(direction.measures);
  }

  out.block(crossCutting);
  out.block(` ${prose.paragraph(1, 2)}`);
  for (const approach of approaches) {
    out.block(approach.heading);
    out.block(prose.paragraph(1, 2));
    measureLines(approach.measures);
  }
  out.block(framework);
  out.add(...Array.from({ length: prng.int(2, 4) }, () => `- ${prose.bullet()}`));

  const outline: OutlineNode[] = [
    { key: 'introduction', kind: 'other', match: introduction },
    ...directions.map((d) => ({
      key: `direction-${d.number}`,
      kind: 'direction',
      number: `(${d.number})`,
      match: d.heading,
      children: [
        { key: 'issues', kind: 'issues', match: d.issues },
        { key: 'measures', kind: 'measures-group', match: 'Specific measures', autoMeasures: true },
      ],
    })),
    {
      key: 'cross-cutting',
      kind: 'chapter',
      match: crossCutting,
      children: approaches.map((a) => ({ kind: 'approach', match: a.heading, autoMeasures: true })),
    },
    { key: 'implementation-framework', kind: 'framework', match: framework },
  ];
  return {
    text: out.toString(),
    manifest: {
      ...manifestFacts(plan, {
        genre: 'slide-overview',
        originalTitle: `合成戦略文書 第${plan.index + 1}号（概要）`,
        dateLabel: `As of ${plan.dateText}`,
      }),
      outline,
    },
  };
}
