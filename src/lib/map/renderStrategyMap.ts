import type { Locale } from '../../schemas';
import { drawConnectors } from './drawConnectors';
import { layoutStrategyMap, type PlacedBox } from './layoutStrategyMap';
import { mapGeometry as g } from './mapGeometry';
import type { StrategyMapModel } from './planStrategyMap';
import { attr, langAttr, n, text, tspans, withBreakSpaces } from './svgMarkup';

/** Strings and ids the picture needs from the page. */
export interface RenderStrategyMapOptions {
  /** Language of the page the SVG is embedded in; labels in another language get a `lang` attribute. */
  lang: Locale;
  /** Accessible name of the picture (its `<title>`). */
  title: string;
  /** Accessible description of the picture (its `<desc>`). */
  description: string;
  /** Tooltip and description of an approach's box; `{target}` is replaced by the served measure's label. */
  servesTemplate: string;
  /** Prefix for the ids inside the SVG, so two pictures on a page never clash. */
  idPrefix?: string;
}

/**
 * Draws the planned picture as an SVG string: the strategy's directions as columns of linked boxes,
 * its other parts as bands below them, and the approaches of support at the bottom with connectors
 * routed through the gaps between columns to the measure each serves. No inline styles: every colour
 * and stroke comes from classes (see `src/components/map/strategy-map.css`).
 */
export function renderStrategyMap(model: StrategyMapModel, options: RenderStrategyMapOptions): string {
  const id = (name: string) => `${options.idPrefix ?? 'strategy-map'}-${name}`;
  const layout = layoutStrategyMap(model, options.lang);
  const connectors = drawConnectors(model, layout, id);
  const labels = new Map(layout.placed.map((p) => [p.item.key, p.item.label]));
  const nodes = layout.placed.map((p) => {
    const link = connectors.served.get(p.item.key);
    const target = link ? labels.get(link.to) : undefined;
    const note = target ? options.servesTemplate.replace('{target}', target.text) : undefined;
    return node(p, options.lang, note);
  });
  const { height } = layout;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="strategy-map__svg" viewBox="0 0 ${g.width} ${height}" width="${g.width}" height="${height}" role="group" aria-labelledby="${id('title')}" aria-describedby="${id('desc')}">`,
    `<title id="${id('title')}">${text(options.title)}</title>`,
    `<desc id="${id('desc')}">${text(options.description)}</desc>`,
    `<defs>${connectors.markers.join('')}</defs>`,
    `<g class="map-panels">${layout.panels.join('')}</g>`,
    `<g class="map-links">${connectors.paths.join('')}</g>`,
    `<g class="map-nodes">${layout.headings.join('')}${nodes.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

/** One box or group heading, as a link to its page when it has one. */
function node(p: PlacedBox, lang: Locale, note: string | undefined): string {
  const cls = ['map-node', ...p.classes].join(' ');
  const isBox = !p.classes.includes('map-node--group');
  const font = p.classes.includes('map-node--direction') ? g.headingFont : g.font;
  const lineH = p.classes.includes('map-node--direction') ? g.headingLine : g.line;
  const tx = p.x + (isBox ? g.boxPad : 0);
  const ty = p.y + (isBox ? g.boxPad : 2);
  const shape = isBox ? `<rect class="map-box" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" rx="4"/>` : '';
  const label = `<text class="map-text" x="${n(tx)}" y="${n(ty)}"${langAttr(p.item.label.lang, lang)}>${tspans(withBreakSpaces(p.lines, p.item.label.text), tx, lineH, font)}</text>`;
  const title = note ? `<title>${text(note)}</title>` : '';
  const data = `data-key="${attr(p.item.key)}"`;
  if (p.item.label.href) {
    return `<a class="${cls}" href="${attr(p.item.label.href)}" aria-label="${attr(p.item.label.text)}" ${data}>${title}${shape}${label}</a>`;
  }
  return `<g class="${cls}" ${data}>${title}${shape}${label}</g>`;
}
