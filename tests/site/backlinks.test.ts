import { describe, expect, it } from 'vitest';
import { backlinks } from '../../src/lib/backlinks';

describe('backlinks', () => {
  it('collects cites and related, once per referrer, in the given order, never self', () => {
    const map = backlinks([
      { key: 'x', cites: ['t'], related: ['t', 'u'] },
      { key: 'y', cites: [], related: ['t', 'y'] },
      { key: 't', cites: ['t'], related: ['x'] },
    ]);
    expect(map.get('t')).toEqual([
      { key: 'x', via: ['cites', 'related'] },
      { key: 'y', via: ['related'] },
    ]);
    expect(map.get('u')).toEqual([{ key: 'x', via: ['related'] }]);
    expect(map.get('x')).toEqual([{ key: 't', via: ['related'] }]);
    expect(map.has('y')).toBe(false);
  });
});
