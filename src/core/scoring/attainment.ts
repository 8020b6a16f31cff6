import type { Question } from '../rubric/schema.js';

/**
 * How far up its own scale an answer sits, from 0 (lowest level) to 1 (highest). Works for any
 * level scores (0–4, 1–5, 0–10), so questions with different scales can be averaged together.
 * Takes a mean score too, for several respondents: attainment is linear in the score.
 */
export function attainment(question: Pick<Question, 'levels'>, score: number): number {
  const lowest = question.levels[0]!.score;
  const highest = question.levels[question.levels.length - 1]!.score;
  return (score - lowest) / (highest - lowest);
}
