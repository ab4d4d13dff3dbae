import type { SitePage } from '../page';
import { PageCheck } from './check';

/** `type` values that make a `<script>` run; anything else (`application/ld+json`) is an inert data block. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/** Options of {@link ScriptsCheck}. */
export interface ScriptsCheckOptions {
  /** Pages allowed to load module scripts (the Pagefind search page); `/<lang>/search/` by default. */
  modulePages?: RegExp;
}

/**
 * Scripts respect the CSP (`script-src 'self'`) and the classic-script design: no inline script,
 * and `type="module"` only on the search page (the offline edition opens pages from `file://`, where modules fail).
 */
export class ScriptsCheck extends PageCheck {
  readonly name = 'scripts';
  readonly #modulePages: RegExp;

  constructor(options: ScriptsCheckOptions = {}) {
    super();
    this.#modulePages = options.modulePages ?? /^\/(en|ja)\/search\/$/;
  }

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    for (const script of page.scripts) {
      if (!executableTypes.has(script.type)) continue;
      if (script.src === undefined) {
        const start = script.text.trim().slice(0, 40).replace(/\s+/g, ' ');
        yield [script.line, `inline <script> without src ("${start}…"): the CSP blocks it; move it to a file`];
      }
      if (script.type === 'module' && !this.#modulePages.test(page.url)) {
        yield [script.line, `<script type="module"${script.src ? ` src="${script.src}"` : ''}> outside the search page`];
      }
    }
  }
}
