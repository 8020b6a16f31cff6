// One numbering for the reader (issue 20): the plan as shown is numbered 1, 2, 3… by when to act
// (30, 60, 90 days), then the backlog numbered on, and every cross-reference ("after #2", "needed
// for #7") uses those numbers. Which actions make the plan is decided first: page one's priorities,
// the actions that carry out page one's decisions and the ones a readout promotes, then the rest by
// horizon and the scoring's plan rank; the first planSize of them are the plan. The plan is then
// sorted by horizon, so page one's items are not pinned ahead of earlier ones: the templates tag
// them instead. A prerequisite is always numbered before what needs it. A readout can drop actions,
// merge several into one and rewrite an action's text.
import { ranksText, shortText } from './format.js';
import type { ActionView } from './report-view.js';

export interface PlanEdits {
  /** Ids chosen into the plan first, in this order: page one's priorities, its decisions' actions, then promoted actions. */
  lead: readonly string[];
  drop: readonly string[];
  /** Each merge keeps its first action, with the others' prerequisites and dependants. */
  merge: readonly { actions: readonly string[]; action?: string | undefined }[];
  rewrite: Readonly<Record<string, string>>;
}

export const NO_EDITS: PlanEdits = { lead: [], drop: [], merge: [], rewrite: {} };

/**
 * The actions (in plan order, `after`/`neededBy` as plan ranks) renumbered in display order: the
 * first `planSize` chosen (see above) sorted by horizon, then the backlog sorted by horizon. A
 * prerequisite is always placed before what needs it.
 */
export function numberPlan(actions: readonly ActionView[], edits: PlanEdits, planSize = Number.POSITIVE_INFINITY): ActionView[] {
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

  // Prerequisites first: every prefix of an order built this way holds its actions' prerequisites.
  const inOrder = (candidates: Iterable<ActionView>, placed = new Set<string>()): ActionView[] => {
    const order: ActionView[] = [];
    const place = (a: ActionView) => {
      if (placed.has(a.id)) return;
      placed.add(a.id);
      for (const id of links(a, 'after')) place(byId.get(id)!);
      order.push(a);
    };
    for (const a of candidates) place(a);
    return order;
  };
  const led = edits.lead.flatMap((id) => {
    const a = byId.get(id);
    const t = a === undefined ? null : target(a);
    return t === null ? [] : [t];
  });
  // The rest by horizon, then plan rank. A prerequisite's horizon is never later than its
  // dependant's (plan-actions.ts), so a stable sort by horizon keeps it first; inOrder makes sure.
  const byHorizon = (list: readonly ActionView[]) => list.map((a, i) => ({ a, i })).sort((x, y) => x.a.horizon - y.a.horizon || x.i - y.i).map((x) => x.a);
  const chosen = inOrder([...led, ...byHorizon([...actions].sort((x, y) => x.rank - y.rank)).filter(keep)]);
  const plan = chosen.slice(0, planSize);
  const placed = new Set<string>();
  const order = [...inOrder(byHorizon(plan), placed), ...inOrder(byHorizon(chosen.slice(plan.length)), placed)];

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
      shortText: shortText(text),
      mergedFrom: merge === undefined ? [] : merge.actions.slice(1).filter((id) => byId.has(id)),
      after,
      afterText: after.length === 0 ? '' : `after ${ranksText(after)}`,
      neededBy,
      neededByText: neededBy.length === 0 ? '' : `needed for ${ranksText(neededBy)}`,
    };
  });
}
