import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/map/wrapText';

describe('wrapText', () => {
  it('breaks English at spaces within the width', () => {
    const lines = wrapText('Advancing DX with Cybersecurity among local regions and SMEs', 16);
    expect(lines.join(' ')).toBe('Advancing DX with Cybersecurity among local regions and SMEs');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(16);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 6);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(6);
  });

  it('wraps Japanese per character', () => {
    const lines = wrapText('デジタル改革を踏まえたデジタルトランスフォーメーションとサイバーセキュリティの同時推進', 10);
    expect(lines.join('')).toBe('デジタル改革を踏まえたデジタルトランスフォーメーションとサイバーセキュリティの同時推進');
    // Full lines hold 10 characters; a forbidden line-start character (ー) may hang over by one.
    for (const line of lines.slice(0, -1)) expect([...line].length).toBeGreaterThanOrEqual(9);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(11);
  });

  it('never starts a Japanese line with closing punctuation nor ends one with an opening bracket', () => {
    const lines = wrapText('あいうえおかきくけ、こさしすせそ「たちつてと」なにぬねの。', 9);
    for (const line of lines) {
      expect('、。」）').not.toContain(line[0]);
      expect('「（').not.toContain(line.at(-1));
    }
    expect(lines.join('')).toBe('あいうえおかきくけ、こさしすせそ「たちつてと」なにぬねの。');
  });

  it('keeps Latin words whole inside Japanese text', () => {
    const lines = wrapText('政府機関等におけるISMAPの活用促進', 8);
    expect(lines.some((l) => l.includes('ISMAP'))).toBe(true);
  });

  it('returns no line for empty text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});
