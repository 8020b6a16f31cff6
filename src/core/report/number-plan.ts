// One numbering for the reader (issue 20): the plan as shown is numbered 1, 2, 3… from the
// priorities on page one through the plan to the backlog, and every cross-reference ("after #2",
// "needed for #7") uses those numbers. The priorities, and actions a readout promotes, come first;
// then the rest by horizon and the scoring's plan rank (prerequisites first, then priority). A
// readout can drop actions, merge several into one and rewrite an action's text.
import { ranksText } from './format.js';
import type { ActionView } from './report-view.js';

export interface PlanEdits {
  /** Ids placed first, in this order: page one's priorities, then promoted actions. */
  lead: readonly string[];
  drop: readonly string[];
  /** Each merge keeps its first action, with the others' prerequisites and dependants. */
  merge: readonly { actions: readonly string[]; action?: string | undefined }[];
  rewrite: Readonly<Record<string, string>>;
}

export const NO_EDITS: PlanEdits = { lead: [], drop: [], merge: [], rewrite: {} };

/**
 * The actions (in plan order, `after`/`neededBy` as plan ranks) renumbered in display order. A
 * prerequisite is always placed before what needs it, even when a led action needs it.
 */
export function numberPlan(actions: readonly ActionView[], edits: PlanEdits): ActionView[] {
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

  const order: ActionView[] = [];
  const placed = new Set<string>();
  const place = (a: ActionView) => {
    if (placed.has(a.id)) return;
    placed.add(a.id);
    for (const id of links(a, 'after')) place(byId.get(id)!);
    order.push(a);
  };
  for (const id of edits.lead) {
    const a = byId.get(id);
    const t = a === undefined ? null : target(a);
    if (t !== null) place(t);
  }
  // The rest by horizon, then plan rank: the plan reads 30, 60, 90 days in order. A prerequisite's
  // horizon is never later than its dependant's (plan-actions.ts), so this keeps it first.
  for (const a of [...actions].sort((x, y) => x.horizon - y.horizon || x.rank - y.rank)) if (keep(a)) place(a);

  const number = new Map(order.map((a, i) => [a.id, i + 1]));
  const numbers = (ids: readonly string[]) => ids.map((id) => number.get(id)!).sort((x, y) => x - y);
  return order.map((a, i) => {
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
}
