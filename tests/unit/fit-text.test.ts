// The deck's text fitting: font sizes within limits, then continuation; headings kept with what
// follows; text cut only when a single item is bigger than a whole box; XML-safe text.
import { describe, expect, it } from 'vitest';
import { fitFontSize, lineCount, paginate, textHeight, xmlSafe } from '../../src/renderers/pptx/fit-text.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fit-text', () => {
  it('wraps at word boundaries and breaks a word longer than a line', () => {
    expect(lineCount('short', 5, 12)).toBe(1);
    expect(lineCount(words(200), 5, 12)).toBeGreaterThan(lineCount(words(100), 5, 12));
    expect(lineCount('x'.repeat(600), 5, 12)).toBeGreaterThan(5);
    // Wide characters count double.
    expect(lineCount('🚀'.repeat(60), 5, 12)).toBeGreaterThan(lineCount('a'.repeat(60), 5, 12));
  });

  it('picks the largest size that fits, within the limits, or none', () => {
    const box = { w: 6, h: 2 };
    expect(fitFontSize([{ text: 'A short line' }], box, 18, 10)).toBe(18);
    const size = fitFontSize([{ text: words(120) }], box, 18, 10)!;
    expect(size).toBeLessThan(18);
    expect(textHeight([{ text: words(120) }], box.w, size)).toBeLessThanOrEqual(box.h);
    expect(textHeight([{ text: words(120) }], box.w, size + 1)).toBeGreaterThan(box.h);
    expect(fitFontSize([{ text: words(2000) }], box, 18, 10)).toBeNull();
  });

  it('continues on more boxes at the smallest size; every box fits; nothing is lost or reordered', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ paragraphs: [{ text: `${i} ${words(30)}` }] }));
    const box = { w: 6, h: 3 };
    const { fontSize, pages } = paginate(items, box, 16, 10);
    expect(fontSize).toBe(10);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(textHeight(page.flatMap((i) => i.paragraphs), box.w, fontSize)).toBeLessThanOrEqual(box.h);
    expect(pages.flat().map((i) => i.paragraphs[0]!.text)).toEqual(items.map((i) => i.paragraphs[0]!.text));
  });

  it('never ends a box on a heading', () => {
    type Item = { paragraphs: { text: string; scale?: number }[]; keepWithNext?: boolean };
    const heading: Item = { paragraphs: [{ text: 'Actions', scale: 1.15 }], keepWithNext: true };
    const body = (n: number): Item => ({ paragraphs: [{ text: `${n} ${words(40)}` }] });
    const items = [body(1), body(2), body(3), heading, body(4), body(5)];
    for (const h of [1.5, 2, 2.5, 3]) {
      const { pages } = paginate(items, { w: 5, h }, 12, 12);
      for (const page of pages) expect(page[page.length - 1]!.keepWithNext ?? false).toBe(false);
    }
  });

  it('cuts only an item bigger than a whole box, with an ellipsis', () => {
    const { pages } = paginate([{ paragraphs: [{ text: words(3000) }] }], { w: 5, h: 2 }, 12, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]![0]!.paragraphs[0]!.text.endsWith('…')).toBe(true);
  });

  it('keeps text XML 1.0 can hold', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne 🚀 שלום')).toBe('abc\td\ne 🚀 שלום');
    expect(xmlSafe('x\uD800y')).toBe('xy');
  });
});
