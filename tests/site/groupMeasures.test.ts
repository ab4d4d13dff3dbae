import { describe, expect, it } from 'vitest';
import { groupMeasures } from '../../src/lib/groupMeasures';

const m = (key: string, document: string, direction: string, order: number) => ({ key, document, direction, order });

describe('explorer grouping', () => {
  const measures = [
    m('s/d2/1', 's', 's/d2', 9),
    m('s/d1/2', 's', 's/d1', 5),
    m('s/d1/1', 's', 's/d1', 4),
    m('c/2/1', 'c', 'c/2', 3),
  ];

  it('groups by document in the given order, then by direction, both in reading order', () => {
    const groups = groupMeasures(measures, ['s', 'c', 'empty']);
    expect(groups.map((g) => [g.document, g.directions.map((d) => [d.direction, d.measures.map((x) => x.key)])])).toEqual([
      ['s', [['s/d1', ['s/d1/1', 's/d1/2']], ['s/d2', ['s/d2/1']]]],
      ['c', [['c/2', ['c/2/1']]]],
    ]);
  });

  it('places a direction by its own section order when given', () => {
    const groups = groupMeasures(measures, ['s'], new Map([['s/d2', 1], ['s/d1', 2]]));
    expect(groups[0]!.directions.map((d) => d.direction)).toEqual(['s/d2', 's/d1']);
  });
});
