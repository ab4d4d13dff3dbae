import type { SitePage } from '../page';
import { PageCheck } from './check';

/** Parses a CSP into directive name → source list. */
export function parseCsp(content: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that would let injected script or style run. */
const unsafeSources = ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'];

/**
 * Every page carries one `<meta http-equiv="Content-Security-Policy">` in `<head>`, ahead of every script and
 * stylesheet (it governs only what follows it), restricting scripts (and styles) to the site itself.
 */
export class CspCheck extends PageCheck {
  readonly name = 'csp';

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    if (page.csp.length === 0) {
      yield [page.htmlLine, 'no <meta http-equiv="Content-Security-Policy">'];
      return;
    }
    if (page.csp.length > 1) yield [page.csp[1]!.line, `${page.csp.length} CSP meta elements; expected one`];
    const meta = page.csp[0]!;
    if (!meta.inHead) yield [meta.line, 'the CSP meta is outside <head>, where browsers ignore it'];
    else if (!meta.beforeAssets) yield [meta.line, 'the CSP meta comes after a script or stylesheet, which it then does not govern; put it first in <head>'];
    const csp = parseCsp(meta.content);
    for (const name of ['script-src', 'style-src']) {
      const sources = csp.get(name) ?? csp.get('default-src');
      if (sources === undefined) yield [meta.line, `the CSP sets neither ${name} nor default-src`];
      else {
        const unsafe = sources.filter((s) => unsafeSources.includes(s.toLowerCase()));
        if (unsafe.length > 0) yield [meta.line, `the CSP's ${name} allows ${unsafe.join(' ')}`];
      }
    }
  }
}
