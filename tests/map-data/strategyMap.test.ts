import { describe, expect, it } from 'vitest';
import { pickServesLinks } from '../../src/lib/map/servesLinks';
import type { ConcordancePair } from '../../src/lib/relations';
import { planStrategyMap } from '../../src/lib/map/planStrategyMap';
import { renderStrategyMap } from '../../src/lib/map/renderStrategyMap';
import { mapInput, measures } from './synthetic';

const options = {
  lang: 'en' as const,
  title: 'A picture of the strategy',
  description: 'Columns, a band and the approaches of support.',
  servesTemplate: 'Serves: {target}',
};

function render(lang: 'en' | 'ja' = 'en') {
  const model = planStrategyMap(mapInput(lang));
  return { model, svg: renderStrategyMap(model, { ...options, lang }) };
}

/** Reverses the XML escaping of an attribute value. */
function unescape(value: string | undefined): string | undefined {
  return value?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The `<a>` elements of an SVG string with their attributes. */
function anchors(svg: string): { href: string; label: string; key: string | undefined }[] {
  return [...svg.matchAll(/<a ([^>]*)>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const get = (name: string) => unescape(new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1]);
    return { href: get('href') ?? '', label: get('aria-label') ?? '', key: get('data-key') };
  });
}

describe('planStrategyMap', () => {
  const { model } = render();

  it('makes a column per direction, in section order, and puts other parts in a band', () => {
    expect(model.columns.map((c) => c.key)).toEqual([
      'strategy-2021/direction-1',
      'strategy-2021/direction-2',
      'strategy-2021/direction-3',
    ]);
    expect(model.bands.map((b) => b.key)).toEqual(['strategy-2021/cross-cutting']);
  });

  it('shows group headings only in columns with more than one group, measures indented under them', () => {
    const items = (i: number) => model.columns[i]?.stacks[0]?.items.map((x) => `${x.kind}:${x.indent}`);
    expect(items(0)).toEqual(['measure:0', 'measure:0']);
    // Group (1) with two measures, the group-less measure (2), group (3) with one measure.
    expect(items(1)).toEqual(['group:0', 'measure:1', 'measure:1', 'measure:0', 'group:0', 'measure:1']);
  });

  it('stacks a band by the parts under its direction: a section part becomes a heading over its measures', () => {
    const stacks = model.bands[0]?.stacks.map((st) => st.items.map((i) => `${i.kind}:${i.key.replace('strategy-2021/cross-cutting/', '')}:${i.indent}`));
    expect(stacks).toEqual([['measure:1:0'], ['group:2:0', 'measure:2/1:1', 'measure:2/2:1'], ['measure:3:0']]);
  });

  it('nests a measure under its parent measure', () => {
    const items = model.columns[2]?.stacks[0]?.items ?? [];
    expect(items.map((i) => [i.key.split('/').slice(-2).join('/'), i.indent])).toEqual([
      ['measures/1', 0],
      ['measures/3', 0],
      ['3/c', 1],
    ]);
  });

  it('makes one stack per approach of support, sub-measures inside', () => {
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0]?.stacks.map((s) => s.items.map((i) => i.key.replace('capacity-building-2021/', '')))).toEqual([
      ['2/1', '2/1/a', '2/1/b'],
      ['2/2'],
      ['2/3'],
      ['2/4'],
    ]);
  });

  it('links each approach to the strategy measure it serves most', () => {
    expect(model.links.map((l) => [l.from, l.to, l.reasons])).toEqual([
      // (1) through its part (a); (2) by citation; (3) the stronger of its two computed pairs.
      ['capacity-building-2021/2/1', 'strategy-2021/direction-3/measures/3/c', ['computed']],
      ['capacity-building-2021/2/2', 'strategy-2021/direction-2/measures-1/3', ['cites']],
      ['capacity-building-2021/2/3', 'strategy-2021/direction-3/measures/1', ['computed']],
      ['capacity-building-2021/2/4', 'strategy-2021/cross-cutting/2/2', ['computed']],
    ]);
  });

  it('is deterministic whatever the input order', () => {
    const input = mapInput();
    const shuffled = { ...input, measures: [...input.measures].reverse(), sections: [...input.sections].reverse() };
    expect(planStrategyMap(shuffled)).toEqual(planStrategyMap(input));
  });
});

