// How wide terminal output may be, and table columns that fit it.
import { describe, expect, it } from 'vitest';
import { displayWidth, fitColumns, joinWrapped, outputWidth, wrapWords } from '../../src/cli/fit-to-width.js';

describe('outputWidth', () => {
  it("is a terminal's width, else COLUMNS, else unknown", () => {
    expect(outputWidth({ COLUMNS: '50' }, { write: () => true, isTTY: true, columns: 90 })).toBe(90);
    expect(outputWidth({ COLUMNS: '50' }, { write: () => true })).toBe(50);
    expect(outputWidth({ COLUMNS: 'wide' }, { write: () => true })).toBeNull();
    expect(outputWidth({}, { write: () => true, isTTY: false, columns: 90 })).toBeNull();
  });
});

describe('displayWidth', () => {
  it('counts cells: escape sequences none, wide characters two', () => {
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(displayWidth('█░é')).toBe(3);
    expect(displayWidth('販売')).toBe(4);
  });
});

describe('fitColumns', () => {
  const rows = [
    ['Imperative', 'Score'],
    ['A prospecting plan that opens opportunities', '46.9'],
  ];
  it('leaves a table that fits as it is', () => {
    expect(fitColumns(rows, [10, null], 80)).toEqual({});
    expect(fitColumns(rows, [10, null], null)).toEqual({});
  });
  it('narrows the wrappable columns to the width, padding and borders included', () => {
    const fit = fitColumns(rows, [10, null], 40)!;
    expect(fit.wordWrap).toBe(true);
    expect(fit.colWidths!.reduce((a, b) => a + b) + 3).toBe(40);
    expect(fit.colWidths![1]).toBe(7);
  });
  it('gives up below the minimums: the caller stacks', () => {
    expect(fitColumns(rows, [10, null], 15)).toBeNull();
  });
});

describe('wrapping', () => {
  it('joins parts with · and wraps words, never past the width', () => {
    expect(joinWrapped(['46.9', 'target 75', 'gap 28.1'], 20, '  ')).toEqual(['  46.9 · target 75', '  gap 28.1']);
    expect(wrapWords('one two three four', 9, '  ', '')).toEqual(['one two', '  three', '  four']);
  });
});
