// What one question adds to its imperative's score, and on what it rests (issues 19 and 20):
// claims count only in groups large enough to show; checked answers set the level wherever they
// exist.
// - Some answers were checked (evidence `document`, `observed` or `data`): the team level is the
//   checked answers' median (recommendation-fires.ts teamLevel), the question counts at that
//   level's attainment and the plan steps from it. Twenty self-grades no longer outvote the
//   auditor's count (rubric review 8, class A); the claims stay in the roles' figures, as their
//   perception.
// - Otherwise, with claims enough to show (QuestionScore.figuresShown): its mean, as before.
// - Otherwise it is held back: no level, mean or range is printed, and it is left out of the score
//   as n/a is, ranked nowhere, and fires no step. Its mean in the score let a reader take it back
//   out of the printed score (h-conf9: acme's managers imperative, 32.0), and its median, printed,
//   was one of three people's answers (VP reading 9, class 1a).
// So every imperative score is a function of figures the report prints.
import { checkedCount, type AnswerTally } from './answer-tally.js';
import { attainment } from './attainment.js';
import type { Question } from '../rubric/schema.js';

/** What a question's term rests on: its answers' mean, its checked level, or nothing (held back). */
export type ScoredAt = 'mean' | 'checked-level' | 'held-back';

/** Where a question enters its imperative's score: at its checked level where an answer was checked, else at its mean where its claims may be shown (`figuresShown`), else nowhere. */
export function scoredAtOf(answers: Pick<AnswerTally, 'byRole'>, figuresShown: boolean): ScoredAt {
  if (checkedCount(answers) > 0) return 'checked-level';
  return figuresShown ? 'mean' : 'held-back';
}

/** The question's term in its imperative's score, as an attainment (0 to 1); null when nobody scored it or it is held back. */
export function termAttainment(q: { question: Pick<Question, 'levels'>; attainment: number | null; scoredAt: ScoredAt; teamLevel: number | null }): number | null {
  if (q.attainment === null || q.scoredAt === 'held-back') return null;
  if (q.scoredAt === 'mean') return q.attainment;
  return attainment(q.question, q.teamLevel!);
}
