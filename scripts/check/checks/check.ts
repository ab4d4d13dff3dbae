import type { Problem } from '../problem';
import type { Site } from '../site';
import type { SitePage } from '../page';

/** One rule over the built site. Each check is small and reports one line per problem. */
export interface SiteCheck {
  /** Short name shown in brackets in each problem line (`links`, `h1`, …). */
  readonly name: string;
  run(site: Site): Problem[];
}

/** A check that looks at one page at a time. */
export abstract class PageCheck implements SiteCheck {
  abstract readonly name: string;

  /** Problems of one page, as `[line, message]` pairs. */
  protected abstract checkPage(page: SitePage, site: Site): Iterable<[line: number, message: string]>;

  run(site: Site): Problem[] {
    const problems: Problem[] = [];
    for (const page of site.pages.values()) {
      for (const [line, message] of this.checkPage(page, site)) {
        problems.push({ file: page.file, line, check: this.name, message });
      }
    }
    return problems;
  }
}
