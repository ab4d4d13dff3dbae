/** Directives that fetch something or submit a form, where `'self'` has to cover `file:` pages too. */
const selfDirectives = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'style-src',
  'style-src-elem',
  'img-src',
  'font-src',
  'media-src',
  'connect-src',
  'manifest-src',
  'frame-src',
  'worker-src',
  'form-action',
]);

/** Script directives: in the offline copy every script is a file, so nothing inline may be allowed. */
const scriptDirectives = new Set(['script-src', 'script-src-elem', 'script-src-attr']);

/** Sources that would let inline script run, or (`'strict-dynamic'`) make `'self'` ignored. */
function isInlineAllowance(source: string): boolean {
  const s = source.toLowerCase();
  return (
    s === "'unsafe-inline'" ||
    s === "'strict-dynamic'" ||
    s === "'unsafe-hashes'" ||
    s.startsWith("'nonce-") ||
    /^'sha(256|384|512)-/.test(s)
  );
}

/**
 * Adapts a Content-Security-Policy for pages opened from disk:
 * - wherever `'self'` is allowed, `file:` is added: Chromium matches `'self'` against `file:` pages, other
 *   browsers give each file an opaque origin; `file:` only ever names files on the reader's own disk;
 * - script directives lose every inline allowance (`'unsafe-inline'`, nonces, hashes, `'strict-dynamic'`):
 *   the offline copy moves inline scripts into files, so its pages run their own script files only
 *   (`'self'` is added when such an allowance was the only way a script ran);
 * - when scripts fall back to `default-src`, an explicit `script-src` is derived from it the same way.
 * No other origin is ever added.
 */
export function adaptCspForFiles(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0);
  const names = new Set(directives.map(([name]) => name!.toLowerCase()));
  const defaultSrc = directives.find(([name]) => name!.toLowerCase() === 'default-src');
  if (defaultSrc && !names.has('script-src')) directives.push(['script-src', ...defaultSrc.slice(1)]);
  return directives
    .map(([rawName, ...sources]) => {
      const name = rawName!.toLowerCase();
      let out = sources;
      if (scriptDirectives.has(name)) {
        const kept = out.filter((s) => !isInlineAllowance(s));
        // Scripts allowed inline or by hash online become files of the copy: 'self' must keep them running.
        if (kept.length < out.length && !kept.some((s) => s.toLowerCase() === "'self'")) kept.push("'self'");
        out = kept.filter((s) => s !== "'none'" || kept.length === 1);
      }
      if (selfDirectives.has(name) && out.some((s) => s.toLowerCase() === "'self'") && !out.includes('file:')) {
        out = [...out, 'file:'];
      }
      return [rawName!, ...out].join(' ');
    })
    .join('; ');
}
