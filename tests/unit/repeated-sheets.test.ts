// Which sheets hold the same responses from two inputs (review of issues 10-11, finding 2).
import { describe, expect, it } from 'vitest';
import { createRepeatFinder } from '../../src/core/answers/repeated-sheets.js';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { sheet } from '../helpers/scoring-fixtures.js';

function repeatedSheets(sheets: readonly AnswerSheet[], inputOf: (index: number) => number) {
  const finder = createRepeatFinder();
  sheets.forEach((s, i) => finder.add(s, i, inputOf(i)));
  return finder.repeats;
}

const a = sheet({ alpha: { q1: 4, q2: 3 } }, { name: null, role: 'salesperson' });
const b = sheet({ alpha: { q1: 1, q2: 3 } }, { name: null, role: 'salesperson' });

describe('repeatedSheets', () => {
  it('pairs identical sheets from different inputs, whatever the key order or organization', () => {
    const reordered = { ...a, organization: 'Other name', source: 'x.csv:2', answers: { alpha: { q2: a.answers.alpha!.q2!, q1: a.answers.alpha!.q1! } } };
    expect(repeatedSheets([a, b, reordered], (i) => (i < 2 ? 0 : 1))).toEqual([{ first: 0, repeat: 2 }]);
  });

  it('leaves identical sheets from one input alone: two people may answer alike', () => {
    expect(repeatedSheets([a, a], () => 0)).toEqual([]);
  });

  it('tells sheets apart by any answer, note, evidence, role or date', () => {
    const note = { ...a, answers: { alpha: { ...a.answers.alpha!, q1: { ...a.answers.alpha!.q1!, note: 'x' } } } };
    const role = { ...a, respondent: { ...a.respondent, role: 'leadership' } };
    const date = { ...a, date: '2026-01-01' };
    expect(repeatedSheets([a, b, note, role, date], (i) => i)).toEqual([]);
  });

  it('pairs each repeat with the earliest sheet of another input, however many alike sheets each input holds', () => {
    const inputs = [1, 0, 1, 0, 2];
    expect(repeatedSheets([a, a, a, a, a], (i) => inputs[i]!)).toEqual([
      { first: 0, repeat: 1 },
      { first: 1, repeat: 2 },
      { first: 0, repeat: 3 },
      { first: 0, repeat: 4 },
    ]);
  });
});
