import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/ingest/build';
import { goldTags, precisionRecall } from '../gold/readGold';
import { seedsDir } from './helpers';

/** Topics and actors of every measure, as ingest assigns them from the real seeds. */
let assigned: Map<string, { topics: string[]; actors: string[] }>;

beforeAll(async () => {
  const { files } = await buildContent(seedsDir);
  assigned = new Map();
  for (const [path, text] of files) {
    if (!path.startsWith('measures/en/')) continue;
    const { data } = matter(text);
    assigned.set(data.key as string, { topics: data.topics as string[], actors: data.actors as string[] });
  }
});

describe('topic and actor tags against the gold list (tests/gold/tags.yaml, written by reading the measures)', () => {
  it('the gold list covers every measure, and only measures', () => {
    expect([...goldTags().keys()].sort()).toEqual([...assigned.keys()].sort());
  });

  for (const field of ['topics', 'actors'] as const) {
    it(`${field}: precision ≥ 95 %, recall ≥ 90 %`, () => {
      const gold = goldTags();
      const score = precisionRecall([...gold].map(([key, expected]) => ({ expected: expected[field], actual: assigned.get(key)?.[field] ?? [] })));
      const misses = [...gold].flatMap(([key, expected]) => {
        const actual = assigned.get(key)?.[field] ?? [];
        const extra = actual.filter((t) => !expected[field].includes(t)).map((t) => `+${t}`);
        const missing = expected[field].filter((t) => !actual.includes(t)).map((t) => `-${t}`);
        return extra.length + missing.length ? [`${key}: ${[...extra, ...missing].join(' ')}`] : [];
      });
      console.log(`${field}: precision ${(score.precision * 100).toFixed(1)} %, recall ${(score.recall * 100).toFixed(1)} % (${score.truePositives} right, ${score.falsePositives.length} wrong, ${score.falseNegatives.length} missed)\n  ${misses.join('\n  ')}`);
      expect(score.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('the false positives named in issue 11 are gone', () => {
    expect(assigned.get('strategy-2021/direction-2/measures-1/3')?.topics).not.toContain('critical-infrastructure');
    expect(assigned.get('strategy-2021/direction-2/measures-1/3')?.actors).not.toContain('businesses');
    expect(assigned.get('strategy-2021/direction-2/measures-3/2')?.topics).not.toContain('smes-and-local-regions');
  });
});
