import { join, relative } from 'node:path';
import type { CollectionName } from '../../src/schemas/index';
import { findCitations } from './citations';
import { CollectionFiles } from './collection-files';
import { MentionIndex, findTerms, markFirstMentions, termMatchers } from './glossary';
import { chooseRelated } from './choose-related';
import { checkEditorial } from './editorial';
import { relatedPassages } from './related';
import { documentUrl, readingUrl } from '../../src/lib/urls';
import { loadManifest, type Manifest, type ManifestDocument } from './manifest';
import { blocksToMdast, toMarkdown } from './markdown';
import { blockLines, plain, textUnits, type ParsedDocument, type ParsedEntry } from './model';
import { parseNumberedPolicy } from './parse-numbered-policy';
import { parseSlideOverview } from './parse-slide-overview';
import { readSeed, type Seed } from './read-seed';
import { confinedPath } from './seed-files';
import { resolveTitles } from './titles';
import { actorsOf, topicsOf } from './tags';
import { span } from './arrays';

/** The language ingest writes: the seeds are the English texts. */
const LANG = 'en';

/** Everything one ingest run produces, before anything touches the disk. */
export interface BuildResult {
  /** Output files by path relative to the out folder (`sections/en/<key>.md`), sorted. */
  files: Map<string, string>;
  counts: Record<CollectionName, number>;
}

interface DocumentRun {
  doc: ManifestDocument;
  seed: Seed;
  parsed: ParsedDocument;
}

/** Reads the manifest and seeds of `seedsDir` and returns the content files, or throws an `IngestError`. */
export async function buildContent(seedsDir: string): Promise<BuildResult> {
  // Messages name files as the user typed them: relative inside the project, absolute outside it.
  const inside = relative(process.cwd(), seedsDir);
  const display = inside.startsWith('..') ? seedsDir : inside || '.';
  const manifest = await loadManifest(seedsDir, display);
  const runs: DocumentRun[] = [];
  const sorted = [...manifest.documents].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  for (const doc of sorted) {
    const index = manifest.documents.indexOf(doc);
    const path = await confinedPath(seedsDir, doc.file, { file: manifest.file, line: manifest.lineOf(['documents', index, 'file']) });
    const seed = await readSeed(path, join(display, doc.file));
    const context = { file: manifest.file, lineOf: manifest.lineOf, index };
    const parsed =
      doc.genre === 'numbered-policy' ? parseNumberedPolicy(seed, doc, context) : parseSlideOverview(seed, doc, context);
    runs.push({ doc, seed, parsed });
  }
  const out = new CollectionFiles(LANG);
  assemble(manifest, runs, out);
  return { files: out.sorted(), counts: out.counts };
}

/** Derives every cross-entry field (topics, related, terms, mentions, cites, actors) and adds the entries. */
function assemble(manifest: Manifest, runs: readonly DocumentRun[], out: CollectionFiles): void {
  const facts = crossEntryFacts(manifest, runs);
  for (const run of runs) {
    const texts = new Map(run.parsed.entries.map((e) => [e.key, facts.texts.get(e.key)!]));
    const cites = findCitations(run.doc, texts, manifest, facts.entryKeys);
    addDocument(run, cites.document, facts, out);
    addEntries(run, cites.byEntry, facts, out);
  }
  addVocabulary(manifest, facts, out);
}

/** What every entry's record draws on from the whole corpus, computed once before any entry is added. */
interface CrossEntryFacts {
  vocabulary: Manifest['vocabulary'];
  matchers: ReturnType<typeof termMatchers>;
  /** Collects where each glossary term is mentioned, as entries are added in reading order. */
  mentions: MentionIndex;
  /** Every entry across documents, in reading order. */
  ordered: readonly ParsedEntry[];
  /** Title and own text of every entry. */
  texts: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string[]>;
  related: ReturnType<typeof chooseRelated>;
  entryKeys: ReadonlySet<string>;
  /** The document key of every entry. */
  documentOf: ReadonlyMap<string, string>;
  /** The glossary term that names each document, and the document each such term names. */
  termOfDocument: ReadonlyMap<string, string>;
  documentOfTerm: ReadonlyMap<string, string>;
  /** The document each mapped document is mapped onto (the concordance's frame). */
  mapsOnto: ReadonlyMap<string, string>;
}

