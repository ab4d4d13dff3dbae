import { citingSentence, Lines, manifestFacts, type DocumentPlan, type WrittenDocument } from './document';

/** An outline node of the manifest (see scripts/ingest/README.md). */
type OutlineNode = Record<string, unknown>;

/** Headings fixed by the genre: every deck has them, so no random heading may start with one. */
const INTRODUCTION_PREFIX = 'Issues and Direction of ';
const CROSS_CUTTING = 'Cross-Cutting Approaches to Cybersecurity';
const FRAMEWORK = 'Implementation Framework';

/** What a deck will hold, drawn before any line is written. */
interface DeckPlan {
  introduction: string;
  directions: { number: number; heading: string; issues: string; measures: string[] }[];
  approaches: { heading: string; measures: string[] }[];
}

/**
 * A document of genre `slide-overview`, shaped like the strategy overview: a cover, an introduction,
 * two or three directions (issues, then numbered specific measures), cross-cutting approaches with
 * their own numbered measures, and an implementation framework. The manifest carries the outline
 * with the heading lines as anchors. 15–36 entries.
 */
export function writeSlideOverview(plan: DocumentPlan): WrittenDocument {
  const deck = planDeck(plan);
  return {
    text: writeDeck(plan, deck),
    manifest: {
      ...manifestFacts(plan, {
        genre: 'slide-overview',
        originalTitle: `合成戦略文書 第${plan.index + 1}号（概要）`,
        dateLabel: `As of ${plan.dateText}`,
      }),
      outline: deckOutline(deck),
    },
  };
}

/** Draws the headings and measure titles. Anchors must be distinct and none a prefix of another, or a heading could open the wrong node. */
function planDeck(plan: DocumentPlan): DeckPlan {
  const { prng, prose } = plan;
  const introduction = `${INTRODUCTION_PREFIX}${plan.shortTitle}`;
  const fixed = [introduction, CROSS_CUTTING, FRAMEWORK, 'Specific measures', 'Issues and direction'];
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
  prose.reserve(...fixed, ...directions.map((d) => d.heading), ...approaches.map((a) => a.heading));
  return { introduction, directions, approaches };
}

/** The seed text of a planned deck: cover, introduction, directions, approaches, framework. */
function writeDeck(plan: DocumentPlan, { introduction, directions, approaches }: DeckPlan): string {
  const { prng, prose } = plan;
  const out = new Lines();
  out.add(' ', '', '');
  out.block(plan.title);
  out.block(plan.issuer);
  out.block(`As of ${plan.dateText}`);
  out.block(introduction, '', '');
  out.block(`* ${[prose.sentence(8, 24), ...plan.cites.map((c) => citingSentence(c.phrase))].join(' ')}`);
  for (const direction of directions) {
    out.block(direction.heading);
    out.block(direction.issues);
    const bullets = prng.int(3, 5);
    for (let b = 0; b < bullets; b++) out.add(`- ${prose.bullet()}`, ...(prng.chance(0.4) ? [` ${prose.sentence(6, 20)}`] : []));
    out.block('', '');
    out.block(prose.paragraph(2, 4));
    out.block('Specific measures');
    writeMeasures(plan, out, direction.measures);
  }
  out.block(CROSS_CUTTING);
  out.block(` ${prose.paragraph(1, 2)}`);
  for (const approach of approaches) {
    out.block(approach.heading);
    out.block(prose.paragraph(1, 2));
    writeMeasures(plan, out, approach.measures);
  }
  out.block(FRAMEWORK);
  out.add(...Array.from({ length: prng.int(2, 4) }, () => `- ${prose.bullet()}`));
  return out.toString();
}

/** Numbered measures "(N) Title", each followed by an arrow sentence, bullets, or both. */
function writeMeasures({ prng, prose }: DocumentPlan, out: Lines, titles: readonly string[]): void {
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
}

/** The manifest outline of a planned deck, with its heading lines as anchors. */
function deckOutline({ introduction, directions, approaches }: DeckPlan): OutlineNode[] {
  return [
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
      match: CROSS_CUTTING,
      children: approaches.map((a) => ({ kind: 'approach', match: a.heading, autoMeasures: true })),
    },
    { key: 'implementation-framework', kind: 'framework', match: FRAMEWORK },
  ];
}
