/**
 * Issue 14, items 8–11 (and issue 13, item 4), through the real `npm run build` in a copy of the project
 * whose seeds carry hostile strings:
 * - item 11: a second build in the same folder refuses with "another build is running"; a failed or
 *   interrupted build leaves dist/ as it was;
 * - item 8: seed and vocabulary text stays text in the built HTML (no javascript: link, GFM autolink or strikethrough);
 * - item 9: a heading like `=HYPERLINK(…)` is neutralised in measures.csv and exact in measures.json;
 * - item 10: an environment variable SITE changes nothing; SITE_URL is the URL; an empty SITE_URL is the
 *   placeholder (with a warning naming SITE_URL); an invalid one is named.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { parseCsv } from '../map-data/parseCsv';
import { readTree, replaceIn, Scratch, start, type Finished } from './support';

const scratch = new Scratch();
afterAll(() => scratch.removeAll());

const HOSTILE_TERM = '[x](javascript:alert(1))';
const HOSTILE_LINE = ` See ${HOSTILE_TERM} at www.example.com, http://evil.example/ or a@b.example, and ~~struck~~ text.`;
// A heading (it ends without a clause mark, so the parser keeps it as the (a) heading, not as paragraph text).
const FORMULA = '=HYPERLINK("http://evil.example/","click") region';

/**
 * A copy of the project (git's files) in `dir`; node_modules is a folder of links to the project's
 * packages, so Astro's caches (`node_modules/.astro`, `.vite`) belong to the copy alone.
 */
function copyProject(dir: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot })
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repoRoot, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Hostile strings in the copy's seeds: a glossary spelling in link syntax, GFM constructs, a formula heading. */
function poisonSeeds(project: string): void {
  const seed = join(project, 'seeds/capacity-building-basic-policy-2021.txt');
  replaceIn(seed, /^\(a\) ASEAN region$/m, `(a) ${FORMULA}`);
  replaceIn(seed, /^(For the government agencies of ASEAN member states.*)$/m, `$1${HOSTILE_LINE}`);
  replaceIn(
    join(project, 'seeds/vocabulary.yaml'),
    /^glossary:\n/m,
    'glossary:\n' +
      `  - key: hostile\n    term: "${HOSTILE_TERM}"\n    expansion: "a hostile <b>spelling</b>"\n    kind: concept\n` +
      `    description: "Visit www.example.org ~~gone~~ [y](javascript:alert(2)) <script>alert(3)</script>"\n`,
  );
}

/**
 * A translation repeats its English entry's structural fields (the drift check): after the seed changed, the
 * Japanese document must name the new seed's SHA-256 too, as a translator would copy it.
 */
function followSeedInTranslations(project: string): void {
  const english = readFileSync(join(project, 'content/documents/en/capacity-building-2021.md'), 'utf8');
  const sha = /^sourceSha256: "?([0-9a-f]{64})"?$/m.exec(english)?.[1];
  if (!sha) throw new Error('the English document has no sourceSha256');
  replaceIn(join(project, 'content/documents/ja/capacity-building-2021.md'), /^sourceSha256: .*$/m, `sourceSha256: "${sha}"`);
}

let project: string;
let first: Finished;
let second: Finished;

function npmBuild(env: NodeJS.ProcessEnv) {
  return start('npm', ['run', 'build'], { cwd: project, env: { ASTRO_TELEMETRY_DISABLED: '1', ...env }, group: true });
}

/** Every file under dist/ of the copy, as bytes. */
const distTree = () => readTree(join(project, 'dist'));
const distFile = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');
const leftovers = () => readdirSync(project).filter((name) => name.startsWith('.dist.'));