function crossEntryFacts(manifest: Manifest, runs: readonly DocumentRun[]): CrossEntryFacts {
  const { vocabulary } = manifest;
  const matchers = termMatchers(vocabulary.glossary);
  const ordered = runs.flatMap((run) => run.parsed.entries);
  const texts = new Map<string, string>();
  for (const entry of ordered) texts.set(entry.key, [entry.title, ...textUnits(entry.blocks).map((u) => u.text)].join('\n'));
  const topics = assignTopics(ordered, texts, vocabulary.topics);
  const entryKeys = new Set(ordered.map((e) => e.key));
  checkEditorial(manifest, entryKeys);
  const documentOf = new Map(runs.flatMap((run) => run.parsed.entries.map((e) => [e.key, run.doc.key] as const)));
  const allDescendants = descendantsByKey(ordered);
  const computed = relatedPassages(
    ordered.map((e) => ({
      key: e.key,
      document: documentOf.get(e.key)!,
      text: texts.get(e.key)!,
      terms: [...new Set(findTerms(texts.get(e.key)!, matchers).map((hit) => hit.key))],
      topics: topics.get(e.key) ?? [],
      broad: isBroad(e, allDescendants),
    })),
    new Map(vocabulary.glossary.map((t) => [t.key, t.term.toLowerCase()])),
  );
  const termOfDocument = new Map(manifest.documents.flatMap((d) => (d.term === undefined ? [] : [[d.key, d.term] as const])));
  return {
    vocabulary,
    matchers,
    mentions: new MentionIndex(matchers),
    ordered,
    texts,
    topics,
    related: chooseRelated(computed, documentOf, manifest.relations),
    entryKeys,
    documentOf,
    termOfDocument,
    documentOfTerm: new Map([...termOfDocument].map(([doc, term]) => [term, doc])),
    mapsOnto: new Map((manifest.concordance?.mapped ?? []).map((key) => [key, manifest.concordance!.frame])),
  };
}

/** Adds a document's record: the manifest's facts about it, and its cover text. */
function addDocument({ doc, seed, parsed }: DocumentRun, cites: string[], facts: CrossEntryFacts, out: CollectionFiles): void {
  facts.mentions.add(doc.key, textUnits(parsed.cover));
  const coverLines = parsed.coverLines.length ? parsed.coverLines : [1];
  out.add(
    'documents',
    {
      type: 'document',
      key: doc.key,
      lang: LANG,
      generated: true,
      title: doc.title,
      shortTitle: doc.shortTitle,
      originalTitle: doc.originalTitle,
      issuer: doc.issuer,
      approvedBy: doc.approvedBy,
      date: doc.date,
      dateLabel: doc.dateLabel,
      originalLanguage: doc.originalLanguage,
      provisionalTranslation: doc.provisionalTranslation,
      originalUrl: doc.originalUrl,
      translationUrl: doc.translationUrl,
      genre: doc.genre,
      kindLabels: doc.kindLabels,
      order: doc.order,
      cites,
      mapsOnto: facts.mapsOnto.get(doc.key),
      source: sourceSpan(doc.file, coverLines),
      sourceSha256: seed.sha256,
    },
    toMarkdown(blocksToMdast(parsed.cover)),
    { file: seed.file },
  );
}

/** Adds a record for every section and measure of a document, in reading order. */
function addEntries({ doc, seed, parsed }: DocumentRun, citesOf: ReadonlyMap<string, string[]>, facts: CrossEntryFacts, out: CollectionFiles): void {
  const byKey = new Map(parsed.entries.map((e) => [e.key, e]));
  const titles = resolveTitles(parsed.entries, seed);
  const descendants = descendantsByKey(parsed.entries);
  parsed.entries.forEach((entry, order) => {
    const { title, titleSource } = titles.get(entry.key)!;
    const cites = citesOf.get(entry.key) ?? [];
    const titleUnit = entry.lines.length ? [{ text: plain(entry.title), lineAt: () => entry.lines[0]! }] : [];
    const terms = facts.mentions.add(entry.key, [...titleUnit, ...textUnits(entry.blocks)]);
    const tree = blocksToMdast(entry.blocks);
    markFirstMentions(tree, facts.matchers, LANG, citedMarks(cites, facts.documentOf, facts.termOfDocument));
    const lines = ownLines(entry, descendants);
    const topLevel = ancestorsOf(entry, byKey).at(-1) ?? entry;
    const parent = entry.parent ? byKey.get(entry.parent) : undefined;
    const head = {
      type: entry.collection === 'sections' ? 'section' : 'measure',
      key: entry.key,
      lang: LANG,
      generated: true,
      document: doc.key,
      parent: entry.parent,
      order,
      depth: entry.key.split('/').length - 1,
      number: entry.number,
      title,
      // Absent for the usual case, a heading printed in the source (the schema's default).
      titleSource: titleSource === 'heading' ? undefined : titleSource,
    };
    const tail = {
      source: sourceSpan(doc.file, lines),
      topics: facts.topics.get(entry.key) ?? [],
      terms,
      related: facts.related.get(entry.key) ?? [],
      cites,
    };
    const data =
      entry.collection === 'sections'
        ? { ...head, kind: entry.kind, ...tail }
        : {
            ...head,
            direction: topLevel.key,
            // The group is the heading the measure is listed under; a top-level part is its direction, not a group.
            group: parent && parent !== topLevel ? parent.key : undefined,
            actors: actorsOf(facts.texts.get(entry.key)!, facts.vocabulary.actors),
            ...tail,
          };
    out.add(entry.collection, data, toMarkdown(tree), { file: seed.file, line: lines[0] });
  });
}

