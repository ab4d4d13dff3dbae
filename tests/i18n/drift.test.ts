/**
 * The translation drift check (scripts/i18n-status.ts) on small temp corpora: a copy of
 * tests/fixtures/content-sample with Japanese entries written beside the English ones.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDrift, coverage, run } from '../../scripts/i18n-status';
import { repoRoot } from '../support/paths';

const fixture = join(repoRoot, 'tests/fixtures/content-sample');
const made: string[] = [];

/** A fresh copy of the fixture corpus (English entries plus its one Japanese measure). */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-drift-'));
  made.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Writes `content/<file>` of a corpus. */
function put(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** The English entry at `<collection>/en/<key>.md`, turned into a Japanese one by the given edits. */
function translate(dir: string, collection: string, key: string, edits: [RegExp | string, string][]): string {
  let text = readFileSync(join(dir, collection, 'en', `${key}.md`), 'utf8')
    .replace(/^lang: en$/m, 'lang: ja')
    .replace(/^generated: true$/m, 'generated: false');
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit ${String(from)} changed nothing in ${collection}/${key}`);
    text = next;
  }
  put(dir, `${collection}/ja/${key}.md`, text);
  return `${collection}/ja/${key}.md`;
}

const measure = 'strategy-2021/direction-1/measures/1';
const jaMeasure = () => readFileSync(join(fixture, 'measures/ja', `${measure}.md`), 'utf8');
const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the drift check', () => {
  it('passes the fixture corpus and its dropped-in translation', () => {
    expect(checkDrift(fixture)).toEqual([]);
  });

  it('passes faithful translations of every collection (only translatable fields reworded)', () => {
    const dir = corpus();
    translate(dir, 'documents', 'capacity-building-2021', [
      [/^title: .*$/m, 'title: 開発途上国に対するサイバーセキュリティ分野の能力構築支援に係る基本方針'],
      [/^shortTitle: .*$/m, 'shortTitle: 能力構築支援に係る基本方針'],
      [/^issuer: .*$/m, 'issuer: サイバーセキュリティ戦略本部'],
      [/^approvedBy: .*$/m, 'approvedBy: サイバーセキュリティ戦略本部'],
      [/^dateLabel: .*$/m, 'dateLabel: 2021年12月14日'],
      ['(Provisional Translation)', '開発途上国に対するサイバーセキュリティ分野の能力構築支援に係る基本方針'],
    ]);
    translate(dir, 'sections', 'strategy-2021/direction-1', [
      [/^title: .*$/m, 'title: 経済社会の活力の向上及び持続的発展'],
      ['Advance cybersecurity in parallel with digitalization.', 'デジタル化と同時にサイバーセキュリティを推進する。'],
    ]);
    translate(dir, 'glossary', 'nisc', [
      [/^expansion: .*$/m, 'expansion: 内閣サイバーセキュリティセンター'],
      [/^The government body.*$/m, '日本のサイバーセキュリティ政策を総合調整する政府機関。'],
    ]);
    translate(dir, 'topics', 'critical-infrastructure', [[/^title: .*$/m, 'title: 重要インフラ']]);
    expect(checkDrift(dir)).toEqual([]);
    expect(run(['--strict'], dir, () => {})).toBe(0);
  });

  it('names the file and the field of a drifted structural field', () => {
    const dir = corpus();
    put(dir, `measures/ja/${measure}.md`, jaMeasure().replace(/^order: 3$/m, 'order: 4'));
    const problems = checkDrift(dir, 'content');
    expect(problems).toEqual([
      { file: `content/measures/ja/${measure}.md`, field: 'order', message: expect.stringContaining('is 4, English has 3') },
    ]);
  });

  it('reports each drifted field: parent, nested source lines, lists, kind', () => {
    const dir = corpus();
    put(dir, `measures/ja/${measure}.md`, jaMeasure()
      .replace(/^parent: .*$/m, 'parent: strategy-2021/direction-1')
      .replace('startLine: 28', 'startLine: 27')
      .replace('actors: [businesses]', 'actors: [businesses, smes]')
      .replace(/^related: .*$/m, 'related: []'));
    translate(dir, 'sections', 'strategy-2021/direction-1', [
      [/^title: .*$/m, 'title: 経済社会の活力の向上及び持続的発展'],
      [/^kind: direction$/m, 'kind: chapter'],
      ['Advance cybersecurity in parallel with digitalization.', 'デジタル化と同時にサイバーセキュリティを推進する。'],
    ]);
    const problems = checkDrift(dir);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.field}`).sort()).toEqual([
      `measures/ja/${measure}.md actors`,
      `measures/ja/${measure}.md parent`,
      `measures/ja/${measure}.md related`,
      `measures/ja/${measure}.md source.startLine`,
      'sections/ja/strategy-2021/direction-1.md kind',
    ]);
  });

  it('treats a dropped field as drift when the English entry has a value (schema defaults applied)', () => {
    const dir = corpus();
    put(dir, `measures/ja/${measure}.md`, jaMeasure().replace(/^topics: .*\n/m, '').replace(/^group: .*\n/m, ''));
    expect(fields(checkDrift(dir))).toEqual(['group', 'topics']);
  });

  it('catches a misspelt field, a wrong lang, generated: true and an invalid value', () => {
    const dir = corpus();
    put(dir, `measures/ja/${measure}.md`, jaMeasure()
      .replace(/^parent:/m, 'parnet:')
      .replace('lang: ja', 'lang: en')
      .replace('generated: false', 'generated: true')
      .replace(/^depth: 3$/m, 'depth: three'));
    const problems = checkDrift(dir);
    expect(fields(problems)).toEqual(['depth', 'generated', 'lang', 'parent', 'parnet']);
    expect(problems.find((p) => p.field === 'parnet')?.message).toMatch(/unknown field/);
    expect(problems.find((p) => p.field === 'depth')?.message).toMatch(/invalid frontmatter/);
  });

  it('requires an English entry with the same key and a path that matches the key', () => {
    const dir = corpus();
    put(dir, 'measures/ja/strategy-2021/direction-1/measures/9.md', jaMeasure().replace(`key: ${measure}`, 'key: strategy-2021/direction-1/measures/9'));
    put(dir, 'measures/ja/strategy-2021/direction-1/measures/elsewhere.md', jaMeasure());
    const problems = checkDrift(dir);
    const nine = problems.filter((p) => p.file.endsWith('/9.md'));
    expect(nine).toEqual([{ file: expect.any(String), field: 'key', message: expect.stringContaining('no English entry measures/en/strategy-2021/direction-1/measures/9.md') }]);
    const elsewhere = problems.filter((p) => p.file.endsWith('/elsewhere.md'));
    expect(elsewhere.map((p) => p.message).join('\n')).toMatch(/the file's path says "strategy-2021\/direction-1\/measures\/elsewhere"/);
    expect(elsewhere.map((p) => p.message).join('\n')).toMatch(/is also the key of/);
  });

  it('lets translatable fields differ in wording but not in presence, and the body in text but not in emptiness', () => {
    const dir = corpus();
    translate(dir, 'documents', 'capacity-building-2021', [
      [/^title: .*$/m, 'title: 基本方針'],
      [/^approvedBy: .*\n/m, ''],
      [/^shortTitle: .*$/m, 'shortTitle: 基本方針\noriginalTitle: 基本方針'],
      ['(Provisional Translation)', ''],
    ]);
    const problems = checkDrift(dir);
    expect(fields(problems)).toEqual(['approvedBy', 'body', 'originalTitle']);
    expect(problems.find((p) => p.field === 'approvedBy')?.message).toMatch(/missing, but the English entry has it/);
    expect(problems.find((p) => p.field === 'body')?.message).toMatch(/empty, but the English entry has text/);
  });

  it('lets a translated document give its own kind labels or leave them out, but not add labels English lacks', () => {
    const dir = corpus();
    const english = join(dir, 'documents/en/strategy-2021.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace(/^genre: .*$/m, '$&\nkindLabels:\n  measures-group: Key actions'));
    translate(dir, 'documents', 'strategy-2021', [[/^kindLabels:\n {2}measures-group: .*\n/m, '']]);
    expect(checkDrift(dir)).toEqual([]);
    translate(dir, 'documents', 'strategy-2021', [[/^ {2}measures-group: .*$/m, '  measures-group: 主な取組']]);
    expect(checkDrift(dir)).toEqual([]);
    translate(dir, 'documents', 'capacity-building-2021', [[/^genre: .*$/m, '$&\nkindLabels:\n  chapter: 章']]);
    const problems = checkDrift(dir);
    expect(problems.map((p) => `${p.file.replace(dir, '')} ${p.field}`)).toEqual(['/documents/ja/capacity-building-2021.md kindLabels']);
    expect(problems[0]!.message).toMatch(/English entry has none/);
  });

  it('fails the command with --strict (exit 1, naming file and field) and only reports without it', () => {
    const dir = corpus();
    put(dir, `measures/ja/${measure}.md`, jaMeasure().replace(/^direction: .*$/m, 'direction: strategy-2021/direction-2'));
    const script = join(repoRoot, 'scripts/i18n-status.ts');
    const cli = (args: string[]) => {
      try {
        const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
        return { code: 0, stdout };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { code: failed.status, stdout: failed.stdout };
      }
    };
    const strict = cli(['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`${dir}/measures/ja/${measure}.md: direction is "strategy-2021/direction-2", English has "strategy-2021/direction-1"`);
    expect(strict.stdout).toContain('--strict: failing on 1 drift problem.');
    const lenient = cli([]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('Drift check: 1 problem');
  });

  it('counts coverage per collection, translations without English apart', () => {
    const dir = corpus();
    put(dir, 'topics/ja/not-in-english.md', '---\ntype: topic\nkey: not-in-english\nlang: ja\ngenerated: false\ntitle: 英語なし\n---\n');
    const rows = coverage(dir);
    expect(rows.map((r) => [r.collection, r.lang, r.translated, r.total, r.orphans])).toEqual([
      ['documents', 'ja', 0, 2, []],
      ['sections', 'ja', 0, 7, []],
      ['measures', 'ja', 1, 5, []],
      ['glossary', 'ja', 0, 2, []],
      ['topics', 'ja', 0, 3, ['not-in-english']],
    ]);
    expect(rows.find((r) => r.collection === 'measures')?.percent).toBe(20);
  });
});
