/** A link fragment to check once the target page's ids are known. */
export interface PendingFragmentCheck {
  /** Index in the page's warnings before which this check's warning belongs. */
  at: number;
  /** The page the link is in. */
  file: string;
  /** The URL as written. */
  raw: string;
  target: string;
  id: string;
}

/** The warning for a link whose fragment names no id of its target. */
export function missingFragment(file: string, raw: string, id: string, target: string): string {
  return `${file}: "${raw}" points at #${id}, which ${target} does not have`;
}

/** Warnings with some pending checks settled, and the checks still pending (their `at` re-indexed). */
export interface SettledChecks {
  warnings: string[];
  checks: PendingFragmentCheck[];
}

/**
 * Settles the pending checks that `ready` accepts, putting each warning where a build that knew every
 * page's ids would have reported it; the others stay pending, pointing into the new warnings.
 */
export function settleFragmentChecks(
  warnings: readonly string[],
  checks: readonly PendingFragmentCheck[],
  idsOf: (file: string) => ReadonlySet<string> | undefined,
  ready: (check: PendingFragmentCheck) => boolean = () => true,
): SettledChecks {
  if (checks.length === 0) return { warnings: [...warnings], checks: [] };
  const out: string[] = [];
  const pending: PendingFragmentCheck[] = [];
  let next = 0;
  for (let i = 0; i <= warnings.length; i++) {
    for (; next < checks.length && checks[next]!.at === i; next++) {
      const check = checks[next]!;
      if (!ready(check)) {
        pending.push({ ...check, at: out.length });
        continue;
      }
      const ids = idsOf(check.target);
      if (ids && !ids.has(check.id)) out.push(missingFragment(check.file, check.raw, check.id, check.target));
    }
    if (i < warnings.length) out.push(warnings[i]!);
  }
  return { warnings: out, checks: pending };
}

/**
 * Warnings with every pending fragment check resolved, in the order a build that knew every page's ids
 * would have reported them.
 */
export function resolveFragmentChecks(
  warnings: readonly string[],
  checks: readonly PendingFragmentCheck[],
  idsOf: (file: string) => ReadonlySet<string> | undefined,
): string[] {
  return settleFragmentChecks(warnings, checks, idsOf).warnings;
}
