// The counts of one question on a 0..4 ladder from a list of answers, for the scoring rules' unit tests.
import type { Evidence } from '../../src/core/answers/answers-constants.js';
import { createAnswerTally, type AnswerTally } from '../../src/core/scoring/answer-tally.js';

export const LADDER = { levels: [0, 1, 2, 3, 4].map((score) => ({ score })) };

export function tallyOf(answers: readonly { score: number | null; evidence?: Evidence }[]): AnswerTally {
  const builder = createAnswerTally(LADDER);
  answers.forEach(({ score, evidence }, i) => builder.add(i, 'salesperson', { score, note: null, evidence: evidence ?? 'claimed' }));
  return builder.tally;
}

/** How many chose each level of LADDER. */
export function countsOf(scores: readonly number[]): number[] {
  return LADDER.levels.map(({ score }) => scores.filter((s) => s === score).length);
}
