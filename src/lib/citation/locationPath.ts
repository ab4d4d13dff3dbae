import type { Translate } from '../../i18n';
import type { SectionData } from '../../schemas';

/** One step of an entry's place in its document: the fields the path is written from. */
export interface PathStep {
  /** The section kind, or `measure`. */
  kind: SectionData['kind'] | 'measure';
  /** What the document (or else the interface) calls that kind ("Specific measures"). */
  kindLabel: string;
  /** The numbering as printed, if any. */
  number?: string | undefined;
  /** The heading without its number. */
  title: string;
}

/** Section kinds whose number is read with the kind's name, as the documents print them ("Specific measures (1)"). */
const namedKinds = new Set<PathStep['kind']>(['direction', 'measures-group']);

/**
 * An entry's place in its document, outermost first, joined by `cite.pathSeparator`:
 * "Direction (2) › Specific measures (1) › (4)". A direction or measures group is named by its kind and
 * number (a bare "(2)" would be ambiguous: the strategy numbers directions, groups and measures alike);
 * other numbered steps by their number; unnumbered steps by their title.
 */
export function locationPath(steps: readonly PathStep[], t: Translate): string {
  return steps
    .map((step) => {
      if (namedKinds.has(step.kind)) {
        return step.number ? t('cite.pathNamedNumber', { name: step.kindLabel, number: step.number }) : step.kindLabel;
      }
      return step.number ?? step.title;
    })
    .join(t('cite.pathSeparator'));
}
