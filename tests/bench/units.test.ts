import { describe, expect, test } from 'vitest';
import { parseTimes } from '../../scripts/bench/measure-process';
import { pageType } from '../../scripts/bench/page-weights';
import { growthExponent, linearFit, median } from '../../scripts/bench/stats';
import { Prng } from '../../scripts/synthetic/prng';
import { sentencesOf } from '../../scripts/synthetic/text-model';

describe('page types by URL', () => {
  test.each([
    ['/', 'chooser'],
    ['/404.html', '404'],
    ['/en/', 'home'],
    ['/ja/documents/strategy-2021/', 'document'],
    ['/en/sections/strategy-2021/direction-2/measures-1/', 'section'],
    ['/en/measures/', 'explorer'],
    ['/en/measures/capacity-building-2021/2/1/a/', 'measure'],
    ['/en/glossary/', 'glossary'],
    ['/en/topics/', 'topics'],
    ['/ja/topics/cybercrime/', 'topic'],
    ['/en/map/', 'map'],
    ['/en/search/', 'search'],
    ['/ja/download/', 'download'],
  ])('%s is a %s page', (url, type) => expect(pageType(url)).toBe(type));
});

describe('statistics', () => {
  test('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  test('a linear cost fits exactly and grows with exponent 1; a quadratic one with 2', () => {
    const xs = [100, 200, 400];
    const fit = linearFit(xs, xs.map((x) => 500 + 3 * x))!;
    expect(fit.fixed).toBeCloseTo(500);
    expect(fit.perUnit).toBeCloseTo(3);
    expect(fit.r2).toBeCloseTo(1);
    expect(growthExponent(xs, xs.map((x) => 500 + 3 * x), 500)).toBeCloseTo(1);
    expect(growthExponent(xs, xs.map((x) => x * x), 0)).toBeCloseTo(2);
  });

  test("bash `times` output: the children's user + system time", () => {
    expect(parseTimes('0m0.002s 0m0.000s\n0m3.912s 0m1.249s\n')).toBeCloseTo(5161);
    expect(parseTimes('0m0.000s 0m0.000s\n1m2.500s 0m0.500s')).toBeCloseTo(63_000);
  });
});

describe('synthetic text', () => {
  test('the generator is a pure function of its seed string', () => {
    const a = new Prng('x');
    const b = new Prng('x');
    const c = new Prng('y');
    const seq = (p: Prng) => Array.from({ length: 5 }, () => p.int(0, 1_000_000));
    expect(seq(a)).toEqual(seq(b));
    expect(seq(new Prng('x'))).not.toEqual(seq(c));
  });

  test('training sentences never start with numbering, bullets or markup', () => {
    const sentences = sentencesOf('- (1) With regard to <u>capacity building</u>, Japan will act. (2) More text \\rightarrow here');
    for (const words of sentences) expect(words[0]).toMatch(/^[A-Z][A-Za-z]/);
    expect(sentences.flat().join(' ')).not.toMatch(/<u>|\\rightarrow|\(/);
  });
});
