// A deterministic 30-person survey (issue 20's trial: 4 leadership, 6 sales managers, 20
// salespeople) for the tests that need a realistic team: each role has a view of each question and
// each person answers within a level of their role's view, as real survey teams do. Leadership
// rates a quarter of the questions two levels above the field (the perception gap a survey finds);
// elsewhere the roles see the same sales force and only judgement noise separates them.
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import type { RubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { asksRole } from '../../src/core/rubric/level-range.js';

/** A small linear congruential generator: the same team on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const SURVEY_ROLES: readonly { role: string; count: number }[] = [
  { role: 'leadership', count: 4 },
  { role: 'sales manager', count: 6 },
  { role: 'salesperson', count: 20 },
];

export function surveyTeam(set: RubricSet, seed = 20): AnswerSheet[] {
  const next = random(seed);
  const questions = set.imperatives.flatMap((imperative) => imperative.questions.map((question) => ({ imperative, question })));
  // The field's view of each question: level 0 or 1 (a weak team); leadership's: two levels up on every fourth question.
  const field = questions.map(() => (next() < 0.5 ? 0 : 1));
  const sheets: AnswerSheet[] = [];
  let person = 0;
  for (const { role, count } of SURVEY_ROLES) {
    for (let i = 0; i < count; i++, person++) {
      const answers: AnswerSheet['answers'] = {};
      questions.forEach(({ imperative, question }, q) => {
        if (!asksRole(question, role)) return;
        const scores = question.levels.map((l) => l.score);
        const view = field[q]! + (role === 'leadership' && q % 4 === 0 ? 2 : role === 'sales manager' ? 0.5 : 0);
        const noise = next() < 0.25 ? 1 : next() < 0.1 ? -1 : 0;
        const index = Math.max(0, Math.min(scores.length - 1, Math.round(view + noise)));
        (answers[imperative.id] ??= {})[question.id] = { score: scores[index]!, note: null, evidence: 'claimed' };
      });
      sheets.push({ source: null, organization: 'Survey Corp', respondent: { name: `Respondent ${person + 1}`, role }, date: '2026-11-30', rubrics: { digest: null, source: null, questions: null }, answers });
    }
  }
  return sheets;
}
