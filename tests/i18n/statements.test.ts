/**
 * What the built site (`npm run build`) says about languages — on the language chooser, the Japanese home page
 * and the Japanese document pages — against the coverage counted from content/ itself: files under ja/ against
 * files under en/, Japanese names in the English frontmatter, translated bodies with text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/i18n-status';
import { repoRoot, requireDist } from '../support/paths';

const entries = readCorpus(join(repoRoot, 'content'));
const of = (collection: string, folder: string) => entries.filter((e) => e.collection === collection && e.folder === folder);
const keys = (list: typeof entries) => new Set(list.map((e) => e.pathKey));

/** Coverage of the Japanese edition, counted from the files. */
function countFromContent(document?: string) {
  const placed = ['sections', 'measures'].flatMap((c) => of(c, 'en')).filter((e) => document === undefined || e.raw.document === document);
  const japanese = keys(['sections', 'measures'].flatMap((c) => of(c, 'ja')));
  const translated = placed.filter((e) => japanese.has(e.pathKey));
  const jaBodies = new Map(['sections', 'measures'].flatMap((c) => of(c, 'ja')).map((e) => [e.pathKey, e.body.trim()]));
  const jaGlossary = keys(of('glossary', 'ja'));
  const jaTopics = keys(of('topics', 'ja'));
  const jaDocuments = keys(of('documents', 'ja'));
  return {
    entries: translated.length,
    entriesTotal: placed.length,
    percent: Math.floor((translated.length / placed.length) * 100),
    withText: translated.filter((e) => jaBodies.get(e.pathKey) !== '').length,
    terms: of('glossary', 'en').filter((e) => jaGlossary.has(e.pathKey) || typeof e.raw.nameJa === 'string').length,
    termsTotal: of('glossary', 'en').length,
    topics: of('topics', 'en').filter((e) => jaTopics.has(e.pathKey) || typeof e.raw.titleJa === 'string').length,
    topicsTotal: of('topics', 'en').length,
    titles: of('documents', 'en').filter((e) => jaDocuments.has(e.pathKey)).length,
    titlesTotal: of('documents', 'en').length,
  };
}

const html = (path: string) => readFileSync(join(requireDist(), path, 'index.html'), 'utf8').replaceAll('<wbr>', '');
const numbers = (text: string, pattern: RegExp): number[] => {
  const match = pattern.exec(text);
  expect(match, `${pattern} not found`).not.toBeNull();
  return match!.slice(1).map(Number);
};

const jaSummary = /文書名（(\d+)件中(\d+)件）、用語集の日本語名（(\d+)語中(\d+)語）、テーマ名（(\d+)件中(\d+)件）と、日本語訳のある項目（(\d+)項目中(\d+)項目、(\d+)%。うち本文まで訳したもの(\d+)項目/;
const enSummary = /the document titles \((\d+) of (\d+)\), the Japanese names of glossary terms \((\d+) of (\d+)\), the topic names \((\d+) of (\d+)\) and the translated entries \((\d+) of (\d+), (\d+)%; (\d+) of them/;

describe('language statements match the coverage computed from content/', () => {
  const c = countFromContent();

  it('the Japanese home page and the chooser say, in Japanese, what is in Japanese and that the rest is English', () => {
    for (const page of ['ja', '']) {
      const text = html(page);
      expect(numbers(text, jaSummary), page || '/').toEqual([c.titlesTotal, c.titles, c.termsTotal, c.terms, c.topicsTotal, c.topics, c.entriesTotal, c.entries, c.percent, c.withText]);
      if (c.entries < c.entriesTotal) expect(text).toContain('そのほかの項目の本文は、英語（政府の英語仮訳）で表示しています。');
    }
  });

  it('the chooser says it in English too, and claims no bilingual full text', () => {
    const text = html('');
    expect(numbers(text, enSummary)).toEqual([c.titles, c.titlesTotal, c.terms, c.termsTotal, c.topics, c.topicsTotal, c.entries, c.entriesTotal, c.percent, c.withText]);
    expect(text).not.toContain('日英両語');
    expect(text).not.toContain('in English and Japanese');
  });

  it('the chooser names the documents by the manifest’s Japanese titles', () => {
    const text = html('');
    for (const doc of of('documents', 'ja')) expect(text).toContain(`「${String(doc.raw.title)}」`);
    expect(text).toContain('「開発途上国に対するサイバーセキュリティ分野の能力構築支援に係る基本方針」');
    expect(text).not.toContain('「途上国に対する');
  });

  it('each Japanese document page and home card gives its own share of translated entries', () => {
    for (const doc of of('documents', 'en')) {
      const key = doc.pathKey;
      const d = countFromContent(key);
      const page = html(`ja/documents/${key}`);
      if (d.entries === 0) expect(page).toContain('この文書の項目には日本語訳がまだありません。');
      else expect(numbers(page, /この文書の(\d+)項目のうち、日本語訳があるのは(\d+)項目（(\d+)%）です。/), key).toEqual([d.entriesTotal, d.entries, d.percent]);
      expect(page).not.toContain('この文書の一部は日本語訳がまだありません');
    }
    const cards = [...html('ja').matchAll(/日本語訳：(\d+)項目中(\d+)項目（(\d+)%）/g)].map((m) => m.slice(1).map(Number));
    expect(cards).toEqual(of('documents', 'en').sort((a, b) => Number(a.raw.order) - Number(b.raw.order)).map((doc) => {
      const d = countFromContent(doc.pathKey);
      return [d.entriesTotal, d.entries, d.percent];
    }));
  });
});
