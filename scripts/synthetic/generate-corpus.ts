/**
 * A synthetic corpus for benchmarks: N documents shaped like the two seeds (half `slide-overview`,
 * half `numbered-policy`, alternating), written as seed texts plus a manifest and the seeds' own
 * vocabulary, in the format `scripts/ingest` reads.
 *
 *   tsx scripts/synthetic/generate-corpus.ts --docs N --out <dir> [--seeds seeds/]
 *
 * Deterministic: the same N (and the same seed texts) gives the same bytes. Document i depends only
 * on i, so the corpus of N documents is a prefix of the corpus of any larger N.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { DocumentPlan, WrittenDocument } from './document';
import { writeNumberedPolicy } from './numbered-policy';
import { Prng } from './prng';
import { Prose } from './prose';
import { writeSlideOverview } from './slide-overview';
import { TextModel } from './text-model';
import { readVocabularyWords } from './vocabulary';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed folder the generator learns its words from, unless told otherwise. */
export const defaultSeedsDir = join(repoRoot, 'seeds');

/** The vocabulary file written beside the manifest (a byte copy of the seeds' own). */
const VOCABULARY_FILE = 'vocabulary.yaml';

const ISSUERS = [
  'Cybersecurity Strategic Headquarters',
  'National center of Incident readiness and Strategy for Cybersecurity (NISC)',
  'Digital Agency',
  'Ministry of Economy, Trade and Industry',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of documents. */
  docs: number;
  /** Seed folder: its `*.txt` train the text model, its `vocabulary.yaml` is copied. */
  seedsDir?: string;
}

/** Generates the corpus in memory: file name → content (`manifest.yaml`, `vocabulary.yaml`, `*.txt`). */
export function generateCorpus({ docs, seedsDir = defaultSeedsDir }: CorpusOptions): Map<string, string> {
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`synthetic: --docs must be a positive integer, not ${docs}`);
  const seedTexts = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const vocabularyText = readFileSync(join(seedsDir, VOCABULARY_FILE), 'utf8');
  const model = new TextModel(seedTexts);
  const vocabulary = readVocabularyWords(vocabularyText);

  const files = new Map<string, string>();
  const written: { plan: DocumentPlan; doc: WrittenDocument }[] = [];
  for (let index = 0; index < docs; index++) {
    const plan = planDocument(index, model, vocabulary, written.map((w) => w.plan));
    const doc = plan.key.startsWith('strategy') ? writeSlideOverview(plan) : writeNumberedPolicy(plan);
    written.push({ plan, doc });
    files.set(plan.file, doc.text);
  }
  const manifest = {
    vocabulary: VOCABULARY_FILE,
    documents: written.map((w) => w.doc.manifest),
  };
  const header =
    `# Synthetic corpus of ${docs} documents for benchmarks (scripts/synthetic/generate-corpus.ts).\n` +
    '# Generated: do not edit. Format: scripts/ingest/README.md.\n';
  files.set('manifest.yaml', header + stringify(manifest, { lineWidth: 0 }));
  files.set(VOCABULARY_FILE, vocabularyText);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The bibliographic facts of document `index`; it may cite earlier documents. */
function planDocument(index: number, model: TextModel, vocabulary: ReturnType<typeof readVocabularyWords>, earlier: readonly DocumentPlan[]): DocumentPlan {
  const prng = new Prng(`synthetic-document-${index}`);
  const slide = index % 2 === 0;
  const number = String(index + 1).padStart(4, '0');
  const theme = prng.pick(vocabulary.topics).title;
  const year = 2010 + prng.int(0, 15);
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  const cites =
    earlier.length > 0 && prng.chance(0.4)
      ? prng.sample(earlier, prng.int(1, Math.min(2, earlier.length))).map((e) => ({ document: e.key, phrase: `the ${e.shortTitle}` }))
      : [];
  const key = slide ? `strategy-${number}` : `policy-${number}`;
  return {
    index,
    key,
    file: `${key}.txt`,
    title: slide ? `Japan's ${theme} Strategy ${index + 1} (Overview)` : `Basic Policy on ${theme}, No. ${index + 1}`,
    shortTitle: slide ? `${theme} Strategy ${index + 1}` : `${theme} Basic Policy ${index + 1}`,
    issuer: prng.pick(ISSUERS),
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dateText: `${MONTHS[month - 1]} ${day}, ${year}`,
    cites,
    prng,
    prose: new Prose(prng, model, vocabulary),
  };
}

/** Writes the corpus into `out` (created if needed); returns the number of files. */
export function writeCorpus(out: string, files: ReadonlyMap<string, string>): number {
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  return files.size;
}

async function main(argv: readonly string[]): Promise<number> {
  let values: { docs?: string; out?: string; seeds?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { docs: { type: 'string' }, out: { type: 'string' }, seeds: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`synthetic: ${(error as Error).message}\n  usage: tsx scripts/synthetic/generate-corpus.ts --docs N --out <dir> [--seeds seeds/]`);
    return 1;
  }
  const docs = Number(values.docs);
  if (!values.out || !Number.isInteger(docs) || docs < 1) {
    console.error('synthetic: --docs N (a positive integer) and --out <dir> are required');
    return 1;
  }
  const started = performance.now();
  const files = generateCorpus({ docs, seedsDir: values.seeds ? resolve(values.seeds) : defaultSeedsDir });
  writeCorpus(resolve(values.out), files);
  const bytes = [...files.values()].reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  console.log(`synthetic: ${docs} documents, ${files.size} files, ${bytes} bytes → ${values.out} (${Math.round(performance.now() - started)} ms)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
