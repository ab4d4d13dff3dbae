import { citingSentence, Lines, manifestFacts, type DocumentPlan, type WrittenDocument } from './document';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v'];
const LETTERS = ['a', 'b', 'c', 'd'];

/**
 * A document of genre `numbered-policy`, shaped like the capacity-building policy: a cover, chapters
 * `N Title`, numbered paragraphs `(n) …` (some with roman lists), and a chapter of measures whose
 * parts `(n) Title` hold lettered parts `(a) Title`. About 15–32 entries.
 */
export function writeNumberedPolicy(plan: DocumentPlan): WrittenDocument {
  const { prng, prose } = plan;
  const out = new Lines();
  out.add('');
  out.block('(Provisional Translation)', plan.title);
  out.block(plan.dateText, `Approved by the ${plan.issuer}`);

  const chapters = prng.int(3, 4);
  const measureChapter = 2;
  let cited = false;
  for (let c = 1; c <= chapters; c++) {
    out.block(`${c} ${prose.title(2, 5)}`);
    if (c === measureChapter) {
      out.block(prose.paragraph(3, 6));
      const measures = prng.int(4, 6);
      for (let m = 1; m <= measures; m++) {
        out.block(`${m === 1 && prng.chance(0.5) ? '- ' : ''}(${m}) ${prose.title(4, 10)}`);
        out.block(prose.paragraph(2, 5));
        const letters = prng.chance(0.7) ? prng.int(1, 2) : 0;
        for (let l = 0; l < letters; l++) {
          out.block(`(${LETTERS[l]}) ${prose.title(2, 6)}`);
          for (let p = prng.int(1, 3); p > 0; p--) out.block(prose.paragraph(2, 5));
        }
      }
      continue;
    }
    const parts = c === 1 ? prng.int(3, 4) : prng.int(2, 3);
    for (let s = 1; s <= parts; s++) {
      // Numbered paragraphs (a full sentence after the number) in the first chapter, headings after it.
      if (c === 1) {
        const first = cited ? prose.paragraph(2, 5) : `${prose.paragraph(1, 3)} ${plan.cites.map((x) => citingSentence(x.phrase)).join(' ')}`.trim();
        cited = true;
        out.block(`- (${s}) ${first}`);
        if (prng.chance(0.4)) {
          const items = prng.int(2, 5);
          out.block(...ROMAN.slice(0, items).map((r, i) => `${i === 0 ? '- ' : ' - '}(${r}) ${prose.sentence(6, 20)}`));
        }
        for (let p = prng.int(0, 2); p > 0; p--) out.block(prose.paragraph(2, 5));
      } else {
        out.block(`(${s}) ${prose.title(3, 8)}`);
        for (let p = prng.int(1, 3); p > 0; p--) out.block(prose.paragraph(2, 5));
      }
    }
  }
  out.add('(End)');

  return {
    text: out.toString(),
    manifest: {
      ...manifestFacts(plan, {
        genre: 'numbered-policy',
        originalTitle: `合成政策文書 第${plan.index + 1}号`,
        dateLabel: plan.dateText,
        approvedBy: plan.issuer,
      }),
      measureChapters: [String(measureChapter)],
    },
  };
}
