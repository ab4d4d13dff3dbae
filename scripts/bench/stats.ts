/** Small statistics for benchmark runs. */

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Smallest and largest value. */
export function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** A least-squares line `y = fixed + perUnit · x`, with R². */
export interface LinearFit {
  fixed: number;
  perUnit: number;
  r2: number;
}

/** Fits `y = a + b·x` by least squares (needs two distinct x). */
export function linearFit(xs: readonly number[], ys: readonly number[]): LinearFit | undefined {
  const n = xs.length;
  if (n < 2 || new Set(xs).size < 2) return undefined;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const perUnit = sxy / sxx;
  const fixed = my - perUnit * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { fixed, perUnit, r2 };
}

/**
 * The growth exponent k of `y ∝ x^k` between the two largest sizes, after removing the fitted fixed
 * cost: 1 is linear, 2 quadratic. Needs two sizes whose variable cost is positive.
 */
export function growthExponent(xs: readonly number[], ys: readonly number[], fixed: number): number | undefined {
  const points = xs.map((x, i) => ({ x, y: ys[i]! - Math.max(0, fixed) })).sort((a, b) => a.x - b.x);
  const [p, q] = points.slice(-2);
  if (!p || !q || p.x === q.x || p.y <= 0 || q.y <= 0) return undefined;
  return Math.log(q.y / p.y) / Math.log(q.x / p.x);
}
