import type { Imperative } from '../rubric/load-rubric-set.js';
import type { Question, Recommendation } from '../rubric/schema.js';
import type { ImperativeScore } from './score-imperative.js';

export interface FiredAction {
  imperative: Imperative;
  question: Question;
  recommendation: Recommendation;
  /** The (mean) score that fired it: below `recommendation.below`. */
  score: number;
  /** weight_i × weight_q × (1 − attainment_q): what closing this gap is worth to the overall score. */
  priority: number;
}

/**
 * Every recommendation whose question's (mean) score is below its `below`, highest priority
 * first; ties keep imperative order, then question order, then the rubric's recommendation order,
 * so the plan reads in the same order as the interview when priorities are equal.
 */
export function fireActions(imperatives: readonly ImperativeScore[]): FiredAction[] {
  const fired: { action: FiredAction; rank: number }[] = [];
  for (const { imperative, questions } of imperatives) {
    for (const { question, meanScore, attainment } of questions) {
      if (meanScore === null || attainment === null) continue;
      for (const recommendation of question.recommendations) {
        if (meanScore < recommendation.below) {
          fired.push({
            action: { imperative, question, recommendation, score: meanScore, priority: imperative.weight * question.weight * (1 - attainment) },
            rank: fired.length,
          });
        }
      }
    }
  }
  fired.sort((a, b) => b.action.priority - a.action.priority || a.rank - b.rank);
  return fired.map((f) => f.action);
}
