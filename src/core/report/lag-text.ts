import { countText } from './format.js';

/**
 * What the plan says on the item of a question whose level cannot move within the plan (the
 * rubric's `lag`): "Its level moves after two quarters at the earliest (180 days), not within this
 * plan's 90 days." Without it a reader expects the step to show in the next audit's score
 * (seventh review: right-managers reads two quarters of results, its steps take 60 and 90 days).
 * '' where the question has no lag.
 */
export function lagText(lag: number | undefined): string {
  if (lag === undefined) return '';
  const quarters = lag / 90;
  const span = Number.isInteger(quarters) ? `${countText(quarters)} quarter${quarters === 1 ? '' : 's'}` : `${lag} days`;
  const days = Number.isInteger(quarters) ? ` (${lag} days)` : '';
  return `Its level moves after ${span} at the earliest${days}, not within this plan's 90 days.`;
}
