import { mapGeometry as g } from './mapGeometry';
import { slotX, type MapLayout } from './layoutStrategyMap';
import type { StrategyMapModel } from './planStrategyMap';
import type { ServesLink } from './servesLinks';
import { attr, n } from './svgMarkup';

/** The connectors of the picture, as SVG, and the link each serving approach draws. */
export interface MapConnectors {
  /** One arrow head per connector (in `<defs>`). */
  markers: string[];
  /** Each connector's path and its start dot. */
  paths: string[];
  /** Approach key → the link it draws. */
  served: Map<string, ServesLink>;
}

/**
 * Routes each approach's link up its own lane, along to the gutter beside the served box (the nearer side), then
 * into the box; marks the served box with the approach's tone. Targets may be group headings too (an approach of
 * the frame that holds measures).
 */
export function drawConnectors(model: StrategyMapModel, layout: MapLayout, id: (name: string) => string): MapConnectors {
  const { cols } = layout;
  const linkCount = model.links.length;
  const byKey = new Map(layout.placed.map((p) => [p.item.key, p]));
  const entries = new Map<string, number>();
  const connectors: MapConnectors = { markers: [], paths: [], served: new Map() };
  model.links.forEach((link, k) => {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    if (!from || !to || to.slot < 0) return;
    const tone = from.classes.find((c) => c.startsWith('map-tone-')) ?? 'map-tone-1';
    const sx = from.x + from.w / 2;
    const laneY = layout.lanesTop + (k + 1) * g.laneGap;
    const gutterX = (gi: number) => {
      const left = gi === 0 ? 0 : gi === cols ? g.width - g.outer : slotX(layout, gi) - g.gutter;
      const width = gi === 0 || gi === cols ? g.outer : g.gutter;
      return left + (width * (k + 1)) / (linkCount + 1);
    };
    const leftX = gutterX(to.slot);
    const rightX = gutterX(to.slot + 1);
    const useLeft = Math.abs(sx - leftX) <= Math.abs(sx - rightX);
    const gx = useLeft ? leftX : rightX;
    const side = `${link.to}:${useLeft ? 'l' : 'r'}`;
    const nth = entries.get(side) ?? 0;
    entries.set(side, nth + 1);
    const ty = to.y + Math.min(to.h / 2, g.boxPad + g.line / 2) + nth * 6;
    const tx = useLeft ? to.x : to.x + to.w;
    const marker = id(`arrow-${k + 1}`);
    connectors.markers.push(
      `<marker id="${marker}" class="map-marker ${tone}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,1 L10,5 L0,9 z"/></marker>`,
    );
    const d = `M${n(sx)},${n(from.y)} V${n(laneY)} H${n(gx)} V${n(ty)} H${n(tx)}`;
    connectors.paths.push(
      `<path class="map-link ${tone}" d="${d}" marker-end="url(#${marker})" data-from="${attr(link.from)}" data-to="${attr(link.to)}"/>`,
      `<circle class="map-link-start ${tone}" cx="${n(sx)}" cy="${n(from.y)}" r="3.5"/>`,
    );
    to.classes.push('map-node--served', tone);
    connectors.served.set(link.from, link);
  });
  return connectors;
}
