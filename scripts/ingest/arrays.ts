/**
 * Array helpers that never spread an array into a call's arguments: `push(...items)` and
 * `Math.min(...items)` overflow the stack past about 100,000 items, and a seed can have that many lines.
 */

/** Appends `items` to `target` in place; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest and largest of a non-empty list of numbers (line numbers of an entry). */
export function span(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}
