/**
 * A part's kind is named in the document's own words where the document gives them (`kindLabels`, from the
 * manifest through content/), and in the interface's words elsewhere: on the entry's page (its kind tag) and in
 * its citation path. Checked on the built pages of every English section and measure, and their Japanese pages
 * (whose Japanese document entries give no labels of their own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ja from '../../src/i18n/ja.json' with { type: 'json' };
import type { DocumentData, SectionData } from '../../src/schemas';
import { requireDist } from '../support/paths';
import { documentOf, englishEntries, entryPagePath, readMetadata } from './support';

const dist = requireDist();
const entries = englishEntries();
const sections = entries.filter((e) => e.collection === 'sections');
const dictionaries = { en, ja } as Record<string, Record<string, string>>;

/** The kind's name a page of `lang` must show: the document's own label (in English), else the dictionary's. */
function expectedLabel(doc: DocumentData, kind: SectionData['kind'], lang: 'en' | 'ja'): string {
  const own = lang === 'en' ? doc.kindLabels?.[kind] : undefined;
  return own ?? dictionaries[lang]![`sectionKind.${kind}`]!;
}

/** The text of the kind tag in a page's eyebrow. */
function eyebrowTag(html: string): string | undefined {
  return /<p class="eyebrow"[^>]*><span class="tag">([^<]*)<\/span>/.exec(html)?.[1];
}

describe('kind labels', () => {
  it('the strategy names three kinds in its own words, which reach content/ from the manifest', () => {
    const strategy = entries.find((e) => e.collection === 'documents' && (e.data as DocumentData).kindLabels)!;
    expect((strategy.data as DocumentData).kindLabels).toEqual({ issues: 'Issues and direction', 'measures-group': 'Specific measures', framework: 'Implementation framework' });
    expect(entries.filter((e) => e.collection === 'documents' && (e.data as DocumentData).kindLabels)).toHaveLength(1);
  });

  it.each(sections.map((e) => [e.key, e] as const))('%s: its page tags its kind with the expected label, in English and Japanese', (_key, entry) => {
    const doc = documentOf(entries, entry);
    const kind = (entry.data as SectionData).kind;
    for (const lang of ['en', 'ja'] as const) {
      const html = readFileSync(join(dist, entryPagePath(lang, entry)), 'utf8');
      expect(eyebrowTag(html), lang).toBe(expectedLabel(doc, kind, lang));
    }
  });

  it('a measure in a numbered group is cited with the group named by its label and number', () => {
    const groups = sections.filter((s) => (s.data as SectionData).kind === 'measures-group' && (s.data as SectionData).number);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const measure = entries.find((e) => e.collection === 'measures' && (e.data as SectionData).parent === group.key)!;
      const doc = documentOf(entries, group);
      const number = (group.data as SectionData).number!;
      for (const lang of ['en', 'ja'] as const) {
        const { jsonLd } = readMetadata(readFileSync(join(dist, entryPagePath(lang, measure)), 'utf8'));
        const name = expectedLabel(doc, 'measures-group', lang);
        const step = dictionaries[lang]!['cite.pathNamedNumber']!.replace('{name}', name).replace('{number}', number);
        expect((jsonLd[0] as { position: string }).position, `${lang} ${measure.key}`).toContain(step);
      }
    }
  });
});
