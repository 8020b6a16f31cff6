// Manager capacity (issue 19): the one rule for a step that frees an owner's time (`frees:` in the
// rubric; in the default set, free-manager-time frees first-line managers). The diagnosis of a
// weak team is often that the people who would carry the plan have no time; a plan that hands
// them new routines before that time is freed contradicts it. While such a step fires:
//   - gate: every action that requires it is planned at least one horizon after it (the freed
//     time lands before it is spent); a step in the last horizon gates into that same horizon;
//   - cap: the shown plan (--plan-size) holds none of the actions that spend that owner's time in
//     or before the step's horizon, and at most CAPACITY_PER_HORIZON of them in each later
//     horizon. The freed time is a third of a week, not a new team: the rest waits in the backlog.
//   - whose time an action spends (timeSpentBy): its owner's, or, when it requires a capacity
//     step that fires, the freed owner's. An action owned by someone else that uses managers'
//     one-to-ones or their team meetings (marketing presents battlecards at the team meeting)
//     says so by requiring the step, so it counts against the managers' cap like their own: the
//     team meeting is managers' time, and one cap bounds what lands on it.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon, Recommendation } from '../rubric/schema.js';

/** New actions of a freed owner the shown plan holds per horizon after the capacity step. */
export const CAPACITY_PER_HORIZON = 2;

/** The horizon after this one, or null after the last. */
export function laterHorizon(horizon: Horizon): Horizon | null {
  return HORIZONS.find((h) => h > horizon) ?? null;
}

/**
 * The earliest horizon an action that requires this prerequisite (planned for `planned`) can be
 * planned for: the same one, or the next one when the prerequisite frees someone's time.
 */
export function gatedHorizon(prerequisite: Pick<Recommendation, 'frees'>, planned: Horizon): Horizon {
  if (prerequisite.frees === undefined) return planned;
  return laterHorizon(planned) ?? planned;
}

/** A capacity step that fires: whose time it frees (an owner key) and when it is planned. */
export interface CapacityStep {
  id: string;
  owner: string;
  horizon: Horizon;
}

/**
 * How many more actions of `owner` the shown plan may take in `horizon`, given how many of them it
 * already holds there: 0 in or before a capacity step's horizon for that owner, at most
 * CAPACITY_PER_HORIZON after it; unlimited (Infinity) when no capacity step frees that owner.
 * The capacity step itself is never held back by its own rule.
 */
export function capacityLeft(steps: readonly CapacityStep[], action: { id: string; owner: string | null; horizon: Horizon }, shownThere: number): number {
  let left = Infinity;
  for (const step of steps) {
    if (step.owner !== action.owner || step.id === action.id) continue;
    left = Math.min(left, action.horizon <= step.horizon ? 0 : CAPACITY_PER_HORIZON - shownThere);
  }
  return left;
}

/**
 * Whose time an action spends, for the cap: the freed owner of the first capacity step (that
 * fires) it requires, else its own owner key.
 */
export function timeSpentBy(steps: readonly CapacityStep[], recommendation: { owner?: string | null; requires?: readonly string[] }): string | null {
  const requires = recommendation.requires ?? [];
  return steps.find((step) => requires.includes(step.id))?.owner ?? recommendation.owner ?? null;
}

/** The capacity steps in a plan: the fired actions whose rubric says whose time they free. */
export function capacitySteps(plan: readonly { recommendation: Pick<Recommendation, 'id' | 'frees'>; horizon: Horizon }[]): CapacityStep[] {
  return plan.flatMap((a) => (a.recommendation.frees === undefined ? [] : [{ id: a.recommendation.id, owner: a.recommendation.frees, horizon: a.horizon }]));
}
