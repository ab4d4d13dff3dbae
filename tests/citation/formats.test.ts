/**
 * Every document, section and measure: its three citation downloads (CSL-JSON, BibTeX, RIS) parsed by
 * independent parsers, and its page's Highwire tags and JSON-LD, each checked against the entry's own
 * frontmatter in content/ and the edition in package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { CSLParser } from 'biblatex-csl-converter';
import pkg from '../../package.json' with { type: 'json' };
import { siteUrl } from '../../src/siteUrl';
import { repoRoot, requireDist } from '../support/paths';
import { documentOf, englishEntries, entryPagePath, readMetadata, type ContentEntry } from './support';

const dist = requireDist();
const entries = englishEntries();

/** The variables of the CSL 1.0.2 data schema (csl-data.json) that a record may use, with `custom`. */
const cslVariables = new Set([
  'id', 'type', 'title', 'container-title', 'author', 'publisher', 'issued', 'section', 'language', 'original-title',
  'version', 'URL', 'note', 'custom', 'citation-key', 'chapter-number', 'edition', 'accessed', 'genre', 'status',
]);

const heading = (entry: ContentEntry) =>
  entry.data.type === 'document' || entry.data.titleSource === 'place' || !entry.data.number ? entry.data.title : `${entry.data.number} ${entry.data.title}`;
const pageUrl = (lang: string, entry: ContentEntry) => new URL(`/${lang}/${entry.collection}/${entry.key}/`, siteUrl).href;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('citation downloads', () => {
  it('cover every entry of both documents', () => {
    expect(entries.filter((e) => e.collection === 'documents')).toHaveLength(2);
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) {
      for (const ext of ['json', 'bib', 'ris']) expect(existsSync(join(dist, `data/cite/${entry.key}.${ext}`)), `${entry.key}.${ext}`).toBe(true);
    }
  });

  it.each(entries.map((e) => [e.key, e] as const))('%s: CSL-JSON matches the entry and parses', (_key, entry) => {
    const doc = documentOf(entries, entry);
    const records = JSON.parse(read(`data/cite/${entry.key}.json`)) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(Object.keys(record).filter((k) => !cslVariables.has(k))).toEqual([]);
    expect(record).toMatchObject({
      id: entry.key,
      type: entry.collection === 'documents' ? 'report' : 'chapter',
      title: heading(entry),
      author: [{ literal: doc.issuer }],
      publisher: doc.issuer,
      issued: { 'date-parts': [doc.date.split('-').map(Number)] },
      language: 'en',
      version: pkg.version,
      URL: pageUrl('en', entry),
      custom: {
        editionVersion: pkg.version,
        editionDate: pkg.editionDate,
        provisionalTranslation: doc.provisionalTranslation,
        source: { ...entry.data.source, url: new URL(`/en/sources/${entry.data.type === 'document' ? entry.key : doc.key}/#L${entry.data.source.startLine}${entry.data.source.endLine !== entry.data.source.startLine ? `-L${entry.data.source.endLine}` : ''}`, siteUrl).href },
      },
    });
    if (entry.collection === 'documents') {
      expect(record['container-title']).toBeUndefined();
    } else {
      expect(record['container-title']).toBe(doc.title);
      const last = entry.data.type !== 'document' && entry.data.number ? entry.data.number : entry.data.title;
      expect(String(record.section).endsWith(last)).toBe(true);
    }
    expect(String(record.note).startsWith('Provisional translation.')).toBe(doc.provisionalTranslation);
    expect(record.note).toContain(`version ${pkg.version} (${pkg.editionDate})`);

    const parser = new CSLParser({ [entry.key]: record });
    const parsed = parser.parse() as unknown as Record<string, { bib_type: string; fields: { date: string; url: string } }>;
    expect(parser.errors).toEqual([]);
    const [bib] = Object.values(parsed);
    expect(bib).toMatchObject({ bib_type: entry.collection === 'documents' ? 'report' : 'inbook', fields: { date: doc.date, url: pageUrl('en', entry) } });
  });

  it.each(entries.map((e) => [e.key, e] as const))('%s: BibTeX parses and matches the entry', (_key, entry) => {
    const doc = documentOf(entries, entry);
    const result = parseBibtex(read(`data/cite/${entry.key}.bib`));
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(1);
    const bib = result.entries[0]!;
    expect(bib.type).toBe(entry.collection === 'documents' ? 'techreport' : 'inbook');
    expect(bib.key).toBe(entry.key.replace(/[^A-Za-z0-9]/g, '_'));
    // Citation.js writes "…" as "...": compare compatibility forms.
    expect(String(bib.fields.title).normalize('NFKC')).toBe(heading(entry).normalize('NFKC'));
    expect(bib.fields.author).toEqual([{ name: doc.issuer }]);
    expect(bib.fields.year).toBe(doc.date.slice(0, 4));
    expect(bib.fields.url).toBe(pageUrl('en', entry));
    if (entry.collection === 'documents') expect(bib.fields.institution).toEqual([doc.issuer]);
    else expect(bib.fields.booktitle).toBe(doc.title);
    expect(bib.fields.note).toContain(`version ${pkg.version}`);
  });

  it.each(entries.map((e) => [e.key, e] as const))('%s: RIS parses and matches the entry', (_key, entry) => {
    const doc = documentOf(entries, entry);
    const text = read(`data/cite/${entry.key}.ris`);
    // One tag per line: nothing wrapped (a wrapped URL reads as two values).
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    const [item, ...rest] = parseRis(text);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: entry.key,
      type: entry.collection === 'documents' ? 'report' : 'chapter',
      title: heading(entry),
      URL: pageUrl('en', entry),
      issued: { 'date-parts': [doc.date.split('-')] },
      publisher: doc.issuer,
    });
    // RIS has no mark for an institution: parsers split a name without a comma into parts (astrocite: given,
    // particle, family). Every word of the issuer must come back, in order.
    const author = item!.author?.[0] as Record<string, string> | undefined;
    const parts = ['literal', 'given', 'dropping-particle', 'non-dropping-particle', 'family'].map((k) => author?.[k]);
    expect(parts.filter(Boolean).join(' ')).toBe(doc.issuer);
    if (entry.collection !== 'documents') expect(item!['container-title']).toBe(doc.title);
  });
});

