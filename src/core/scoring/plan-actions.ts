// The fired actions as a plan that respects prerequisites. Four rules, each checkable by hand:
//   1. Only prerequisites that fire count. One whose question already scores well is done. A
//      question's next step (fireActions) counts as requiring its first step.
//   2. Order: an action's order priority is the highest priority among itself and every fired
//      action that requires it, directly or through others, so a prerequisite rises to the place
//      of the most important action that waits for it. Highest order priority first; a
//      prerequisite always before the actions that require it; ties by own priority, then the
//      order of fireActions (imperative, question, recommendation).
//   3. Horizon: the latest of the action's own and its fired prerequisites' planned horizons, so
//      a dependant is never planned before what it needs.
//   4. A next step is planned in a horizon later than its question's first step; when the first
//      step already takes the last horizon (90 days), the next step is left out of the plan.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon, Question } from '../rubric/schema.js';
import type { FiredAction } from './fire-actions.js';

export interface PlannedAction extends FiredAction {
  /** Place in the plan, 1 = first. */
  rank: number;
  /** The planned horizon: the rubric's, or a fired prerequisite's when that is later. */
  horizon: Horizon;
  /** The rubric's horizon was moved later by a prerequisite. */
  horizonMoved: boolean;
  /** The highest priority among this action and the fired actions that require it (rule 2). */
  orderPriority: number;
  /** Ranks of the fired prerequisites this action waits for, ascending. */
  after: number[];
  /** Ranks of the fired actions that require this one, ascending. */
  neededBy: number[];
}

/** The horizon after this one, or null after the last. */
function laterHorizon(horizon: Horizon): Horizon | null {
  return HORIZONS.find((h) => h > horizon) ?? null;
}

export function planActions(fired: readonly FiredAction[]): PlannedAction[] {
  const byId = new Map<string, number>();
  fired.forEach((action, i) => {
    if (!byId.has(action.recommendation.id)) byId.set(action.recommendation.id, i);
  });
  // Each question's first step, for its next step to wait for (rule 1, rule 4).
  const firstStep = new Map<Question, number[]>();
  fired.forEach((action, i) => {
    if (action.step === 'now') firstStep.set(action.question, [...(firstStep.get(action.question) ?? []), i]);
  });
  const stepBefore = (action: FiredAction) => (action.step === 'next' ? (firstStep.get(action.question) ?? []) : []);
  const prerequisites = fired.map((action) => [
    ...new Set([...stepBefore(action), ...action.recommendation.requires.map((id) => byId.get(id)).filter((i): i is number => i !== undefined)]),
  ]);
  const dependants = fired.map(() => [] as number[]);
  prerequisites.forEach((list, i) => list.forEach((p) => dependants[p]!.push(i)));

  // Memoized walks; a validated set has no cycle, and `visiting` keeps a broken one from looping.
  const orderPriority = new Map<number, number>();
  const visitingUp = new Set<number>();
  const orderPriorityOf = (i: number): number => {
    const known = orderPriority.get(i);
    if (known !== undefined) return known;
    if (visitingUp.has(i)) return fired[i]!.priority;
    visitingUp.add(i);
    const value = Math.max(fired[i]!.priority, ...dependants[i]!.map(orderPriorityOf));
    visitingUp.delete(i);
    orderPriority.set(i, value);
    return value;
  };
  const horizon = new Map<number, Horizon>();
  const visitingDown = new Set<number>();
  const horizonOf = (i: number): Horizon => {
    const known = horizon.get(i);
    if (known !== undefined) return known;
    if (visitingDown.has(i)) return fired[i]!.recommendation.horizon;
    visitingDown.add(i);
    // A next step: a horizon later than its first step's (or none: left out below).
    const afterStep = stepBefore(fired[i]!).map((p) => laterHorizon(horizonOf(p)) ?? Infinity);
    const value = Math.max(fired[i]!.recommendation.horizon, ...prerequisites[i]!.map(horizonOf), ...afterStep) as Horizon;
    visitingDown.delete(i);
    horizon.set(i, value);
    return value;
  };
  // Rule 4: a next step with no later horizon is left out, and the plan is made without it.
  const kept = fired.filter((_, i) => Number.isFinite(horizonOf(i)));
  if (kept.length < fired.length) return planActions(kept);

  // Kahn's topological order, choosing the most important ready action each time. Each action's
  // count of prerequisites not yet placed says when it is ready; the keys are read once.
  const count = fired.length;
  const orderPriorities = fired.map((_, i) => orderPriorityOf(i));
  const waiting = prerequisites.map((list) => list.length);
  const placed = new Array<boolean>(count).fill(false);
  const order: number[] = [];
  const better = (a: number, b: number) => orderPriorities[a]! - orderPriorities[b]! || fired[a]!.priority - fired[b]!.priority || b - a;
  while (order.length < count) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      if (placed[i] || waiting[i]! > 0) continue;
      if (best === -1 || better(i, best) > 0) best = i;
    }
    // Only a cycle (which validate rejects) leaves nothing ready: take the best remaining action.
    if (best === -1) for (let i = 0; i < count; i++) if (!placed[i] && (best === -1 || better(i, best) > 0)) best = i;
    placed[best] = true;
    order.push(best);
    for (const dependant of dependants[best]!) waiting[dependant]!--;
  }

  const rankOf = new Map(order.map((index, position) => [index, position + 1]));
  const ranks = (list: readonly number[]) => list.map((i) => rankOf.get(i)!).sort((a, b) => a - b);
  return order.map((i, position) => ({
    ...fired[i]!,
    rank: position + 1,
    horizon: horizonOf(i),
    horizonMoved: horizonOf(i) !== fired[i]!.recommendation.horizon,
    orderPriority: orderPriorityOf(i),
    after: ranks(prerequisites[i]!),
    neededBy: ranks(dependants[i]!),
  }));
}

/**
 * The plan's first `count` actions that can start now: nothing they wait for is still to do.
 * In plan order; the actions passed over wait for one of these (or for each other).
 */
export function startNow(plan: readonly PlannedAction[], count: number): PlannedAction[] {
  return plan.filter((action) => action.after.length === 0).slice(0, count);
}
