import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/ingest/build';
import { readTree, removeDir, tempDir } from './helpers';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = process.env.UPDATE === '1';

/** Used when a case has no manifest: one numbered-policy document made of input.txt. */
const DEFAULT_MANIFEST = `documents:
  - key: fixture
    file: input.txt
    title: Fixture Document
    shortTitle: Fixture
    issuer: Fixture Office
    date: "2000-01-01"
    dateLabel: January 1, 2000
    originalLanguage: ja
    genre: numbered-policy
    order: 0
`;

/**
 * Each folder under fixtures/ is a case: its input.txt (and any other seed the manifest names)
 * is ingested and the whole output folder must equal expected/. `UPDATE=1` rewrites expected/.
 */
describe('fixture cases', () => {
  const cases = readdirSync(fixturesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it('has the cases the ingest contract lists', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'rightarrow', 'square', 'underline', 'three-directions-tag', 'stray-glyphs', 'page-numbers',
        'broken-paragraph', 'continuation-lines', 'nested-bullets', 'numbering-styles', 'html-escaping',
        'flattened-table', 'genre-numbered-policy', 'genre-slide-overview', 'closing-block',
      ]),
    );
  });

  for (const name of cases) {
    it(name, async () => {
      const caseDir = join(fixturesDir, name);
      const seeds = tempDir(`ingest-fixture-${name}-`);
      try {
        for (const file of readdirSync(caseDir)) {
          if (file !== 'expected') copyFileSync(join(caseDir, file), join(seeds, file));
        }
        if (!existsSync(join(seeds, 'manifest.yaml'))) writeFileSync(join(seeds, 'manifest.yaml'), DEFAULT_MANIFEST);
        const { files } = await buildContent(seeds);
        const expectedDir = join(caseDir, 'expected');
        if (update) {
          rmSync(expectedDir, { recursive: true, force: true });
          for (const [path, content] of files) {
            mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
            writeFileSync(join(expectedDir, path), content);
          }
        }
        const expected = readTree(expectedDir);
        expect([...files.keys()]).toEqual([...expected.keys()]);
        for (const [path, content] of files) expect(content, path).toBe(readFileSync(join(expectedDir, path), 'utf8'));
      } finally {
        removeDir(seeds);
      }
    });
  }
});
