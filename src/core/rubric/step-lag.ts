import type { Question, Recommendation } from './schema.js';

/**
 * The days before the level a step works toward can show (the question's `lag`), or null where it
 * can show within the plan. A question whose top reads three months in a row moves at its lower
 * levels within 90 days, so `lagFrom` limits the lag to the steps that lift the team to that level
 * or above (twelfth rubric review, J: a lag on the whole question told the client a one-month
 * level could not move, and none told it a three-month one could).
 */
export function stepLag(question: Pick<Question, 'lag' | 'lagFrom'>, step: Pick<Recommendation, 'to'>, fromLevel: number): number | null {
  if (question.lag === undefined) return null;
  const toLevel = step.to ?? fromLevel + 1;
  return question.lagFrom === undefined || toLevel >= question.lagFrom ? question.lag : null;
}
