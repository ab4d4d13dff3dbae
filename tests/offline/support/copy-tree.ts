import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Copies the repository's working tree (tracked files and untracked ones git does not ignore — listed by
 * `git ls-files`, which reads but never changes git state) into `target`, and links node_modules, so a
 * build can run there as in a fresh clone of the same commit.
 */
export function copyWorkingTree(repo: string, target: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo })
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      copyFileSync(join(repo, file), to);
    } catch (error) {
      // A file deleted in the working tree but still in the index: a clone would not have it either.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(repo, 'node_modules'), join(target, 'node_modules'), 'dir');
}
