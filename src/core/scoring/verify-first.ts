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
import { hasChecks, levelCounts, type AnswerTally } from './answer-tally.js';

/**
 * Two in five answered above the step: with the median at the step, a tenth of the answers
 * moving would move the team level. A third was tried first: on a 30-person survey, judgement
 * noise alone put a third above the step on nearly half the actions.
 */
export const VERIFY_SHARE = 2 / 5;

export interface VerifyCounts {
  scored: number;
  above: number;
  sum: number;
  claimsOnly: boolean;
}

/**
 * The rule's counts: how many scored the question, how many answered above the step's level, and
 * the sum of their level scores (0, 0, 0 when any answer rests on more than a claim).
 */
export function verifyCounts(answers: Pick<AnswerTally, 'levelScores' | 'byRole' | 'evidence' | 'checks'>, fromLevel: number): VerifyCounts {
  const counts = levelCounts(answers);
  const scored = counts.reduce((a, b) => a + b, 0);
  // A check of the question (a respondent's, or the auditor's, who is no respondent) is more than a claim.
  if (answers.evidence.claimed !== scored || hasChecks(answers)) return { scored: 0, above: 0, sum: 0, claimsOnly: false };
  let above = 0;
  let sum = 0;
  counts.forEach((count, i) => {
    const score = answers.levelScores[i]!;
    sum += count * score;
    if (score > fromLevel) above += count;
  });
  return { scored, above, sum, claimsOnly: true };
}

/** The rule on counts already taken (verifyCounts), so a caller that shows them counts once. */
export function verifyFirstOf(counts: VerifyCounts, levelScores: readonly number[], fromLevel: number): boolean {
  const { scored, above, sum } = counts;
  // One respondent: their answer is the decision; nothing in the data can contradict it.
  if (scored <= 1 || above < scored * VERIFY_SHARE) return false;
  const next = Math.min(...levelScores.filter((s) => s > fromLevel));
  return Number.isFinite(next) && sum / scored > (fromLevel + next) / 2;
}