function htmlFiles(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const path = base ? `${base}/${entry.name}` : entry.name;
    return entry.isDirectory() ? htmlFiles(dir, path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

beforeAll(async () => {
  project = join(scratch.dir(), 'project');
  copyProject(project);
  poisonSeeds(project);
  const ingest = await start(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/ingest/cli.ts'], { cwd: project }).done;
  if (ingest.status !== 0) throw new Error(`ingest of the hostile seeds failed:\n${ingest.stderr}`);
  followSeedInTranslations(project);
  const running = npmBuild({ SITE: 'https://other.example/', SITE_URL: 'https://real.example/' });
  const until = Date.now() + 120_000;
  while (!existsSync(join(project, '.dist.build.lock')) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  second = await npmBuild({}).done;
  first = await running.done;
}, 600_000);

describe('item 11: two builds at once in one folder', () => {
  it('the second refuses at once, saying another build is running; the first completes', () => {
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('build: another build is running in');
    expect(second.ms).toBeLessThan(30_000);
    expect(first.status, first.stderr.slice(-3000)).toBe(0);
    for (const path of ['index.html', 'en/index.html', 'pagefind/pagefind.js', 'downloads/jp-cyber-policy-offline.zip', 'data/measures.csv']) {
      expect(existsSync(join(project, 'dist', path)), path).toBe(true);
    }
    expect(leftovers()).toEqual([]);
  });

  it('Ctrl-C (SIGINT to the whole build) leaves dist/ as it was and no staging folder; SITE=/some/path and an empty SITE_URL give the placeholder warning', async () => {
    const before = distTree();
    const run = npmBuild({ SITE: '/some/path', SITE_URL: '' });
    const until = Date.now() + 120_000;
    while (!run.output().stdout.includes('[build]') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    process.kill(-run.child.pid!, 'SIGINT');
    const result = await run.done;
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('build: warning: SITE_URL is not set');
    expect(result.stderr).toContain('SITE_URL=https://<your host>/ npm run build');
    expect(result.stderr).not.toContain('Invalid URL');
    expect(result.stderr).toContain('build: interrupted by SIGINT; dist/ was left as it was');
    expect(distTree()).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 180_000);
});

describe('item 8: seed and vocabulary strings are text in the built pages', () => {
  it('no javascript: link, GFM autolink or strikethrough comes from them, and the text is shown as written', () => {
    const dist = join(project, 'dist');
    const pages = htmlFiles(dist);
    let shown = 0;
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).not.toMatch(/href="\s*javascript:/i);
      expect(html, page).not.toMatch(/<(del|s)>/);
      expect(html, page).not.toMatch(/href="(https?:\/\/)?(www\.example\.(com|org)|evil\.example)|href="mailto:a@b/);
      expect(html, page).not.toContain('<script>alert');
      if (html.includes('[x](javascript:alert(1))</abbr>')) shown++;
    }
    expect(shown).toBeGreaterThan(0);
    const text = (path: string) => distFile(path).replace(/<!---->/g, '');
    const section = text('en/measures/capacity-building-2021/2/1/a/index.html');
    expect(section).toContain('at www.example.com, http://evil.example/ or a@b.example, and ~~struck~~ text.');
    const glossary = text('en/glossary/index.html');
    expect(glossary).toContain('Visit www.example.org ~~gone~~ [y](javascript:alert(2)) &lt;script&gt;alert(3)&lt;/script&gt;');
  });
});

describe('item 9: CSV formula injection', () => {
  it('the formula heading is neutralised in measures.csv and exact in measures.json and its own JSON file', () => {
    const rows = parseCsv(distFile('data/measures.csv').slice(1));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('key')] === 'capacity-building-2021/2/1/a')!;
    expect(row[header.indexOf('title')]).toBe(`'${FORMULA}`);
    for (const r of rows) for (const field of r) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    const json = JSON.parse(distFile('data/measures.json')) as { measures: { key: string; title: string }[] };
    expect(json.measures.find((m) => m.key === 'capacity-building-2021/2/1/a')!.title).toBe(FORMULA);
    expect(JSON.parse(distFile('data/measures/capacity-building-2021/2/1/a.json')).title).toBe(FORMULA);
  });
});

describe('item 10: the site URL comes from SITE_URL only', () => {
  it('SITE=https://other.example/ in the environment changes nothing; SITE_URL sets the data URLs and canonical links', () => {
    const json = distFile('data/measures.json');
    expect(json).not.toContain('other.example');
    const measures = (JSON.parse(json) as { measures: { url: string }[] }).measures;
    for (const m of measures) expect(m.url).toMatch(/^https:\/\/real\.example\/en\//);
    expect(distFile('en/index.html')).toContain('<link rel="canonical" href="https://real.example/en/"');
    expect(first.stderr + first.stdout).not.toContain('SITE_URL is not set');
  });

  it('an invalid SITE_URL stops the build at once, naming SITE_URL and its value; dist/ stays as it was', async () => {
    const before = distTree();
    const run = await npmBuild({ SITE_URL: 'not a url' }).done;
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('build: SITE_URL="not a url" is not a valid site URL');
    expect(run.ms).toBeLessThan(60_000);
    expect(distTree()).toEqual(before);
  }, 120_000);

});
