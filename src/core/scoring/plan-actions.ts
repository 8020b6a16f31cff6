// The fired items as a plan that respects prerequisites. Five rules, each checkable by hand:
//   1. Only prerequisites that fire count. One whose question already scores well is done. One
//      that is another question's next step counts as that question's item, and what requires it
//      is planned no earlier than the next step.
//   2. Order: an item's order priority is the highest priority among itself and every fired
//      item that requires it, directly or through others, so a prerequisite rises to the place
//      of the most important item that waits for it. Highest order priority first; a
//      prerequisite always before the items that require it; ties by own priority, then the
//      order of fireActions (imperative, question, recommendation), where a build takes the
//      earliest place of the items that require it directly, as it is done for them (builds fire
//      last: Finance's shadow credit had put the hand-over that needs it behind the other gate).
//   3. Horizon: when the item can start: the latest of its own horizon and the horizon after each
//      fired prerequisite's planned one (a step starts once what it needs is done; 90 days stays
//      90, and the shown plan leaves such an item in the backlog, shape-plan.ts). A build
//      (`build: true`: a credit rule priced, a report built) is done for the step that uses it,
//      within that step's horizon and before it, so it holds the step to its own horizon, not the
//      next (thirteenth VP reading: the shadow credit the hand-over promises was priced after it).
//   4. A question's next step rides on its item, planned a horizon after the item (and after
//      what the next step itself requires, by rules 1 and 3); when there is no later horizon
//      than 90 days, the item carries no next step.
import type { Horizon } from '../rubric/schema.js';
import { HORIZONS } from '../rubric/rubric-constants.js';
import { gatedHorizon, laterHorizon } from './capacity.js';
import type { FiredAction, NextStep } from './fire-actions.js';

/** A next step with the horizon it is planned for: always later than its item's. */
const LAST_HORIZON = HORIZONS[HORIZONS.length - 1]!;

export interface PlannedNextStep extends NextStep {
  horizon: Horizon;
  /** Ids of the plan's items it waits for (its fired prerequisites, or the items they ride on): it rides in the plan only where they are shown before it. */
  after: string[];
}

export interface PlannedAction extends FiredAction {
  /** The next step, planned a horizon later, or null (none, or no horizon left for it). */
  next: PlannedNextStep | null;
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

export function planActions(fired: readonly FiredAction[]): PlannedAction[] {
  const byId = new Map<string, number>();
  fired.forEach((action, i) => {
    if (!byId.has(action.recommendation.id)) byId.set(action.recommendation.id, i);
  });
  // A next step rides on its question's item: an action that requires it waits for that item,
  // and is planned no earlier than the next step itself (rule 1).
  const ridesOn = new Map<string, number>();
  fired.forEach((action, i) => {
    if (action.next !== null && !byId.has(action.next.recommendation.id)) ridesOn.set(action.next.recommendation.id, i);
  });
  interface Requirement {
    index: number;
    viaNext: boolean;
  }
  const requirementsOf = (requires: readonly string[], self: number | null): Requirement[] => {
    const found = new Map<number, boolean>();
    for (const id of requires) {
      const item = byId.get(id);
      const carrier = item === undefined ? ridesOn.get(id) : undefined;
      if (item !== undefined && item !== self) found.set(item, found.get(item) ?? false);
      if (carrier !== undefined && carrier !== self) found.set(carrier, true);
    }
    return [...found].map(([index, viaNext]) => ({ index, viaNext }));
  };
  const requirements = fired.map((action, i) => requirementsOf(action.recommendation.requires, i));
  const prerequisites = requirements.map((list) => list.map((r) => r.index));
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
  // Rule 2's last tie-break: a build's place is the earliest of the items it is done for.
  const orderPlaceOf = (i: number): number => (fired[i]!.recommendation.build === true ? Math.min(i, ...dependants[i]!) : i);
  const horizon = new Map<number, Horizon>();
  const visitingDown = new Set<number>();
  // Rule 3: what a step that requires these fired items can be planned for, at the earliest.
  const earliestAfter = (own: Horizon, required: readonly Requirement[]): Horizon =>
    Math.max(
      own,
      ...required.map(({ index, viaNext }) => {
        if (!viaNext) return fired[index]!.recommendation.build === true ? horizonOf(index) : gatedHorizon(horizonOf(index)); // rule 3: a build, within its horizon
        const next = nextOf(index);
        return next === null ? LAST_HORIZON : gatedHorizon(next.horizon);
      }),
    ) as Horizon;
  const horizonOf = (i: number): Horizon => {
    const known = horizon.get(i);
    if (known !== undefined) return known;
    if (visitingDown.has(i)) return fired[i]!.recommendation.horizon;
    visitingDown.add(i);
    const value = earliestAfter(fired[i]!.recommendation.horizon, requirements[i]!);
    visitingDown.delete(i);
    horizon.set(i, value);
    return value;
  };
  // Rule 4: the next step, a horizon after its item and no earlier than what it requires.
  const nextPlanned = new Map<number, PlannedNextStep | null>();
  const nextOf = (i: number): PlannedNextStep | null => {
    if (nextPlanned.has(i)) return nextPlanned.get(i)!;
    const next = fired[i]!.next;
    const later = laterHorizon(horizonOf(i));
    nextPlanned.set(i, null); // a broken set's cycle through next steps ends here
    const planned = next === null || later === null ? null : { ...next, horizon: earliestAfter(Math.max(later, next.recommendation.horizon) as Horizon, requirementsOf(next.recommendation.requires, i)), after: requirementsOf(next.recommendation.requires, i).map(({ index }) => fired[index]!.recommendation.id) };
    nextPlanned.set(i, planned);
    return planned;
  };

  // Kahn's topological order, choosing the most important ready action each time. Each action's
  // count of prerequisites not yet placed says when it is ready; the keys are read once.
  const count = fired.length;
  const orderPriorities = fired.map((_, i) => orderPriorityOf(i));
  const waiting = prerequisites.map((list) => list.length);
  const placed = new Array<boolean>(count).fill(false);
  const order: number[] = [];
  const orderPlaces = fired.map((_, i) => orderPlaceOf(i));
  const better = (a: number, b: number) => orderPriorities[a]! - orderPriorities[b]! || fired[a]!.priority - fired[b]!.priority || orderPlaces[b]! - orderPlaces[a]! || b - a;
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
    next: nextOf(i),
    rank: position + 1,
    horizon: horizonOf(i),
    horizonMoved: horizonOf(i) !== fired[i]!.recommendation.horizon,
    orderPriority: orderPriorityOf(i),
    after: ranks(prerequisites[i]!),
    neededBy: ranks(dependants[i]!),
  }));
}
