import type { Locale } from '../../schemas';
import type { MapItem, MapLabel, MapPanel, StrategyMapModel } from './planStrategyMap';
import type { ServesLink } from './servesLinks';
import { wrapText } from './wrapText';

/** Sizes of the picture, in SVG user units (1 unit = 1 CSS px when drawn at its natural width). */
export const mapGeometry = {
  /** Width of the whole picture. */
  width: 1000,
  /** Margin left and right, also the outer lanes for connectors. */
  outer: 40,
  /** Space between columns: the lanes connectors run up. */
  gutter: 40,
  /** Padding inside a panel. */
  panelPad: 10,
  /** Padding inside a box. */
  boxPad: 8,
  /** Font size of box text. */
  font: 14,
  /** Line height of box text. */
  line: 18,
  /** Font size of headings (directions, bands, captions). */
  headingFont: 15,
  /** Line height of headings. */
  headingLine: 20,
  /** Indent of a nested measure. */
  indent: 16,
  /** Vertical space between items of a stack. */
  itemGap: 8,
  /** Vertical space between the picture's parts. */
  partGap: 24,
  /** Space between two connector lanes. */
  laneGap: 9,
  /** Space between the approaches' stacks. */
  rowGap: 16,
  /** How much wider bold Latin text is than regular (headings and captions are bold; CJK is not wider). */
  bold: 1.15,
} as const;

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

