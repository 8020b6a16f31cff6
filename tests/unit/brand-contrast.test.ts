// A brand's primary colour is text on white in every format (headings, deck titles, labels): one
// too light to read gets a located warning, and the brand is still used (h-done15: a hostile-input
// walk of brand.yaml found a white or gold primary accepted without a word).
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, parseBrand } from '../../src/core/brand/parse-brand.js';

function parse(text: string) {
  return parseBrand({ path: 'brand.yaml', content: text, size: text.length }, () => ({ readError: 'it does not exist' }));
}

describe('contrastWithWhite (WCAG 2)', () => {
  it('black 21:1, white 1:1, and the AA threshold falls between #777777 and #767676', () => {
    expect(contrastWithWhite('000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('777777')).toBeLessThan(4.5);
    expect(contrastWithWhite('767676')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('brand-low-contrast', () => {
  it('a gold primary: one warning at its value, with its contrast; the brand is used', () => {
    const parsed = parse('firm: Gold & Co\ncolors:\n  primary: "#FFD700"\n  accent: "#1E4D5C"\n');
    expect(parsed.brand).toMatchObject({ firm: 'Gold & Co', colors: { primary: 'FFD700' } });
    expect(parsed.diagnostics.map((d) => `${d.rule} ${d.severity} ${d.line}:${d.column}`)).toEqual(['brand-low-contrast warning 3:12']);
    expect(parsed.diagnostics[0]!.message).toContain('contrast of 1.4:1');
  });

  it('just under the threshold says a figure under it (4.4, not a rounded 4.5)', () => {
    expect(parse('firm: X\ncolors:\n  primary: "#777"\n').diagnostics[0]!.message).toContain('contrast of 4.4:1, under the 4.5:1');
  });

  it('a dark primary, a light accent alone, or no colours: no finding', () => {
    expect(parse('firm: X\ncolors:\n  primary: "#1E4D5C"\n  accent: "#FFD700"\n').diagnostics).toEqual([]);
    expect(parse('firm: X\ncolors:\n  accent: "#FFFFFF"\n').diagnostics).toEqual([]);
    expect(parse('firm: X\n').diagnostics).toEqual([]);
  });
});
