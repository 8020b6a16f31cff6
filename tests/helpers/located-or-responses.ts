// What a reader must give for any input, however damaged: located findings with known rule ids
// (row and column at least 1, in the file as shown), or responses; never nothing, and never an
// error-free read without responses.
import { expect } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import type { ReadExportResult } from '../../src/io/read-survey-export.js';

export function expectLocatedOrResponses(r: ReadExportResult, file: string): void {
  expect(r.diagnostics.length + r.responses.length).toBeGreaterThan(0);
  for (const d of r.diagnostics) {
    expect(Object.keys(RULES)).toContain(d.rule);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file).toBe(file);
  }
  if (r.errorCount === 0) expect(r.responses.length).toBeGreaterThan(0);
}
