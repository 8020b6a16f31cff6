// What one question adds to its imperative's score, and on what it rests (issues 19 and 20): the
// mean of its answers, or the attainment of its team level, a level the report prints anyway. A
// question whose figures are held back (too few scored it, QuestionScore.figuresShown) enters at its
// team level: its mean in the score let a reader who recomputed the printed questions' terms take it
// back out of the printed score (h-conf9: acme's managers imperative, 32.0, gave 4.1, 4.4, 4.8 and
// 4.9's combined term). So every imperative score is a function of figures the report prints.
import type { AnswerTally } from './answer-tally.js';
import { attainment } from './attainment.js';
import { teamLevel } from './recommendation-fires.js';
import type { Question } from '../rubric/schema.js';

/** What a question's term rests on: its answers' mean, or its team level (figures held back). */
export type ScoredAt = 'mean' | 'team-level';

/** Where a question whose figures are shown or held back (`figuresShown`) enters its imperative's score. */
export function scoredAtOf(figuresShown: boolean): ScoredAt {
  return figuresShown ? 'mean' : 'team-level';
}

/** The question's term in its imperative's score, as an attainment (0 to 1); null when nobody scored it. */
export function termAttainment(q: { question: Pick<Question, 'levels'>; answers: Pick<AnswerTally, 'levelScores' | 'byRole'>; attainment: number | null; scoredAt: ScoredAt }): number | null {
  if (q.attainment === null || q.scoredAt === 'mean') return q.attainment;
  return attainment(q.question, teamLevel(q.answers)!);
}
