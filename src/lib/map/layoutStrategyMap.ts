import type { Locale } from '../../schemas';
import { mapGeometry as g } from './mapGeometry';
import type { MapItem, MapLabel, MapPanel, StrategyMapModel } from './planStrategyMap';
import { attr, langAttr, n, rect, tspans, withBreakSpaces } from './svgMarkup';
import { wrapText } from './wrapText';

/** A drawn box or heading, with its geometry. */
export interface PlacedBox {
  item: MapItem;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** Slot of the column grid the box sits in (columns and band), or -1 for the approaches. */
  slot: number;
  /** Extra classes for the node. */
  classes: string[];
}

/** The picture as its parts lay it out, top to bottom: the column grid and what each part has added. */
export interface MapLayout {
  /** Language of the page (labels in another language get a `lang` attribute). */
  lang: Locale;
  /** Number of columns of the grid (at least 1). */
  cols: number;
  /** Width of one column. */
  slotW: number;
  /** Width inside a column's padding. */
  inner: number;
  /** Panel backgrounds, as SVG. */
  panels: string[];
  /** Boxes and group headings, in drawing order. */
  placed: PlacedBox[];
  /** Captions and panel headings, as SVG. */
  headings: string[];
  /** Top of the connector lanes (set by the approaches part). */
  lanesTop: number;
  /** Height of the whole picture (set once every part is laid out). */
  height: number;
}

/** One part of the picture: lays itself out from `y` and returns the y below it. */
type PartLayout = (model: StrategyMapModel, layout: MapLayout, y: number) => number;

/** The parts, top to bottom: the strategy's title, its directions as columns, its other parts as bands, the approaches. */
const parts: readonly PartLayout[] = [captionPart, columnsPart, bandsPart, supportPart];

/** Lays out every part of the planned picture. */
export function layoutStrategyMap(model: StrategyMapModel, lang: Locale): MapLayout {
  const cols = Math.max(1, model.columns.length);
  const slotW = (g.width - 2 * g.outer - (cols - 1) * g.gutter) / cols;
  const layout: MapLayout = { lang, cols, slotW, inner: slotW - 2 * g.panelPad, panels: [], placed: [], headings: [], lanesTop: 0, height: 0 };
  let y = 16;
  for (const part of parts) y = part(model, layout, y);
  layout.height = Math.ceil(y + 16);
  return layout;
}

/** Left edge of a column of the grid. */
export function slotX(layout: Pick<MapLayout, 'slotW'>, slot: number): number {
  return g.outer + slot * (layout.slotW + g.gutter);
}

/** Caption: the strategy's title, across the top. */
function captionPart(model: StrategyMapModel, layout: MapLayout, y: number): number {
  return caption(model.strategyLabel, g.outer, y, g.width - 2 * g.outer, 'map-caption', layout) + 8;
}

/** Columns: a heading box per direction (all as tall as the tallest), then its stack. */
function columnsPart(model: StrategyMapModel, layout: MapLayout, y: number): number {
  const { inner } = layout;
  const headingLines = model.columns.map((c) => (c.heading ? wrapText(c.heading.text, emsFor(inner, g.headingFont), g.bold) : []));
  const headingH = Math.max(0, ...headingLines.map((l) => l.length)) * g.headingLine + 2 * g.boxPad;
  const columnsTop = y;
  let columnsBottom = y;
  model.columns.forEach((column, c) => {
    const x = slotX(layout, c) + g.panelPad;
    let cy = columnsTop + g.panelPad;
    if (column.heading) {
      layout.placed.push({
        item: { kind: 'group', key: column.key, label: column.heading, indent: 0 },
        x, y: cy, w: inner, h: headingH, lines: headingLines[c] ?? [], slot: c, classes: ['map-node--direction'],
      });
      cy += headingH + g.itemGap;
    }
    for (const stack of column.stacks) cy = layoutStack(stack.items, x, cy, inner, c, layout.placed);
    columnsBottom = Math.max(columnsBottom, cy - g.itemGap + g.panelPad);
  });
  model.columns.forEach((column, c) => {
    layout.panels.push(rect(slotX(layout, c), columnsTop, layout.slotW, columnsBottom - columnsTop, 'map-panel map-panel--column', column.key));
  });
  return model.columns.length > 0 ? columnsBottom + g.partGap : y;
}

