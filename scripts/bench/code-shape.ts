/**
 * The shape of the code: how many modules `src/` and `scripts/` hold, and how long their functions are.
 *
 *   npx tsx scripts/bench/code-shape.ts [--top 15] [--over 80] [folders…]
 *
 * Parses every `.ts`, `.js` and `.mjs` file and the frontmatter of every `.astro` file with
 * `@babel/parser` (TypeScript 7's package has no compiler API) and measures each function, method and
 * arrow function with a block body, in lines from its first to its last. A nested function counts on its
 * own and inside its parent, as an editor shows them; a classic script's top-level IIFE is the module's
 * scope, not a function, and is not counted. It prints the module count, median and maximum
 * length, the longest functions and how many exceed `--over` lines: the figures issue notes cite.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { parseArgs } from 'node:util';
import { listFiles } from '../built-site/walk';

/** One measured function: where it is and how many lines it spans. */
export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const SOURCE = /\.(?:ts|js|mjs)$/;
const ASTRO = /\.astro$/;
const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

/** Every file under `folder` that holds code, skipping `node_modules` and dot folders. */
function codeFiles(folder: string): string[] {
  return listFiles(folder)
    .filter((path) => !path.split('/').includes('node_modules') && (SOURCE.test(path) || ASTRO.test(path)))
    .map((path) => join(folder, path));
}

/** The code of a file: an `.astro` file's frontmatter (blank lines keep the line numbers), any other file whole. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!ASTRO.test(path)) return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? `\n${match[1]}` : '';
}

/** A name for a function node: its own, its variable's, its key's, or `(anonymous)`. */
function nameOf(node: any, parent: any): string {
  if (node.id?.name) return node.id.name;
  if (node.key) return node.key.name ?? node.key.value ?? '(computed)';
  if (parent?.type === 'VariableDeclarator' && parent.id?.name) return parent.id.name;
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'ClassProperty') && parent.key) return parent.key.name ?? '(computed)';
  if (parent?.type === 'AssignmentExpression') return parent.left?.property?.name ?? parent.left?.name ?? '(anonymous)';
  return '(anonymous)';
}

/** Measures every function with a block body in one file's code. */
export function functionLengths(file: string, code: string): FunctionLength[] {
  const ast = parse(code, { sourceType: 'unambiguous', plugins: ['typescript', 'jsx'], errorRecovery: true });
  const found: FunctionLength[] = [];
  // `(function () { … })();` as a file's only statement: a classic script's module scope.
  const only = ast.program.body.length === 1 ? (ast.program.body[0] as any) : null;
  const topLevelCall = only?.type === 'ExpressionStatement' && only.expression.type === 'CallExpression' ? only.expression : null;
  const visit = (node: any, parent: any): void => {
    if (!node || typeof node.type !== 'string') return;
    const moduleScope = parent?.type === 'CallExpression' && parent === topLevelCall;
    if (FUNCTION_TYPES.has(node.type) && node.body?.type === 'BlockStatement' && node.loc && !moduleScope) {
      found.push({ file, name: nameOf(node, parent), line: node.loc.start.line, lines: node.loc.end.line - node.loc.start.line + 1 });
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) visit(child, node);
      else if (value && typeof value === 'object') visit(value, node);
    }
  };
  visit(ast.program, null);
  return found;
}

/** The median of a non-empty list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '15' }, over: { type: 'string', default: '80' } },
    allowPositionals: true,
  });
  const folders = positionals.length ? positionals : ['src', 'scripts'];
  const files = folders.flatMap(codeFiles);
  const lengths = files.flatMap((file) => functionLengths(relative(process.cwd(), file), codeOf(file)));
  const over = Number(values.over);
  const longest = [...lengths].sort((a, b) => b.lines - a.lines);
  const lines = lengths.map((f) => f.lines);
  console.log(`modules: ${files.length} (${folders.join(', ')})`);
  console.log(`functions: ${lengths.length}; median ${median(lines)} lines, maximum ${longest[0]?.lines ?? 0}`);
  console.log(`over ${over} lines: ${lengths.filter((f) => f.lines > over).length}`);
  for (const f of longest.slice(0, Number(values.top))) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
}

main();
