// On resume: were the answers begun against the rubrics we have now? The session stores the set's
// digest and its question list; comparing them tells a person what is new (to be asked) and what
// is gone (its answer no longer counts). Pure.
import type { AnswerSheet } from '../answers/answer-sheet.js';
import { questionKeys } from '../answers/answer-sheet.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';

export type RubricChanges =
  /** Same digest, or nothing stored to compare with (a hand-written answers file). */
  | { kind: 'unchanged' }
  | { kind: 'unknown' }
  /** The digest differs: wording, levels, weights or questions changed. */
  | { kind: 'changed'; newQuestions: string[]; goneQuestions: string[]; questionsKnown: boolean };

export function detectRubricChanges(stored: AnswerSheet['rubrics'], set: RubricSet): RubricChanges {
  if (stored.digest === null) return { kind: 'unknown' };
  if (stored.digest === set.digest) return { kind: 'unchanged' };
  if (stored.questions === null) return { kind: 'changed', newQuestions: [], goneQuestions: [], questionsKnown: false };
  const current = questionKeys(set);
  const before = new Set(stored.questions);
  const now = new Set(current);
  return {
    kind: 'changed',
    newQuestions: current.filter((key) => !before.has(key)),
    goneQuestions: stored.questions.filter((key) => !now.has(key)),
    questionsKnown: true,
  };
}

/** Plain sentences for the terminal; empty when there is nothing to say. */
export function describeRubricChanges(changes: RubricChanges): string[] {
  if (changes.kind !== 'changed') return [];
  const lines = ['The rubrics changed since this session began.'];
  if (!changes.questionsKnown) {
    lines.push('The session does not list its questions, so new ones cannot be told apart; unanswered questions will be asked.');
    return lines;
  }
  if (changes.newQuestions.length === 0 && changes.goneQuestions.length === 0) {
    lines.push('No question was added or removed (wording, levels, weights or recommendations changed); all answers are kept.');
    return lines;
  }
  if (changes.newQuestions.length > 0) {
    lines.push(`New, to be asked (${changes.newQuestions.length}):`, ...changes.newQuestions.map((key) => `  + ${key}`));
  }
  if (changes.goneQuestions.length > 0) {
    lines.push(`Gone, no longer asked or scored (${changes.goneQuestions.length}):`, ...changes.goneQuestions.map((key) => `  - ${key}`));
  }
  lines.push('All other answers are kept.');
  return lines;
}
