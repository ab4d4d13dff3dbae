import { describe, expect, it } from 'vitest';
import { pickLocalized } from '../../src/lib/pickLocalized';

const entry = (key: string, lang: 'en' | 'ja', title: string) => ({ id: `${lang}/${key}`, data: { key, lang, title } });
const entries = [entry('a', 'en', 'A'), entry('a', 'ja', 'エー'), entry('b', 'en', 'B'), entry('c', 'ja', 'シー')];

describe('fallback selection', () => {
  it('takes the Japanese entry when there is one, else the English one marked as fallback', () => {
    const ja = pickLocalized(entries, 'ja');
    expect(ja.map(({ key, textLang, fallback, entry: e }) => [key, textLang, fallback, e.data.title])).toEqual([
      ['a', 'ja', false, 'エー'],
      ['b', 'en', true, 'B'],
      ['c', 'ja', false, 'シー'],
    ]);
  });

  it('shows English pages in English only, never falling back to Japanese', () => {
    const en = pickLocalized(entries, 'en');
    expect(en.map(({ key, fallback, entry: e }) => [key, fallback, e.data.title])).toEqual([
      ['a', false, 'A'],
      ['b', false, 'B'],
    ]);
  });
});