describe('metadata on the pages', () => {
  const pages = entries.flatMap((entry) => (['en', 'ja'] as const).map((lang) => [`${lang}/${entry.key}`, lang, entry] as const));

  it.each(pages)('%s: Highwire citation_* tags and JSON-LD', (_label, lang, entry) => {
    const doc = documentOf(entries, entry);
    const { meta, jsonLd } = readMetadata(read(entryPagePath(lang, entry)));
    const one = (name: string) => {
      expect(meta.get(name), name).toHaveLength(1);
      return meta.get(name)![0]!;
    };
    const ja = lang === 'ja' && existsSync(join(repoRoot, 'content', entry.collection, 'ja', `${entry.key}.md`));
    if (!ja) expect(one('citation_title')).toBe(heading(entry));
    expect(one('citation_publication_date')).toBe(doc.date.replaceAll('-', '/'));
    expect(one('citation_online_date')).toBe(pkg.editionDate.replaceAll('-', '/'));
    expect(one('citation_public_url')).toBe(pageUrl(lang, entry));
    expect(['en', 'ja']).toContain(one('citation_language'));
    expect(one('citation_author')).not.toBe('');
    if (lang === 'en') expect(one('citation_author')).toBe(doc.issuer);
    if (entry.collection === 'documents') expect(one('citation_technical_report_institution')).toBe(one('citation_author'));
    else expect(one('citation_inbook_title')).not.toBe('');
    expect(meta.has('citation_pdf_url')).toBe(doc.translationUrl !== undefined && doc.translationUrl.toLowerCase().endsWith('.pdf'));

    expect(jsonLd).toHaveLength(1);
    const node = jsonLd[0] as Record<string, unknown>;
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': entry.collection === 'documents' ? 'Report' : 'CreativeWork',
      identifier: entry.key,
      url: pageUrl(lang, entry),
      inLanguage: one('citation_language'),
      datePublished: doc.date,
      version: pkg.version,
      publisher: { '@type': 'Organization', name: one('citation_author') },
    });
    if (entry.collection !== 'documents') {
      expect(node.isPartOf).toMatchObject({ '@type': 'Report', identifier: doc.key, name: one('citation_inbook_title'), datePublished: doc.date });
    }
    expect('creativeWorkStatus' in node).toBe(doc.provisionalTranslation);
  });
});
