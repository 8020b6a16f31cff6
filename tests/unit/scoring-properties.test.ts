// Properties of the scoring that must hold for any rubric set and any answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import type { Imperative, RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { DEFAULT_BAND_NAMES } from '../../src/core/rubric/load-rubric-set.js';
import { scoreAudit, type AuditScores } from '../../src/core/scoring/score-audit.js';

/** Strictly increasing integer level scores, at least two. */
const levelScores = fc
  .tuple(fc.integer({ min: -3, max: 3 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }))
  .map(([start, steps]) => steps.reduce((acc, step) => [...acc, acc[acc.length - 1]! + step], [start]));

const weight = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 5, noNaN: true }));

const question = fc.record({ weight, scores: levelScores, below: fc.integer({ min: 0, max: 4 }) });
const imperative = fc.record({ weight, target: fc.integer({ min: 0, max: 100 }), questions: fc.array(question, { minLength: 1, maxLength: 5 }) });

function buildSet(shape: { weight: number; target: number; questions: { weight: number; scores: number[]; below: number }[] }[]): RubricSet {
  const imperatives: Imperative[] = shape.map((imp, i) => ({
    id: `imp-${i}`,
    title: `Imperative ${i}`,
    summary: 'Why.',
    weight: imp.weight,
    target: imp.target,
    file: `imp-${i}.yaml`,
    questions: imp.questions.map((q, j) => ({
      id: `q-${j}`,
      prompt: `Question ${j}?`,
      weight: q.weight,
      na: true,
      levels: q.scores.map((score) => ({ score, label: `L${score}`, description: 'd' })),
      // a threshold inside (lowest, highest], as the rubric rules require
      recommendations: [
        { id: `act-${i}-${j}`, below: q.scores[Math.min(1 + (q.below % (q.scores.length - 1)), q.scores.length - 1)]!, action: 'Act', horizon: 30 as const, requires: [], effort: 'medium' as const },
      ],
    })),
  }));
  return { title: 'Random', description: null, imperatives, bandNames: DEFAULT_BAND_NAMES, roles: ['leadership', 'sales manager', 'salesperson', 'other'], owners: null, digest: 'sha256:0' };
}

/** Per sheet, per question: undefined = unanswered, null = n/a, or a level index. */
type Choice = number | null | undefined;

function buildSheets(set: RubricSet, choices: Choice[][]): AnswerSheet[] {
  return choices.map((flat) => {
    const answers: Record<string, Record<string, Answer>> = {};
    let k = 0;
    for (const imp of set.imperatives) {
      for (const q of imp.questions) {
        const choice = flat[k++];
        if (choice === undefined) continue;
        (answers[imp.id] ??= {})[q.id] = { score: choice === null ? null : q.levels[choice % q.levels.length]!.score, note: null, evidence: 'claimed' };
      }
    }
    return { source: null, organization: 'Org', respondent: { name: null, role: 'leadership' }, date: '2026-01-01', rubrics: { digest: null, source: null, questions: null }, answers };
  });
}

const choice = fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.nat({ max: 5 }) });

/** A random set and 1–4 respondents' answers to it. */
const audit = fc.array(imperative, { minLength: 1, maxLength: 4 }).chain((shape) => {
  const count = shape.reduce((n, i) => n + i.questions.length, 0);
  return fc.record({
    shape: fc.constant(shape),
    choices: fc.array(fc.array(choice, { minLength: count, maxLength: count }), { minLength: 1, maxLength: 4 }),
  });
});

const scoresOf = (s: AuditScores) => ({ overall: s.overall.score, imperatives: s.imperatives.map((i) => i.score) });

describe('scoring properties', () => {
  it('keeps every score between 0 and 100 and every gap non-negative', () => {
    fc.assert(
      fc.property(audit, ({ shape, choices }) => {
        const set = buildSet(shape);
        const scores = scoreAudit(set, buildSheets(set, choices));
        for (const s of [scores.overall.score, ...scores.imperatives.map((i) => i.score)]) {
          if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
        }
        for (const i of scores.imperatives) if (i.gap !== null) expect(i.gap).toBeGreaterThanOrEqual(0);
        for (const a of scores.actions) expect(a.priority).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never lowers a score when one answer moves up a level', () => {
    fc.assert(
      fc.property(audit, fc.nat(), fc.nat(), ({ shape, choices }, pickSheet, pickQuestion) => {
        const set = buildSet(shape);
        const s = pickSheet % choices.length;
        const q = pickQuestion % choices[0]!.length;
        const current = choices[s]![q];
        const flat = set.imperatives.flatMap((i) => i.questions);
        const levels = flat[q]!.levels.length;
        const index = typeof current === 'number' ? current % levels : 0;
        fc.pre(typeof current === 'number' && index < levels - 1);
        const raised = choices.map((row, r) => (r === s ? row.map((c, k) => (k === q ? index + 1 : c)) : row));
        const before = scoreAudit(set, buildSheets(set, choices));
        const after = scoreAudit(set, buildSheets(set, raised));
        // The raised question has a score before and after; imperatives without one stay without.
        const notLower = (after: number | null, before: number | null) => (before === null ? expect(after).toBeNull() : expect(after!).toBeGreaterThanOrEqual(before));
        notLower(after.overall.score, before.overall.score);
        after.imperatives.forEach((imp, i) => notLower(imp.score, before.imperatives[i]!.score));
      }),
    );
  });

  it('gives the same scores when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(audit, fc.constantFrom(0.25, 0.5, 2, 4, 8), fc.constantFrom(0.5, 2, 16), ({ shape, choices }, qFactor, iFactor) => {
        const set = buildSet(shape);
        const scaled = buildSet(shape.map((imp) => ({ ...imp, weight: imp.weight * iFactor, questions: imp.questions.map((q) => ({ ...q, weight: q.weight * qFactor })) })));
        expect(scoresOf(scoreAudit(scaled, buildSheets(scaled, choices)))).toEqual(scoresOf(scoreAudit(set, buildSheets(set, choices))));
      }),
    );
  });

  it('treats n/a like no answer: scores and actions do not move', () => {
    fc.assert(
      fc.property(audit, ({ shape, choices }) => {
        const set = buildSet(shape);
        const unanswered = choices.map((row) => row.map((c) => (c === null ? undefined : c)));
        const withNa = scoreAudit(set, buildSheets(set, choices));
        const without = scoreAudit(set, buildSheets(set, unanswered));
        expect(scoresOf(withNa)).toEqual(scoresOf(without));
        expect(withNa.actions.map((a) => [a.imperative.id, a.question.id, a.priority])).toEqual(without.actions.map((a) => [a.imperative.id, a.question.id, a.priority]));
      }),
    );
  });

  it('orders actions by priority, highest first', () => {
    fc.assert(
      fc.property(audit, ({ shape, choices }) => {
        const set = buildSet(shape);
        const { actions } = scoreAudit(set, buildSheets(set, choices));
        for (let i = 1; i < actions.length; i++) expect(actions[i - 1]!.priority).toBeGreaterThanOrEqual(actions[i]!.priority);
      }),
    );
  });
});