/** Adds the glossary terms (with where each is mentioned) and the topics (with their entries). */
function addVocabulary(manifest: Manifest, facts: CrossEntryFacts, out: CollectionFiles): void {
  const paragraph = (value: string): string =>
    toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
  for (const term of facts.vocabulary.glossary) {
    const { key, term: name, expansion, nameJa, nameJaSource, aliases, kind, description } = term;
    const data = {
      type: 'term', key, lang: LANG, generated: true, term: name, expansion, nameJa, nameJaSource, aliases, kind,
      document: facts.documentOfTerm.get(key), mentions: facts.mentions.of(key),
    };
    out.add('glossary', data, paragraph(description), { file: manifest.file });
  }
  for (const topic of facts.vocabulary.topics) {
    const entries = facts.ordered.filter((e) => facts.topics.get(e.key)?.includes(topic.key)).map((e) => e.key);
    const { titleJa, titleJaSource, titleJaEditorial } = topic;
    const data = { type: 'topic', key: topic.key, lang: LANG, generated: true, title: topic.title, titleJa, titleJaSource, titleJaEditorial, entries };
    out.add('topics', data, paragraph(topic.description), { file: manifest.file });
  }
}

/** The seed line range an entry was read from. */
function sourceSpan(file: string, lines: readonly number[]): { file: string; startLine: number; endLine: number } {
  const { min, max } = span(lines);
  return { file, startLine: min, endLine: max };
}

/**
 * Where a glossary mark of a term naming a cited document leads: to the cited part in that document's
 * reading edition, or to the document (ingest writes `/en/` links; the site rewrites them per language).
 */
function citedMarks(
  cited: readonly string[],
  documentOf: ReadonlyMap<string, string>,
  termOfDocument: ReadonlyMap<string, string>,
): Map<string, string> {
  const marks = new Map<string, string>();
  for (const target of cited) {
    const doc = documentOf.get(target) ?? target;
    const term = termOfDocument.get(doc);
    if (term === undefined || marks.has(term)) continue;
    marks.set(term, documentOf.has(target) ? readingUrl(LANG, doc, target) : documentUrl(LANG, doc));
  }
  return marks;
}

/** Section kinds that, with parts below them, are containers rather than passages. */
const BROAD_KINDS: ReadonlySet<string> = new Set(['direction', 'chapter', 'measures-group']);

/**
 * A broad container says a little about everything below it: the outline table, and a direction, chapter
 * or group of measures that has parts (or any part with parts and no text of its own).
 */
function isBroad(entry: ParsedEntry, descendants: ReadonlyMap<string, readonly ParsedEntry[]>): boolean {
  if (entry.kind === 'outline') return true;
  if (!descendants.has(entry.key)) return false;
  return entry.blocks.length === 0 || BROAD_KINDS.has(entry.kind);
}

/**
 * Topics by keyword; a container with no text of its own (a direction, a group heading) is about
 * what its parts are about.
 */
function assignTopics(
  entries: readonly ParsedEntry[],
  texts: ReadonlyMap<string, string>,
  vocabulary: Parameters<typeof topicsOf>[1],
): Map<string, string[]> {
  const topics = new Map(entries.map((e) => [e.key, topicsOf(texts.get(e.key)!, vocabulary)]));
  const descendants = descendantsByKey(entries);
  for (const entry of entries) {
    if (entry.blocks.length > 0) continue;
    const inside = (descendants.get(entry.key) ?? []).flatMap((e) => topics.get(e.key) ?? []);
    const union = new Set([...(topics.get(entry.key) ?? []), ...inside]);
    topics.set(entry.key, vocabulary.map((t) => t.key).filter((k) => union.has(k)));
  }
  return topics;
}

/** The entry's own lines, or, for a container without text of its own, the span of its descendants. */
function ownLines(entry: ParsedEntry, descendants: ReadonlyMap<string, readonly ParsedEntry[]>): number[] {
  const own = [...entry.lines, ...blockLines(entry.blocks)];
  if (own.length) return own;
  const inside = (descendants.get(entry.key) ?? []).flatMap((e) => e.lines);
  return inside.length ? inside : [1];
}

/**
 * Each entry's descendants (keys starting with `<key>/`), in the order of `entries`, found by walking
 * up each key's prefixes instead of scanning every entry for every container.
 */
function descendantsByKey(entries: readonly ParsedEntry[]): Map<string, ParsedEntry[]> {
  const keys = new Set(entries.map((e) => e.key));
  const inside = new Map<string, ParsedEntry[]>();
  for (const entry of entries) {
    for (let cut = entry.key.lastIndexOf('/'); cut > 0; cut = entry.key.lastIndexOf('/', cut - 1)) {
      const prefix = entry.key.slice(0, cut);
      if (!keys.has(prefix)) continue;
      const list = inside.get(prefix);
      if (list) list.push(entry);
      else inside.set(prefix, [entry]);
    }
  }
  return inside;
}

function ancestorsOf(entry: ParsedEntry, byKey: ReadonlyMap<string, ParsedEntry>): ParsedEntry[] {
  const chain: ParsedEntry[] = [];
  for (let up = entry.parent ? byKey.get(entry.parent) : undefined; up; up = up.parent ? byKey.get(up.parent) : undefined) chain.push(up);
  return chain;
}
