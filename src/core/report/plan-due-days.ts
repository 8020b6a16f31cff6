// When each shown action is due, in days from leadership's decisions (the one rule; fifteenth VP
// reading, item 7.1). An action is due at the end of the horizon it starts in (30, 60 or 90 days),
// except around a gate: a step that holds an owner's further steps until it is done (the recount
// of the time a freeing step freed: "until then that manager starts no further step of the plan").
// Such a gate is due GATE_LAG_DAYS before the first step it holds, never sooner than that lag after
// its own prerequisites (it reads their result), and every step it holds is due at least that lag
// after it. On acme: the recount at 45 days, two weeks after the hand-over it re-checks, and the
// managers' rows at 60, two weeks after it. The steps a gate holds: the shown steps that its owner
// owns or spends time on, in its horizon or later, other than its prerequisites and the steps that
// free that owner (those come first by the capacity rule, capacity.ts). An action held by a date
// outside the plan (the quota year's end, plan-calendar.ts) is due no sooner than that day, and
// the gate that re-checks it moves with it.
import type { Horizon } from '../rubric/schema.js';
import { GATE_LAG_DAYS } from '../scoring/config.js';

export { GATE_LAG_DAYS };

export interface DueInput {
  /** Each shown action's horizon, in plan order. */
  horizon: ReadonlyMap<string, Horizon>;
  /** Each action's prerequisites (ids). */
  after: ReadonlyMap<string, readonly string[]>;
  /** For a gate, the owner whose further steps it holds; null for any other action. */
  holdsOf: (id: string) => string | null;
  /** Whether the action is the owner's own or spends that owner's time. */
  takesTimeOf: (id: string, owner: string) => boolean;
  /** Whether the action frees that owner's time (a capacity step). */
  frees: (id: string, owner: string) => boolean;
  /** The first day the action may be due, where something outside the plan holds it (the quota year's end: plan-calendar.ts); null for none. */
  notBefore?: (id: string) => number | null;
}

/** Each shown action's due day. */
export function planDueDays(input: DueInput, lag = GATE_LAG_DAYS): Map<string, number> {
  const due = new Map<string, number>([...input.horizon].map(([id, h]) => [id, Math.max(h, input.notBefore?.(id) ?? 0)]));
  for (const [gate, horizon] of input.horizon) {
    const owner = input.holdsOf(gate);
    if (owner === null) continue;
    const upstream = new Set<string>();
    const walk = (id: string) => {
      for (const p of input.after.get(id) ?? []) if (!upstream.has(p)) (upstream.add(p), walk(p));
    };
    walk(gate);
    const held = [...input.horizon].filter(([id, h]) => id !== gate && h >= horizon && !upstream.has(id) && !input.frees(id, owner) && input.takesTimeOf(id, owner)).map(([id]) => id);
    if (held.length === 0) continue;
    const prerequisitesDone = Math.max(0, ...[...upstream].map((id) => due.get(id) ?? 0));
    const firstHeld = Math.min(...held.map((id) => due.get(id)!));
    const gateDue = Math.max(prerequisitesDone + lag, Math.min(due.get(gate)!, firstHeld - lag));
    due.set(gate, gateDue);
    for (const id of held) due.set(id, Math.max(due.get(id)!, gateDue + lag));
  }
  return due;
}
