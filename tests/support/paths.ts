import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built site that browser, search and offline tests read. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Throws a readable error when the site has not been built, instead of letting every test fail obscurely. */
export function requireDist(): string {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` before \`npm test\`.`);
  }
  return distDir;
}