describe('pickServesLinks', () => {
  const pair = (mapped: string, frame: string, strength: number, kind: 'citation' | 'computed' | 'editorial' = 'computed'): ConcordancePair => ({
    mapped,
    frame,
    strength,
    reasons: [
      kind === 'citation'
        ? { kind, from: mapped }
        : kind === 'editorial'
          ? { kind, relation: 'serves', note: 'n', from: mapped }
          : { kind, score: strength, terms: [], words: [], topics: ['t'] },
    ],
  });
  const targets = new Set(['f/1', 'f/2', 'f/3']);

  it('takes the strongest pair of the approach, an editorial or cited one above any computed', () => {
    const pairs = [pair('m/1', 'f/1', 0.4), pair('m/1', 'f/2', 100.1, 'editorial'), pair('m/2', 'f/3', 10, 'citation'), pair('m/2', 'f/1', 0.9)];
    expect(pickServesLinks(pairs, ['m/1', 'm/2'], targets).map((l) => [l.from, l.to, l.reasons])).toEqual([
      ['m/1', 'f/2', ['editorial']],
      ['m/2', 'f/3', ['cites']],
    ]);
  });

  it('counts the pairs of the approach\'s parts at half weight, and only pairs with the given targets', () => {
    const pairs = [pair('m/1/a', 'f/1', 0.5), pair('m/1', 'f/2', 0.3), pair('m/1', 'x/9', 5)];
    expect(pickServesLinks(pairs, ['m/1'], targets).map((l) => l.to)).toEqual(['f/2']);
    expect(pickServesLinks([pair('m/1/a', 'f/1', 0.7), ...pairs.slice(1)], ['m/1'], targets)[0]?.sharedTopics).toEqual(['t']);
  });

  it('gives no link to an approach without pairs', () => {
    expect(pickServesLinks([pair('m/2', 'f/1', 1)], ['m/1'], targets)).toEqual([]);
  });
});

describe('renderStrategyMap', () => {
  const { model, svg } = render();

  it('is a group with a title and a description, referenced by aria attributes', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group"/);
    expect(svg).not.toMatch(/role="img"/);
    expect(svg).toContain('aria-labelledby="strategy-map-title"');
    expect(svg).toContain('aria-describedby="strategy-map-desc"');
    expect(svg).toContain('<title id="strategy-map-title">A picture of the strategy</title>');
    expect(svg).toContain('<desc id="strategy-map-desc">Columns, a band and the approaches of support.</desc>');
    expect(svg).toMatch(/viewBox="0 0 1000 \d+"/);
  });

  it('draws every measure as a link to its page with an accessible name', () => {
    const links = anchors(svg);
    for (const m of measures) {
      const link = links.find((a) => a.key === m.key);
      expect(link, m.key).toBeDefined();
      expect(link?.href).toBe(`/en/measures/${m.key}/`);
      expect(link?.label).toBe(m.number ? `${m.number} ${m.title}` : m.title);
    }
  });

  it('draws a connector per link, from the approach to the measure it serves', () => {
    const paths = [...svg.matchAll(/<path class="map-link [^"]*" d="([^"]+)"[^>]*data-from="([^"]+)" data-to="([^"]+)"/g)];
    expect(paths.map((p) => [p[2], p[3]])).toEqual(model.links.map((l) => [l.from, l.to]));
    for (const p of paths) expect(p[1]).toMatch(/^M[\d.]+,[\d.]+ V[\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
    expect(svg).toContain('<title>Serves: (3) Address cybercrimes</title>');
  });

  it('has no inline style and no script', () => {
    expect(svg).not.toMatch(/\sstyle=/i);
    expect(svg).not.toMatch(/<style|<script|\son[a-z]+=/i);
  });

  it('keeps every box inside the picture', () => {
    const height = Number(/viewBox="0 0 1000 (\d+)"/.exec(svg)?.[1]);
    for (const m of svg.matchAll(/<rect class="map-box" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
      expect(x + w).toBeLessThanOrEqual(1000);
      expect(y + h).toBeLessThanOrEqual(height);
    }
  });

  it('marks English labels on a Japanese page and keeps Japanese ones unmarked', () => {
    const ja = render('ja').svg;
    expect(ja).toContain('aria-label="(1) 経営層の意識改革"');
    const boxFor = (key: string) => new RegExp(`<a [^>]*data-key="${key}"[^>]*>.*?</a>`).exec(ja)?.[0] ?? '';
    expect(boxFor('strategy-2021/direction-1/measures/1')).not.toContain('lang="en"');
    expect(boxFor('strategy-2021/direction-1/measures/2')).toMatch(/<text class="map-text"[^>]* lang="en">/);
  });

  it('escapes text and attributes', () => {
    const input = mapInput();
    const first = input.measures[0]!;
    const tricky = { ...input, measures: [{ ...first, label: { ...first.label, text: 'R&D <"quoted">' } }, ...input.measures.slice(1)] };
    const out = renderStrategyMap(planStrategyMap(tricky), options);
    expect(out).toContain('aria-label="R&amp;D &lt;&quot;quoted&quot;&gt;"');
    expect(out).toContain('>R&amp;D &lt;"quoted"&gt;</tspan>');
  });
});
