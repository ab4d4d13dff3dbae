import type { Translate } from '../i18n';
import type { EntryView } from './entryView';
import type { SiteModel } from './siteModel';
import { numberedTitle } from './siteModel';

/** Pagefind filters and metadata of a page: name → values (filters) and name → value (meta). */
export interface PagefindFields {
  /** `<meta data-pagefind-filter="name[content]">` values. */
  filters: Record<string, string[]>;
  /** `<meta data-pagefind-meta="name[content]">` values. */
  meta: Record<string, string>;
}

/**
 * The filters and metadata of a section or measure page, as labels in the page language:
 * document, kind (measure/section), direction, topic, actor; meta `breadcrumb`, `document`, `key`.
 */
export function pagefindEntry(site: SiteModel, view: EntryView, t: Translate): PagefindFields {
  const { item, document } = view;
  const filters: Record<string, string[]> = {
    document: [document.entry.data.shortTitle],
    kind: [item.kind === 'measure' ? t('entry.measure') : t('entry.section')],
  };
  const directionKey = item.data.type === 'measure' ? item.data.direction : topLevelKey(site, item.key);
  const direction = directionKey ? site.itemsByKey.get(directionKey) : undefined;
  if (direction && direction.key !== item.key) filters.direction = [numberedTitle(direction)];
  if (view.topics.length > 0) filters.topic = view.topics.map((topic) => topic.title);
  if (item.data.type === 'measure' && item.data.actors.length > 0) filters.actor = item.data.actors.map((actor) => t(`actor.${actor}`));
  return {
    filters,
    meta: {
      breadcrumb: view.crumbs.map((crumb) => crumb.label).join(' › '),
      document: document.entry.data.shortTitle,
      key: item.key,
    },
  };
}

/** The top-level part an item belongs to (itself when it is one). */
function topLevelKey(site: SiteModel, key: string): string | undefined {
  return site.ancestors.get(key)?.[0]?.key ?? site.itemsByKey.get(key)?.key;
}
