// What one question adds to its imperative's score, and on what it rests (issues 19 and 20): the
// mean of its answers, or the attainment of its team level, a level the report prints anyway. A
// question whose figures are held back (too few scored it, QuestionScore.figuresShown) enters at its
// team level: its mean in the score let a reader who recomputed the printed questions' terms take it
// back out of the printed score (h-conf9: acme's managers imperative, 32.0, gave 4.1, 4.4, 4.8 and
// 4.9's combined term). A question some of whose answers were checked (evidence other than
// `claimed`) enters at its team level too, which is then the checked answers' median
// (recommendation-fires.ts teamLevel): twenty self-grades no longer outvote the auditor's count
// (rubric review 8, class A); the claims stay in the roles' figures, as their perception. So every
// imperative score is a function of figures the report prints.
import { checkedCount, type AnswerTally } from './answer-tally.js';
import { attainment } from './attainment.js';
import { teamLevel } from './recommendation-fires.js';
import type { Question } from '../rubric/schema.js';

/** What a question's term rests on: its answers' mean, its team level (figures held back), or its checked level. */
export type ScoredAt = 'mean' | 'team-level' | 'checked-level';

/** Where a question enters its imperative's score: at its checked level where an answer was checked, else at its mean where its figures are shown (`figuresShown`). */
export function scoredAtOf(answers: Pick<AnswerTally, 'byRole'>, figuresShown: boolean): ScoredAt {
  if (checkedCount(answers) > 0) return 'checked-level';
  return figuresShown ? 'mean' : 'team-level';
}

/** The question's term in its imperative's score, as an attainment (0 to 1); null when nobody scored it. */
export function termAttainment(q: { question: Pick<Question, 'levels'>; answers: Pick<AnswerTally, 'levelScores' | 'byRole'>; attainment: number | null; scoredAt: ScoredAt }): number | null {
  if (q.attainment === null || q.scoredAt === 'mean') return q.attainment;
  return attainment(q.question, teamLevel(q.answers)!);
}