/** Bands: a heading in the first slot, then one stack per top-level measure on the column grid. */
function bandsPart(model: StrategyMapModel, layout: MapLayout, y: number): number {
  for (const band of model.bands) {
    const top = y;
    y += g.panelPad;
    if (band.heading) y = caption(band.heading, slotX(layout, 0) + g.panelPad, y, layout.inner, 'map-heading', layout);
    y += 4;
    y = layoutGrid(band, y, layout);
    layout.panels.push(rect(g.outer, top, g.width - 2 * g.outer, y + g.panelPad - g.itemGap - top, 'map-panel map-panel--band', band.key));
    y += g.panelPad - g.itemGap + g.partGap;
  }
  return y;
}

/** Approaches: captions in the first slot (connectors run up the gutters beside it), lanes, then the boxes. */
function supportPart(model: StrategyMapModel, layout: MapLayout, y: number): number {
  const supportTop = y;
  if (model.rows.length > 0) {
    y += g.panelPad;
    y = caption(model.supportLabel, slotX(layout, 0) + g.panelPad, y, layout.inner, 'map-caption', layout);
    for (const row of model.rows) {
      if (row.heading) y = caption(row.heading, slotX(layout, 0) + g.panelPad, y + 4, layout.inner, 'map-heading', layout);
    }
  }
  layout.lanesTop = y;
  y += (model.links.length + 1) * g.laneGap;
  for (const row of model.rows) {
    const count = Math.max(1, row.stacks.length);
    const w = (g.width - 2 * g.outer - 2 * g.panelPad - (count - 1) * g.rowGap) / count;
    let bottom = y;
    row.stacks.forEach((stack, i) => {
      const x = g.outer + g.panelPad + i * (w + g.rowGap);
      const before = layout.placed.length;
      bottom = Math.max(bottom, layoutStack(stack.items, x, y, w, -1, layout.placed));
      const head = layout.placed[before];
      if (head) head.classes.push('map-node--approach', `map-tone-${(i % 4) + 1}`);
    });
    y = bottom;
  }
  if (model.rows.length > 0) {
    layout.panels.push(rect(g.outer, supportTop, g.width - 2 * g.outer, y - g.itemGap + g.panelPad - supportTop, 'map-panel map-panel--support', 'support'));
    y += g.panelPad - g.itemGap;
  }
  return y;
}

/** Lays out a stack's items from `top`; returns the y below the last item (including a gap). */
function layoutStack(items: readonly MapItem[], x: number, top: number, w: number, slot: number, out: PlacedBox[]): number {
  let cy = top;
  for (const item of items) {
    const dx = item.indent * g.indent;
    const bw = w - dx;
    if (item.kind === 'group') {
      const lines = wrapText(item.label.text, emsFor(bw, g.font, 0), g.bold);
      const h = lines.length * g.line + 4;
      out.push({ item, x: x + dx, y: cy, w: bw, h, lines, slot, classes: ['map-node--group'] });
      cy += h + g.itemGap / 2;
    } else {
      const lines = wrapText(item.label.text, emsFor(bw, g.font));
      const h = lines.length * g.line + 2 * g.boxPad;
      out.push({ item, x: x + dx, y: cy, w: bw, h, lines, slot, classes: [item.indent > 0 ? 'map-node--nested' : 'map-node--measure'] });
      cy += h + g.itemGap;
    }
  }
  return cy;
}

/** Lays out a band's stacks on the column grid, row by row; returns the y below them. */
function layoutGrid(panel: MapPanel, top: number, layout: MapLayout): number {
  let rowTop = top;
  for (let start = 0; start < panel.stacks.length; start += layout.cols) {
    let bottom = rowTop;
    panel.stacks.slice(start, start + layout.cols).forEach((stack, i) => {
      bottom = Math.max(bottom, layoutStack(stack.items, slotX(layout, i) + g.panelPad, rowTop, layout.inner, i, layout.placed));
    });
    rowTop = bottom;
  }
  return rowTop;
}

/** How many ems of `font` fit in a box `width` wide, after its padding. */
function emsFor(width: number, font: number, pad: number = g.boxPad): number {
  return (width - 2 * pad) / font;
}

/** A caption or panel heading (linked when it has a target), added to the headings; returns the y below it. */
function caption(label: MapLabel, x: number, y: number, w: number, cls: string, layout: MapLayout): number {
  const lines = wrapText(label.text, w / g.headingFont, g.bold);
  const body = `<text class="map-text ${cls}__text" x="${n(x)}" y="${n(y)}"${langAttr(label.lang, layout.lang)}>${tspans(withBreakSpaces(lines, label.text), x, g.headingLine, g.headingFont)}</text>`;
  layout.headings.push(
    label.href
      ? `<a class="map-node ${cls}" href="${attr(label.href)}" aria-label="${attr(label.text)}">${body}</a>`
      : `<g class="map-node ${cls}">${body}</g>`,
  );
  return y + lines.length * g.headingLine + 4;
}
