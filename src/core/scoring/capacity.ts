// Capacity (issue 19): the one rule for how much new work the shown plan hands each owner. A plan
// that gives the VP Sales most of its first month, or new routines to managers who have no time,
// contradicts the diagnosis it rests on. Two parts:
//   - cap: the shown plan (--plan-size) holds at most CAPACITY_PER_HORIZON (config.ts) active items
//     per owner per horizon, counted under the owner the plan names (the resolved owner: sales
//     operations that falls back to the VP Sales counts as the VP's). Every owner, page one's
//     priorities and decisions' actions included. Active means new or continuing: a next step
//     ("Then, by …") continues its item a horizon later and takes its owner's time there as a new
//     item does, so it counts in its own horizon under its own owner (ninth VP reading, class 4a:
//     counting new items only let the VP Sales carry two new and three continuing streams at 60
//     days under a cap of three, and hid it).
//   - freed owner: while a step that frees an owner's time fires (`frees:` in the rubric; in the
//     default set, free-manager-time frees first-line managers), that owner takes none in or
//     before the step's horizon: the time lands before it is spent. (What requires the step is
//     planned a horizon after it by the horizon rule, plan-actions.ts.)
//   - who spends time on a step: its owner, and the owner its rubric says it takes time from as
//     well (`spends:`, such as first-line managers attending a training): it counts against both
//     caps. Requiring the step that frees managers does not spend their time (tenth consultant
//     review, C.1: a VP writing a one-page model, or Finance costing a quota, counted against the
//     managers' cap because it required the keystone, and pushed real manager routines out).
//   - a routine (`recurring:`, the one-to-ones and team meetings a step books for the months
//     ahead) is work in every later horizon too, for the same people.
//   - a check is work too (twelfth VP reading, class 1a: "all three checks" the report gave the VP
//     Sales were left out of "3 at once", with the approvals and the steps written "with the VP
//     Sales"): whoever checks a row before it starts (confirm-hint.ts checkerOf) carries that check
//     in the row's horizon, against the same cap. Approvals a step gives and steps done with
//     someone are the rubric's `spends:` (the VP Sales approving each team's targets), counted above.
// loadPlaces is that rule, the one source: the shown plan (shape-plan.ts) is laid out by it and
// the plan's load line (build-report-view.ts ownerLoadText) counts by it.
// What does not fit waits in the backlog, and the plan says how many of whose wait.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon } from '../rubric/schema.js';
import { CAPACITY_PER_HORIZON } from './config.js';

export { CAPACITY_PER_HORIZON };

/** The horizon after this one, or null after the last. */
export function laterHorizon(horizon: Horizon): Horizon | null {
  return HORIZONS.find((h) => h > horizon) ?? null;
}

/**
 * The earliest horizon an action that requires a prerequisite planned for `planned` can be
 * planned for: the next one, as it starts once the prerequisite is done (the last stays the last;
 * the shown plan then leaves the dependant in the backlog, shape-plan.ts).
 */
export function gatedHorizon(planned: Horizon): Horizon {
  return laterHorizon(planned) ?? planned;
}

/** A capacity step that fires: whose time it frees (the resolved owner, as the plan names it) and when it is planned. */
export interface CapacityStep {
  id: string;
  owner: string;
  horizon: Horizon;
}

/**
 * How many more items `work.owner` may take on in `work.horizon`, given how many of theirs
 * the shown plan already holds there: the cap (CAPACITY_PER_HORIZON unless given) less those, and 0 in or before the
 * horizon of a step that frees that owner's time (the step itself excepted).
 */
export function capacityLeft(steps: readonly CapacityStep[], work: { id: string; owner: string | null; horizon: Horizon }, shownThere: number, cap = CAPACITY_PER_HORIZON): number {
  // A step that frees this owner may take their time itself (the hand-over managers make of their
  // own accounts): it is how the time is freed, not new work waiting for it.
  const freeing = steps.some((step) => step.id === work.id && step.owner === work.owner);
  if (!freeing) for (const step of steps) if (step.owner === work.owner && step.id !== work.id && work.horizon <= step.horizon) return 0;
  return Math.max(0, cap - shownThere);
}

/** The capacity steps in a plan: the fired actions whose rubric says whose time they free. */
export function capacitySteps(plan: readonly { recommendation: { id: string }; frees: string | null; horizon: Horizon }[]): CapacityStep[] {
  return plan.flatMap((a) => (a.frees === null ? [] : [{ id: a.recommendation.id, owner: a.frees, horizon: a.horizon }]));
}

/** What one item of the plan gives whom to do: its owner, whose time it spends, who checks it, and its next step's. */
export interface LoadWork {
  owner: string | null;
  /** Whose time it takes besides its owner's (`spends:`). */
  uses?: readonly string[];
  /** Who checks it before it starts (a flag's or page two's check), or null. */
  checker?: string | null;
  /** Its next step ("Then, by …"), counted where it lands. */
  next?: { owner: string | null; uses?: readonly string[] } | null;
  /** A routine it sets up (`recurring:`): its people carry it in every later horizon too. */
  recurring?: boolean;
}

/**
 * Each (owner, horizon) an item takes a place in when it starts in `horizon` and its next step
 * lands in `nextHorizon`: the rule above, once. An owner counts once per item and horizon (a step's
 * owner whose time it also "spends" is one place); a check counts apart from the row it gates, as
 * its own piece of work, even for the row's own owner.
 */
export function loadPlaces(work: LoadWork, horizon: Horizon, nextHorizon: Horizon | null): [string | null, Horizon][] {
  const people = (owner: string | null, uses: readonly string[] = []) => [owner, ...uses.filter((o) => o !== owner)];
  return [
    ...people(work.owner, work.uses).map((owner): [string | null, Horizon] => [owner, horizon]),
    ...(work.checker == null ? [] : [[work.checker, horizon] as [string | null, Horizon]]),
    ...(work.next == null || nextHorizon === null ? [] : people(work.next.owner, work.next.uses).map((owner): [string | null, Horizon] => [owner, nextHorizon])),
    // A routine keeps running after the horizon it starts in (fourteenth VP reading, class 1.3:
    // the fortnightly one-to-ones booked for three months from day 60 were still running at 90,
    // and the managers' load left them out).
    ...(work.recurring === true ? HORIZONS.filter((h) => h > horizon).flatMap((later) => people(work.owner, work.uses).map((owner): [string | null, Horizon] => [owner, later])) : []),
  ];
}
