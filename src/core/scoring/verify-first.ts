// "Verify first" (issue 20): only where checking the answers would change the decision. Every
// survey answer is a self-report, so "rests on claims" alone marked 45 of 65 actions and meant
// nothing; the report says once, in the evidence line, that the scores are self-reports. The rule:
// an action is marked when its question's scores all rest on claims AND the team does not agree
// that the step is needed: at least VERIFY_SHARE of those who scored the question answered above
// the level the action lifts the team from, so the team level (the median) rests on a handful of
// answers and checking a few of them can move it. Then a document or a meeting observed settles
// whether the step is needed at all, before anyone spends on it.
//
// Fifth VP reading: every acme flag read exactly half ("5 of 10", "3 of 6"). With an even count the
// team level is the lower of the two middle answers, so whenever those two differ exactly half
// answered above the step, and half clears VERIFY_SHARE: the share alone fired by construction on
// every such split (for a group of 4 or 6, it was the only way to fire), measuring the tie-break, not
// doubt. A second condition now has to hold: the mean of the answers lies past the midpoint between
// the step's level and the next one up, so the answers above outweigh those at or below it, and the
// median alone puts the team at the step. An even split whose upper half sits one level up and whose
// lower half sits at the step (mean exactly at the midpoint) no longer fires.
import { levelCounts, type AnswerTally } from './answer-tally.js';

/**
 * Two in five answered above the step: with the median at the step, a tenth of the answers
 * moving would move the team level. A third was tried first: on a 30-person survey, judgement
 * noise alone put a third above the step on nearly half the actions.
 */
export const VERIFY_SHARE = 2 / 5;

/** The rule's counts: how many scored the question, and how many answered above the step's level (0, 0 when any answer rests on more than a claim). */
export function verifyCounts(answers: Pick<AnswerTally, 'levelScores' | 'byRole' | 'evidence'>, fromLevel: number): { scored: number; above: number; claimsOnly: boolean } {
  const counts = levelCounts(answers);
  const scored = counts.reduce((a, b) => a + b, 0);
  if (answers.evidence.claimed !== scored) return { scored: 0, above: 0, claimsOnly: false };
  const above = counts.reduce((n, count, i) => n + (answers.levelScores[i]! > fromLevel ? count : 0), 0);
  return { scored, above, claimsOnly: true };
}

export function verifyFirst(answers: Pick<AnswerTally, 'levelScores' | 'byRole' | 'evidence'>, fromLevel: number): boolean {
  const { scored, above } = verifyCounts(answers, fromLevel);
  // One respondent: their answer is the decision; nothing in the data can contradict it.
  if (scored <= 1 || above < scored * VERIFY_SHARE) return false;
  const counts = levelCounts(answers);
  const mean = counts.reduce((sum, count, i) => sum + count * answers.levelScores[i]!, 0) / scored;
  const next = Math.min(...answers.levelScores.filter((s) => s > fromLevel));
  return Number.isFinite(next) && mean > (fromLevel + next) / 2;
}
