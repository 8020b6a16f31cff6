// One numbering for the reader (issue 20): the plan as shown is numbered 1, 2, 3… through the
// plan to the backlog, and every cross-reference ("after #2", "needed for #7") uses those numbers.
// The shown plan (scoring/shape-plan.ts: page one's priorities and a readout's promoted actions
// always, about a third per horizon, the capacity rule) comes first, by horizon (30, 60, 90 days)
// and then the scoring's plan rank (prerequisites first, then priority); then the backlog, in the
// same order. A readout can drop actions, merge several into one and rewrite an action's text.
import type { Horizon } from '../rubric/schema.js';
import type { CapacityStep } from '../scoring/capacity.js';
import { shapePlan } from '../scoring/shape-plan.js';
import { ranksText } from './format.js';
import type { ActionView } from './report-view.js';

export interface PlanEdits {
  /** Ids always shown in the plan: page one's priorities, then promoted actions. */
  lead: readonly string[];
  drop: readonly string[];
  /** Each merge keeps its first action, with the others' prerequisites and dependants. */
  merge: readonly { actions: readonly string[]; action?: string | undefined }[];
  rewrite: Readonly<Record<string, string>>;
}

export const NO_EDITS: PlanEdits = { lead: [], drop: [], merge: [], rewrite: {} };

/** What shapes the shown plan: its size, each action's owner key, and the capacity steps that fire. */
export interface PlanShape {
  size: number;
  ownerOf: (id: string) => string | null;
  /** The owners whose freed time an action spends (it requires their gate), besides its own. */
  usesOf: (id: string) => readonly string[];
  capacity: readonly CapacityStep[];
}

/**
 * The actions (in plan order, `after`/`neededBy` as plan ranks) renumbered in display order: the
 * shown plan, then the backlog. A prerequisite is always placed before what needs it.
 */
export function numberPlan(actions: readonly ActionView[], edits: PlanEdits, shape: PlanShape): { actions: ActionView[]; shown: number } {
  const byRank = new Map(actions.map((a) => [a.rank, a]));
  const byId = new Map(actions.map((a) => [a.id, a]));
  // Merged-away actions point to the action they were merged into.
  const mergedInto = new Map<string, string>();
  for (const m of edits.merge) for (const id of m.actions.slice(1)) if (byId.has(m.actions[0]!)) mergedInto.set(id, m.actions[0]!);
  const dropped = new Set(edits.drop);
  const keep = (a: ActionView) => !dropped.has(a.id) && !mergedInto.has(a.id);
  const target = (a: ActionView): ActionView | null => {
    const into = mergedInto.get(a.id);
    const resolved = into === undefined ? a : byId.get(into)!;
    return dropped.has(resolved.id) ? null : resolved;
  };
  // Prerequisites and dependants by id, merged actions' folded into the kept one.
  const links = (a: ActionView, field: 'after' | 'neededBy') => {
    const members = [a, ...actions.filter((x) => mergedInto.get(x.id) === a.id)];
    const ids = new Set<string>();
    for (const m of members) for (const rank of m[field]) {
      const other = target(byRank.get(rank)!);
      if (other !== null && other.id !== a.id) ids.add(other.id);
    }
    return [...ids];
  };

  const kept = [...actions].sort((x, y) => x.rank - y.rank).filter(keep);
  const leads = edits.lead.flatMap((id) => {
    const a = byId.get(id);
    const t = a === undefined ? null : target(a);
    return t === null ? [] : [t.id];
  });
  const shown = shapePlan(
    kept.map((a) => ({
      id: a.id,
      horizon: a.horizon as Horizon,
      owner: shape.ownerOf(a.id),
      uses: shape.usesOf(a.id),
      after: links(a, 'after'),
    })),
    shape.size,
    leads,
    shape.capacity,
  );
  const order: ActionView[] = [];
  const placed = new Set<string>();
  const place = (a: ActionView) => {
    if (placed.has(a.id)) return;
    placed.add(a.id);
    for (const id of links(a, 'after')) place(byId.get(id)!);
    order.push(a);
  };
  // By horizon, then plan rank: the plan reads 30, 60, 90 days in order. A prerequisite's horizon
  // is never later than its dependant's (plan-actions.ts), and a shown action's prerequisites are
  // shown (shape-plan.ts), so this keeps prerequisites first.
  const byHorizon = [...kept].sort((x, y) => x.horizon - y.horizon || x.rank - y.rank);
  for (const a of byHorizon) if (shown.has(a.id)) place(a);
  const shownCount = order.length;
  for (const a of byHorizon) place(a);

  const number = new Map(order.map((a, i) => [a.id, i + 1]));
  const numbers = (ids: readonly string[]) => ids.map((id) => number.get(id)!).sort((x, y) => x - y);
  const numbered = order.map((a, i) => {
    const merge = edits.merge.find((m) => m.actions[0] === a.id);
    const after = numbers(links(a, 'after'));
    const neededBy = numbers(links(a, 'neededBy'));
    const text = edits.rewrite[a.id] ?? merge?.action ?? a.action;
    return {
      ...a,
      rank: i + 1,
      action: text,
      mergedFrom: merge === undefined ? [] : merge.actions.slice(1).filter((id) => byId.has(id)),
      after,
      afterText: after.length === 0 ? '' : `after ${ranksText(after)}`,
      neededBy,
      neededByText: neededBy.length === 0 ? '' : `needed for ${ranksText(neededBy)}`,
    };
  });
  return { actions: numbered, shown: shownCount };
}
