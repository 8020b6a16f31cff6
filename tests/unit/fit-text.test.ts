// The deck's text fitting: font sizes within limits; lists spread evenly over as few slides as fit,
// never one item alone after a full slide; XML-safe text.
import { describe, expect, it } from 'vitest';
import { balancePages, fitFontSize, lineCount, textHeight, xmlSafe } from '../../src/renderers/pptx/fit-text.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fit-text', () => {
  it('wraps at word boundaries and breaks a word longer than a line', () => {
    expect(lineCount('short', 5, 12)).toBe(1);
    expect(lineCount(words(200), 5, 12)).toBeGreaterThan(lineCount(words(100), 5, 12));
    expect(lineCount('x'.repeat(600), 5, 12)).toBeGreaterThan(5);
    // Wide characters count double.
    expect(lineCount('🚀'.repeat(60), 5, 12)).toBeGreaterThan(lineCount('a'.repeat(60), 5, 12));
  });

  it("measures with Arial's own widths: the s.2 line that ran into the footer takes the lines LibreOffice gave it (seventh VP reading, class 6)", () => {
    // Rendered by LibreOffice at 16 pt in the 3.7 in body beside the chart (less the bullet's
    // indent and the insets): nine lines, where an average of 0.44 em a character counted seven.
    const line = 'The overall 37 averages each question over whoever answered it (3 leadership, 3 sales managers and 4 salespeople); not everyone answered every question, so it is not these bars weighted by headcount';
    expect(lineCount(line, 3.7 - 0.25 - 0.2, 16)).toBeGreaterThanOrEqual(8);
    // Narrow and wide letters are told apart, and bold is wider.
    expect(lineCount('i'.repeat(100), 2, 12)).toBeLessThan(lineCount('W'.repeat(100), 2, 12));
    expect(lineCount('Managers weeks go to their own accounts and to head office', 2, 12, true)).toBeGreaterThanOrEqual(lineCount('Managers weeks go to their own accounts and to head office', 2, 12));
    // A no-break space keeps "#29" with the word after it.
    expect(lineCount('#29\u00a0Add', 0.5, 12)).toBeGreaterThan(1);
  });

  it('picks the largest size that fits, within the limits, or none', () => {
    const box = { w: 6, h: 2 };
    expect(fitFontSize([{ text: 'A short line' }], box, 18, 10)).toBe(18);
    const size = fitFontSize([{ text: words(80) }], box, 18, 10)!;
    expect(size).toBeLessThan(18);
    expect(textHeight([{ text: words(80) }], box.w, size)).toBeLessThanOrEqual(box.h);
    expect(textHeight([{ text: words(80) }], box.w, size + 1)).toBeGreaterThan(box.h);
    expect(fitFontSize([{ text: words(2000) }], box, 18, 10)).toBeNull();
  });

  it('keeps text XML 1.0 can hold', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne 🚀 שלום')).toBe('abc\td\ne 🚀 שלום');
    expect(xmlSafe('x\uD800y')).toBe('xy');
  });
});

describe('balancePages', () => {
  const count = (pages: number[][]) => pages.map((p) => p.length);
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('one page when everything fits', () => {
    expect(count(balancePages(items(4), 5, () => true))).toEqual([4]);
  });

  it('six items at five a page are four and two, never five and one', () => {
    expect(count(balancePages(items(6), 5, () => true))).toEqual([4, 2]);
    expect(count(balancePages(items(11), 5, () => true))).toEqual([5, 4, 2]);
    expect(count(balancePages(items(10), 5, () => true))).toEqual([5, 5]);
  });

  it('pages filled by height, the last never left with one', () => {
    // At most three "units" of height a page.
    expect(count(balancePages(items(7), 5, (page) => page.length <= 3))).toEqual([3, 2, 2]);
    // A tall item (weight 3 of a page of 4) takes a page with what fits beside it.
    const heights = [3, 1, 1, 1, 1, 1];
    expect(count(balancePages(heights, 5, (page) => page.reduce((h, x) => h + x, 0) <= 4))).toEqual([2, 4]);
  });

  it('an item that fits nowhere gets a page of its own', () => {
    expect(count(balancePages(items(2), 5, () => false))).toEqual([1, 1]);
    expect(balancePages([], 5, () => true)).toEqual([]);
  });
});
