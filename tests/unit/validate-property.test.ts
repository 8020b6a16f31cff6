// The validator must answer every input with well-formed findings and never throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

// Many rounds, each a process or a full parse: about 22 s alone and over 30 s on a loaded machine
// (2,288 s suites at load 19). The limit only stops a hang; no time is asserted.
vi.setConfig({ testTimeout: 180_000 });

const SEED = readFileSync(join(REPO_ROOT, 'rubrics/prospecting-plan.yaml'), 'utf8');

function checkWellFormed(content: string | Uint8Array): void {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  const { set, diagnostics } = loadRubricSet([{ path: 'x.yaml', content, size }]);
  // Lines as YAML counts them: a lone CR breaks a line too (the counterexample \x0e\r\r is three lines,
  // and the refusal on its last is inside the file; counting only LF read it as one line).
  const lines = (typeof content === 'string' ? content : Buffer.from(content).toString('utf8')).split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(Object.hasOwn(RULES, d.rule)).toBe(true);
    expect(d.file).toBe('x.yaml');
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
  }
  // Exit code 0 exactly when no error was found, and then a set exists.
  expect(set !== null).toBe(!diagnostics.some((d) => d.severity === 'error'));
}

describe('validator on random and mutated input', () => {
  it('places a js-yaml refusal inside the file, even at its end (found by the random bytes: a lone CR, then a control character)', () => {
    checkWellFormed(Uint8Array.from([0x0d, 0x01]));
    checkWellFormed('a: 1\n\u0001');
    checkWellFormed(Uint8Array.from([0x0e, 0x0d, 0x0d]));
    const { diagnostics } = loadRubricSet([{ path: 'x.yaml', content: Uint8Array.from([0x0d, 0x01]), size: 2 }]);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['yaml-syntax 2:2']);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkWellFormed(s)), { numRuns: 300 });
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => checkWellFormed(b)), { numRuns: 300 });
  });

  it('never throws on mutations of a real rubric (deletions, insertions, swaps of YAML-significant characters)', () => {
    const special = fc.constantFrom(':', '-', ' ', '\n', '\t', '&a', '*a', '[', ']', '{', '}', '"', "'", '#', '|', '>', '!!str', '__proto__: 1\n', 'wieght: 1\n', '0', '-1', 'n/a');
    const mutation = fc.record({ at: fc.nat({ max: SEED.length }), drop: fc.nat({ max: 20 }), insert: fc.array(special, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        let text = SEED;
        for (const m of mutations) text = text.slice(0, m.at) + m.insert.join('') + text.slice(m.at + m.drop);
        checkWellFormed(text);
      }),
      { numRuns: 150 },
    );
  });
});
