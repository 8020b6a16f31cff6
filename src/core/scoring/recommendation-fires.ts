// When an action fires: actions are steps between levels (issue 19). An action names the level it
// lifts a team from (`at`), and fires only when the team stands there.
import type { Question, Recommendation } from '../rubric/schema.js';
import { actionRange, inRange } from '../rubric/level-range.js';
import { checkedCounts, checksSetLevel, levelCounts, medianLevelIndex, type AnswerTally } from './answer-tally.js';

/**
 * The team level of a question: the level score of the median respondent among those who scored
 * it, of the roles given (its witnesses, witnesses.ts: `roleKeys`; every role when none are); where the checks set the level (answer-tally.ts checksSetLevel: a base of the set's minimum,
 * not one respondent's), the median case the checks looked at, each check weighing its sample
 * (rubric review 8, class A: the auditor's count was one vote among 20-200 self-grades; review 10,
 * class A and VP reading 10, class 1: one check of one case replaced everyone's claims). The claims
 * are shown beside it as the roles' perception. With an even count, the lower of the two middle scores, so the plan serves the weaker half
 * of the team rather than a level nobody answered. One respondent: their score. n/a and
 * unanswered count neither way. Null when nobody scored the question.
 *
 * Why the median and not the mean: the mean of level scores is not a level (1.7 is no step on a
 * ladder, and no action lifts a team from it), and a few high answers drag it up past what most
 * of the team reports.
 */
export function teamLevel(answers: Pick<AnswerTally, 'levelScores' | 'byRole' | 'checks'>, roleKeys?: readonly string[] | null): number | null {
  const index = medianLevelIndex(checksSetLevel(answers) ? checkedCounts(answers) : levelCounts(answers, roleKeys ?? undefined));
  return index < 0 ? null : answers.levelScores[index]!;
}

/** Whether an action lifts a team from this level: the level is in its `at` (or the old `below`'s range). */
export function recommendationFires(question: Pick<Question, 'levels'>, recommendation: Pick<Recommendation, 'at' | 'below'>, level: number): boolean {
  const range = actionRange(question, recommendation);
  return range !== null && inRange(range, level);
}

/**
 * The level above `level` on the question's ladder, or null at the top: the level the next step
 * lifts a team from once the first step is done.
 */
export function nextLevel(question: Pick<Question, 'levels'>, level: number): number | null {
  let next: number | null = null;
  for (const { score } of question.levels) if (score > level && (next === null || score < next)) next = score;
  return next;
}
