// What one question adds to its imperative's score, and on what it rests (issues 19 and 20):
// claims count only in groups large enough to show; checks set the level only on a sufficient base.
// - Its checks set the level (answer-tally.ts checksSetLevel: they looked at the set's minimum base
//   or more, three reps, managers or deals, and are not one respondent's alone): the team level is
//   the median case they looked at (recommendation-fires.ts teamLevel), the question counts at that
//   level's attainment and the plan steps from it. Twenty self-grades do not outvote the auditor's
//   count of the sample (rubric review 8, class A); the claims stay in the roles' figures, as their
//   perception.
// - Checks on a smaller base replace nothing (VP reading 10, class 1: one checked answer had set 15
//   levels, and the level named who showed the document): the question is scored as if unchecked,
//   and the consultant is told to widen it (in the readout draft, never in the report) where the
//   check sits a level or more from the claims.
// - A census (the auditor's check of every first-line manager) sets the level at any base; below
//   the minimum ('census-withheld') the level would describe each of one or two known people: it is
//   not printed and not in the score, and the plan still steps from it (planAttainment).
// - Otherwise, with claims enough to show (QuestionScore.figuresShown): its mean, as before.
// - Otherwise it is held back: no level, mean or range is printed, and it is left out of the score
//   as n/a is, ranked nowhere, and fires no step. Its mean in the score let a reader take it back
//   out of the printed score (h-conf9: acme's managers imperative, 32.0), and its median, printed,
//   was one of three people's answers (VP reading 9, class 1a).
// So every imperative score is a function of figures the report prints.
import { censusBelowMinimum, checkedCounts, checksSetLevel, hasChecks, levelCounts, medianLevelIndex, type AnswerTally } from './answer-tally.js';
import { attainment } from './attainment.js';
import type { Question } from '../rubric/schema.js';

/** What a question's term rests on: its answers' mean, its checked level, or nothing (held back; or a census too small to print, whose level only the plan uses). */
export type ScoredAt = 'mean' | 'checked-level' | 'census-withheld' | 'held-back';

/** Where a question enters its imperative's score: at its checked level where its checks set the level, else at its mean where its claims may be shown (`figuresShown`), else nowhere. */
export function scoredAtOf(answers: Pick<AnswerTally, 'checks'>, figuresShown: boolean): ScoredAt {
  if (checksSetLevel(answers)) return censusBelowMinimum(answers) ? 'census-withheld' : 'checked-level';
  return figuresShown ? 'mean' : 'held-back';
}

/**
 * Whether the question's checks, too small to set its level, sit a level or more from its claims:
 * the median case checked against the median answer, in levels. Then the readout draft tells the
 * consultant to widen the check to the audit sample (draft-readout.ts); the report reads the
 * question as unchecked and prints nothing of the small check (VP reading 11, class 4). One
 * level: a check that agrees with the claims within a level changes no step, and a wider one need
 * not be asked for.
 */
export function checkToWiden(answers: Pick<AnswerTally, 'checks' | 'byRole' | 'levelScores'>, roleKeys?: readonly string[] | null): boolean {
  if (!hasChecks(answers) || checksSetLevel(answers)) return false;
  // The claims that would set the level: the witnesses' (witnesses.ts), every role's when none are named.
  const claims = medianLevelIndex(levelCounts(answers, roleKeys ?? undefined));
  const checked = medianLevelIndex(checkedCounts(answers));
  return claims >= 0 && checked >= 0 && Math.abs(claims - checked) >= 1;
}

/** The question's term in its imperative's score, as an attainment (0 to 1); null when nobody scored it or it is held back. */
export function termAttainment(q: { question: Pick<Question, 'levels'>; attainment: number | null; scoredAt: ScoredAt; teamLevel: number | null }): number | null {
  if (q.attainment === null || q.scoredAt === 'held-back' || q.scoredAt === 'census-withheld') return null;
  if (q.scoredAt === 'mean') return q.attainment;
  return attainment(q.question, q.teamLevel!);
}

/**
 * The attainment the plan steps from: the term's, and for a census too small to print its level's,
 * which is in no score (a printed score minus the others would give it) but fires the step, so a
 * two-manager firm's keystone still frees its managers' time (rubric review 11, B2).
 */
export function planAttainment(q: { question: Pick<Question, 'levels'>; attainment: number | null; scoredAt: ScoredAt; teamLevel: number | null }): number | null {
  if (q.scoredAt === 'census-withheld' && q.attainment !== null && q.teamLevel !== null) return attainment(q.question, q.teamLevel);
  return termAttainment(q);
}

/** The team level a report may print: none for a census too small to print (it would describe each person), else the team level. */
export function printedLevel(q: { scoredAt: ScoredAt; teamLevel: number | null }): number | null {
  return q.scoredAt === 'census-withheld' ? null : q.teamLevel;
}
