import type { Imperative } from '../rubric/load-rubric-set.js';
import type { Question, Recommendation } from '../rubric/schema.js';
import { whyFires, type FiringRule } from './recommendation-fires.js';
import type { ImperativeScore } from './score-imperative.js';

export interface FiredAction {
  imperative: Imperative;
  question: Question;
  recommendation: Recommendation;
  /** The question's (mean) score when it fired (see recommendationFires for when that is). */
  score: number;
  /** weight_i × weight_q × (1 − attainment_q): what closing this gap is worth to the overall score. */
  priority: number;
  /** Which rule fired it: the mean below the threshold, or half the respondents or more below it. */
  firedBy: FiringRule;
}

/**
 * Every recommendation that fires (see recommendationFires), highest priority
 * first; ties keep imperative order, then question order, then the rubric's recommendation order,
 * so the plan reads in the same order as the interview when priorities are equal.
 */
export function fireActions(imperatives: readonly ImperativeScore[]): FiredAction[] {
  const fired: { action: FiredAction; rank: number }[] = [];
  for (const { imperative, questions } of imperatives) {
    for (const scored of questions) {
      const { question, meanScore, attainment } = scored;
      if (meanScore === null || attainment === null) continue;
      for (const recommendation of question.recommendations) {
        const firedBy = whyFires(scored, recommendation.below);
        if (firedBy !== null) {
          fired.push({
            action: { imperative, question, recommendation, score: meanScore, priority: imperative.weight * question.weight * (1 - attainment), firedBy },
            rank: fired.length,
          });
        }
      }
    }
  }
  fired.sort((a, b) => b.action.priority - a.action.priority || a.rank - b.rank);
  return fired.map((f) => f.action);
}
