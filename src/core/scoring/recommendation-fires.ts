import { roundScore } from './round-score.js';
import type { QuestionScore } from './score-question.js';

/**
 * Whether a recommendation with threshold `below` fires for a question.
 *
 * `below: N` means what a consultant means by it: "this action is for a sales force that has not
 * reached level N yet". With one respondent that is their score below N. With several, level N is
 * reached only when the mean score, as the report shows it (one decimal), is at least N **and**
 * more than half of the respondents who scored the question put it at N or above. The mean alone
 * lets a few high answers hide that half the people asked see the level missing: answers 1, 1 and
 * 4 have a mean of exactly 2.0, yet two of three respondents place the sales force below level 2,
 * and its foundational action is exactly what they need. n/a and unanswered count neither way.
 */
export function recommendationFires(question: Pick<QuestionScore, 'answers' | 'meanScore'>, below: number): boolean {
  return whyFires(question, below) !== null;
}

/**
 * Which of the two rules fires a recommendation, with the counts the report's "why" quotes:
 * `mean`, the mean as shown is below N; else `half`, `under` of the `scored` respondents put the
 * question below N and that is half of them or more. Null when it does not fire.
 */
export type FiringRule = { rule: 'mean' } | { rule: 'half'; under: number; scored: number };

export function whyFires(question: Pick<QuestionScore, 'answers' | 'meanScore'>, below: number): FiringRule | null {
  if (question.meanScore === null) return null;
  if (roundScore(question.meanScore) < below) return { rule: 'mean' };
  let scored = 0;
  let under = 0;
  for (const { score } of question.answers) {
    if (score === null) continue;
    scored += 1;
    if (score < below) under += 1;
  }
  return 2 * under >= scored ? { rule: 'half', under, scored } : null;
}