/** A drawn box or heading, with its geometry. */
interface Placed {
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

/**
 * Draws the planned picture as an SVG string: the strategy's directions as columns of linked boxes,
 * its other parts as bands below them, and the approaches of support at the bottom with connectors
 * routed through the gaps between columns to the measure each serves. No inline styles: every colour
 * and stroke comes from classes (see `src/components/map/strategy-map.css`).
 */
export function renderStrategyMap(model: StrategyMapModel, options: RenderStrategyMapOptions): string {
  const g = mapGeometry;
  const id = (name: string) => `${options.idPrefix ?? 'strategy-map'}-${name}`;
  const cols = Math.max(1, model.columns.length);
  const slotW = (g.width - 2 * g.outer - (cols - 1) * g.gutter) / cols;
  const slotX = (slot: number) => g.outer + slot * (slotW + g.gutter);
  const inner = slotW - 2 * g.panelPad;
  const panels: string[] = [];
  const placed: Placed[] = [];
  const headings: string[] = [];
  let y = 16;

  // Caption: the strategy's title, across the top.
  y = caption(model.strategyLabel, g.outer, y, g.width - 2 * g.outer, 'map-caption', headings, options.lang);
  y += 8;

  // Columns: a heading box per direction (all as tall as the tallest), then its stack.
  const headingLines = model.columns.map((c) => (c.heading ? wrapText(c.heading.text, emsFor(inner, g.headingFont), g.bold) : []));
  const headingH = Math.max(0, ...headingLines.map((l) => l.length)) * g.headingLine + 2 * g.boxPad;
  const columnsTop = y;
  let columnsBottom = y;
  model.columns.forEach((column, c) => {
    const x = slotX(c) + g.panelPad;
    let cy = columnsTop + g.panelPad;
    if (column.heading) {
      placed.push({
        item: { kind: 'group', key: column.key, label: column.heading, indent: 0 },
        x, y: cy, w: inner, h: headingH, lines: headingLines[c] ?? [], slot: c, classes: ['map-node--direction'],
      });
      cy += headingH + g.itemGap;
    }
    for (const stack of column.stacks) cy = layoutStack(stack.items, x, cy, inner, c, placed);
    columnsBottom = Math.max(columnsBottom, cy - g.itemGap + g.panelPad);
  });
  model.columns.forEach((column, c) => {
    panels.push(rect(slotX(c), columnsTop, slotW, columnsBottom - columnsTop, 'map-panel map-panel--column', column.key));
  });
  y = model.columns.length > 0 ? columnsBottom + g.partGap : y;

  // Bands: a heading in the first slot, then one stack per top-level measure on the column grid.
  for (const band of model.bands) {
    const top = y;
    y += g.panelPad;
    if (band.heading) y = caption(band.heading, slotX(0) + g.panelPad, y, inner, 'map-heading', headings, options.lang);
    y += 4;
    y = layoutGrid(band, y, cols, slotX, inner, placed);
    panels.push(rect(g.outer, top, g.width - 2 * g.outer, y + g.panelPad - g.itemGap - top, 'map-panel map-panel--band', band.key));
    y += g.panelPad - g.itemGap + g.partGap;
  }

  // Approaches: captions in the first slot (connectors run up the gutters beside it), lanes, then the boxes.
  const supportTop = y;
  const linkCount = model.links.length;
  if (model.rows.length > 0) {
    y += g.panelPad;
    y = caption(model.supportLabel, slotX(0) + g.panelPad, y, inner, 'map-caption', headings, options.lang);
    for (const row of model.rows) {
      if (row.heading) y = caption(row.heading, slotX(0) + g.panelPad, y + 4, inner, 'map-heading', headings, options.lang);
    }
  }
  const lanesTop = y;
  y += (linkCount + 1) * g.laneGap;
  for (const row of model.rows) {
    const n = Math.max(1, row.stacks.length);
    const w = (g.width - 2 * g.outer - 2 * g.panelPad - (n - 1) * g.rowGap) / n;
    let bottom = y;
    row.stacks.forEach((stack, i) => {
      const x = g.outer + g.panelPad + i * (w + g.rowGap);
      const before = placed.length;
      bottom = Math.max(bottom, layoutStack(stack.items, x, y, w, -1, placed));
      const head = placed[before];
      if (head) head.classes.push('map-node--approach', `map-tone-${(i % 4) + 1}`);
    });
    y = bottom;
  }
  if (model.rows.length > 0) {
    panels.push(rect(g.outer, supportTop, g.width - 2 * g.outer, y - g.itemGap + g.panelPad - supportTop, 'map-panel map-panel--support', 'support'));
    y += g.panelPad - g.itemGap;
  }
  const height = Math.ceil(y + 16);

  // Connectors.
  // Targets may be group headings too (an approach of the frame that holds measures).
  const byKey = new Map(placed.map((p) => [p.item.key, p]));
  const entries = new Map<string, number>();
  const linkPaths: string[] = [];
  const markers: string[] = [];
  const served = new Map<string, ServesLink>();
  model.links.forEach((link, k) => {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    if (!from || !to || to.slot < 0) return;
    const tone = from.classes.find((c) => c.startsWith('map-tone-')) ?? 'map-tone-1';
    const sx = from.x + from.w / 2;
    const laneY = lanesTop + (k + 1) * g.laneGap;
    const gutterX = (gi: number) => {
      const left = gi === 0 ? 0 : gi === cols ? g.width - g.outer : slotX(gi) - g.gutter;
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
    markers.push(
      `<marker id="${marker}" class="map-marker ${tone}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,1 L10,5 L0,9 z"/></marker>`,
    );
    const d = `M${n(sx)},${n(from.y)} V${n(laneY)} H${n(gx)} V${n(ty)} H${n(tx)}`;
    linkPaths.push(
      `<path class="map-link ${tone}" d="${d}" marker-end="url(#${marker})" data-from="${attr(link.from)}" data-to="${attr(link.to)}"/>`,
      `<circle class="map-link-start ${tone}" cx="${n(sx)}" cy="${n(from.y)}" r="3.5"/>`,
    );
    to.classes.push('map-node--served', tone);
    served.set(link.from, link);
  });

  const labels = new Map(placed.map((p) => [p.item.key, p.item.label]));
  const nodes = placed.map((p) => {
    const link = served.get(p.item.key);
    const target = link ? labels.get(link.to) : undefined;
    const note = target ? options.servesTemplate.replace('{target}', target.text) : undefined;
    return node(p, options.lang, note);
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="strategy-map__svg" viewBox="0 0 ${g.width} ${height}" width="${g.width}" height="${height}" role="group" aria-labelledby="${id('title')}" aria-describedby="${id('desc')}">`,
    `<title id="${id('title')}">${text(options.title)}</title>`,
    `<desc id="${id('desc')}">${text(options.description)}</desc>`,
    `<defs>${markers.join('')}</defs>`,
    `<g class="map-panels">${panels.join('')}</g>`,
    `<g class="map-links">${linkPaths.join('')}</g>`,
    `<g class="map-nodes">${headings.join('')}${nodes.join('')}</g>`,
    `</svg>`,
  ].join('\n');

  /** Lays out a stack's items from `top`; returns the y below the last item (including a gap). */
  function layoutStack(items: readonly MapItem[], x: number, top: number, w: number, slot: number, out: Placed[]): number {
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
  function layoutGrid(panel: MapPanel, top: number, columns: number, x: (slot: number) => number, w: number, out: Placed[]): number {
    let rowTop = top;
    for (let start = 0; start < panel.stacks.length; start += columns) {
      let bottom = rowTop;
      panel.stacks.slice(start, start + columns).forEach((stack, i) => {
        bottom = Math.max(bottom, layoutStack(stack.items, x(i) + g.panelPad, rowTop, w, i, out));
      });
      rowTop = bottom;
    }
    return rowTop;
  }
}

/** How many ems of `font` fit in a box `width` wide, after its padding. */
function emsFor(width: number, font: number, pad: number = mapGeometry.boxPad): number {
  return (width - 2 * pad) / font;
}

/** A caption or panel heading (linked when it has a target); returns the y below it. */
function caption(label: MapLabel, x: number, y: number, w: number, cls: string, out: string[], lang: Locale): number {
  const g = mapGeometry;
  const lines = wrapText(label.text, w / g.headingFont, g.bold);
  const body = `<text class="map-text ${cls}__text" x="${n(x)}" y="${n(y)}"${langAttr(label.lang, lang)}>${tspans(withBreakSpaces(lines, label.text), x, g.headingLine, g.headingFont)}</text>`;
  out.push(
    label.href
      ? `<a class="map-node ${cls}" href="${attr(label.href)}" aria-label="${attr(label.text)}">${body}</a>`
      : `<g class="map-node ${cls}">${body}</g>`,
  );
  return y + lines.length * g.headingLine + 4;
}

/** One box or group heading, as a link to its page when it has one. */
function node(p: Placed, lang: Locale, note: string | undefined): string {
  const g = mapGeometry;
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

/**
 * Puts back the space a line break replaced at the end of its line (invisible there), so the text
 * content reads as the label does ("to Cybersecurity", not "toCybersecurity") for assistive technology.
 */
function withBreakSpaces(lines: readonly string[], text: string): string[] {
  const source = text.replace(/\s+/g, ' ').trim();
  let at = 0;
  return lines.map((line) => {
    at = source.indexOf(line, at);
    if (at < 0) return line;
    at += line.length;
    return source[at] === ' ' ? `${line} ` : line;
  });
}

/** Lines as `<tspan>`s, the first on the baseline of the first line. */
function tspans(lines: readonly string[], x: number, lineH: number, font: number): string {
  const first = (lineH + font) / 2 - 2;
  return lines
    .map((line, i) => `<tspan x="${n(x)}" dy="${n(i === 0 ? first : lineH)}">${text(line)}</tspan>`)
    .join('');
}

/** A panel background. */
function rect(x: number, y: number, w: number, h: number, cls: string, key: string): string {
  return `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(Math.max(0, h))}" rx="8" data-key="${attr(key)}"/>`;
}

/** ` lang="en"` when a label's language differs from the page's. */
function langAttr(label: Locale, page: Locale): string {
  return label === page ? '' : ` lang="${label}"`;
}

/** A coordinate with at most one decimal, so output is stable and short. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Escapes text content for XML. */
function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for XML. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;');
}
