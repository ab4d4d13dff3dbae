import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths';

/** Expected tags of one measure, from tests/gold/tags.yaml. */
export interface GoldTags {
  topics: string[];
  actors: string[];
}

/** One pair of passages a domain reader expects connected, from tests/gold/concordance.yaml. */
export interface GoldPair {
  a: string;
  b: string;
  reason: string;
}

/** The gold concordance: pairs, and for each approach of the mapped document the frame measure it serves. */
export interface GoldConcordance {
  pairs: GoldPair[];
  serves: Record<string, string>;
}

function read(name: string): unknown {
  return parse(readFileSync(join(repoRoot, 'tests/gold', name), 'utf8'));
}

/** The gold tags by measure key. */
export function goldTags(): Map<string, GoldTags> {
  const data = read('tags.yaml') as { measures: Record<string, GoldTags> };
  return new Map(Object.entries(data.measures));
}

/** The gold concordance. */
export function goldConcordance(): GoldConcordance {
  return read('concordance.yaml') as GoldConcordance;
}

/** Precision and recall of predicted labels against expected ones, summed over items. */
export function precisionRecall(pairs: Iterable<{ expected: readonly string[]; actual: readonly string[] }>): {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
} {
  let tp = 0;
  const fp: string[] = [];
  const fn: string[] = [];
  for (const { expected, actual } of pairs) {
    for (const label of actual) if (expected.includes(label)) tp++;
    else fp.push(label);
    for (const label of expected) if (!actual.includes(label)) fn.push(label);
  }
  return { precision: tp / (tp + fp.length), recall: tp / (tp + fn.length), truePositives: tp, falsePositives: fp, falseNegatives: fn };
}
