import { describe, expect, it } from 'vitest';
import { anchorId, entryUrl, readingUrl, switchLocale } from '../../src/lib/urls';
import { formatDate } from '../../src/lib/formatDate';
import { groupMentions } from '../../src/lib/groupMentions';

describe('URLs', () => {
  it('follow the contract of ARCHITECTURE.md', () => {
    expect(anchorId('strategy-2021/direction-2/measures-1/3')).toBe('strategy-2021-direction-2-measures-1-3');
    expect(entryUrl('ja', 'measures', 'capacity-building-2021/2/1/a')).toBe('/ja/measures/capacity-building-2021/2/1/a/');
    expect(readingUrl('en', 'strategy-2021', 'strategy-2021/direction-1')).toBe('/en/documents/strategy-2021/#strategy-2021-direction-1');
  });

  it('switch language keeping the route', () => {
    expect(switchLocale('/en/measures/a/b/', 'ja')).toBe('/ja/measures/a/b/');
    expect(switchLocale('/ja/', 'en')).toBe('/en/');
    expect(switchLocale('/404.html', 'ja')).toBe('/ja/');
    expect(switchLocale('/', 'en')).toBe('/en/');
  });
});

describe('dates', () => {
  it('format for the locale without time-zone drift', () => {
    expect(formatDate('2021-09-28', 'en')).toBe('September 28, 2021');
    expect(formatDate('2021-12-14', 'ja')).toBe('2021年12月14日');
  });
});

describe('glossary mentions', () => {
  it('group by entry in first-mention order with sorted, unique lines', () => {
    expect(groupMentions([{ entry: 'b', line: 9 }, { entry: 'a', line: 3 }, { entry: 'b', line: 4 }, { entry: 'b', line: 9 }])).toEqual([
      { entry: 'b', lines: [4, 9] },
      { entry: 'a', lines: [3] },
    ]);
  });
});

import { excerpt } from '../../src/lib/excerpt';
describe('excerpt', () => {
  it('turns a Markdown body into short plain text', () => {
    const body = '- Enhance <a class="term" href="/en/glossary/#nisc"><abbr title="x">NISC</abbr></a> *functions* \\<b\\> &amp; more\n  - nested';
    expect(excerpt(body)).toBe('Enhance NISC functions <b> & more nested');
    expect(excerpt('word '.repeat(60), 20)).toBe('word word word word…');
  });
});
