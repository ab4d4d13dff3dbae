import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const CODE = /\.(?:ts|js|mjs|astro)$/;

/** Every README.md under a folder. */
function readmes(folder: string): string[] {
  const found: string[] = [];
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) found.push(...readmes(path));
    else if (item.name === 'README.md') found.push(path);
  }
  return found;
}

/** The code files a README speaks for: those in its folder and in subfolders that have no README of their own. */
function modulesOf(folder: string): string[] {
  const found: string[] = [];
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) {
      if (!existsSync(join(path, 'README.md'))) found.push(...modulesOf(path));
    } else if (CODE.test(item.name)) found.push(path);
  }
  return found;
}

/**
 * A folder's README is where a newcomer learns what each module does: its module table must name every
 * module (by file name; a row may name several), so a module added without a line fails here.
 */
describe('README module tables', () => {
  const tables = [...readmes(join(repoRoot, 'scripts')), ...readmes(join(repoRoot, 'src'))].filter((file) =>
    /^\|\s*modules?\s*\|/im.test(readFileSync(file, 'utf8')),
  );

  it('exist for scripts/ and src/lib', () => {
    const folders = tables.map((file) => relative(repoRoot, join(file, '..')));
    expect(folders).toEqual(expect.arrayContaining(['scripts/ingest', 'scripts/offline', 'scripts/check', 'scripts/bench', 'src/lib']));
  });

  for (const readme of tables) {
    const folder = join(readme, '..');
    it(`${relative(repoRoot, readme)} names every module of its folder`, () => {
      const text = readFileSync(readme, 'utf8');
      const missing = modulesOf(folder)
        .map((file) => relative(folder, file))
        .filter((path) => !text.includes(path.split('/').pop()!));
      expect(missing).toEqual([]);
    });
  }
});
