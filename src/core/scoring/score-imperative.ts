import type { Imperative } from '../rubric/load-rubric-set.js';
import { bandOf } from './band-of.js';
import type { BandKey } from './config.js';
import { roundScore } from './round-score.js';
import { answeredCount, type AnswerTally } from './answer-tally.js';
import { questionScoreOf, type QuestionScore } from './score-question.js';
import { weightedMean } from './weighted-mean.js';
import type { RoleGroup } from './group-by-role.js';
import { asksRole } from '../rubric/level-range.js';
import { termAttainment } from './score-term.js';

export interface ImperativeScore {
  imperative: Imperative;
  /** 0–100, one decimal; null when no question has a score. */
  score: number | null;
  target: number;
  /** max(0, target − score); null with the score. */
  gap: number | null;
  band: BandKey | null;
  /**
   * Share of the answers expected that were given, n/a included: 0 to 1. A question expects an
   * answer from each respondent whose role it asks (`roles:`): counting the roles it leaves out
   * read a rubric whose reps are asked half its questions as half unanswered.
   */
  coverage: number;
  /** The answers expected (what `coverage` divides by) and those given, n/a included. */
  answersExpected: number;
  answersGiven: number;
  questions: QuestionScore[];
}

/** 100 × Σ(weight_q × term_q) / Σ weight_q over the questions that have a score; term_q is its attainment, or its team level's (score-term.ts). */
export function imperativeScoreOf(questions: readonly QuestionScore[]): number | null {
  const mean = weightedMean(questions.map((q) => ({ weight: q.question.weight, value: termAttainment(q) })));
  return mean === null ? null : roundScore(100 * mean);
}

/**
 * An imperative's figures from the answers to its questions (in its question order), given by the
 * respondents of `roles` (one role each). `settle` completes each question's figures before they are
 * scored (score-audit.ts: whether they are shown, and so what the question's term rests on).
 */
export function scoreImperative(
  imperative: Imperative,
  answers: readonly AnswerTally[],
  roles: readonly RoleGroup[],
  options: { target?: number; settle?: (question: QuestionScore) => QuestionScore } = {},
): ImperativeScore {
  const settle = options.settle ?? ((q: QuestionScore) => q);
  const questions = imperative.questions.map((question, j) => settle(questionScoreOf(question, answers[j]!)));
  const score = imperativeScoreOf(questions);
  const target = options.target ?? imperative.target;
  const expected = imperative.questions.reduce((sum, question) => sum + roles.reduce((n, group) => n + (asksRole(question, group.role) ? group.respondents.length : 0), 0), 0);
  const given = answers.reduce((sum, tally) => sum + answeredCount(tally), 0);
  return {
    imperative,
    score,
    target,
    gap: score === null ? null : roundScore(Math.max(0, target - score)),
    band: bandOf(score),
    coverage: expected === 0 ? 0 : given / expected,
    answersExpected: expected,
    answersGiven: given,
    questions,
  };
}
