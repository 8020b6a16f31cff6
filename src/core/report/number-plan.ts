// One plan, laid out once, and one numbering for the reader (issue 20). layoutPlan decides which
// actions the plan shows, in which horizon, and why the others wait (scoring/shape-plan.ts:
// priority order within owners' capacity and prerequisites); page one, the plan section, the deck
// and the JSON results all read that one layout. numberPlan numbers it 1, 2, 3… through the plan
// to the backlog: the shown plan by horizon (30, 60, 90 days) and then the scoring's plan rank
// (prerequisites first, then priority); then the backlog in plan rank, which is priority order.
// Every cross-reference ("after #2", "waits for #7") uses those numbers. A readout can drop
// actions, merge several into one and rewrite an action's text.
import type { Horizon } from '../rubric/schema.js';
import { laterHorizon, type CapacityStep } from '../scoring/capacity.js';
import { shapePlan, type WaitReason } from '../scoring/shape-plan.js';
import { ranksText } from './format.js';
import { planDueDays } from './plan-due-days.js';
import type { ActionView, NextStepView } from './report-view.js';
import { waitNote, waitView } from './wait-reason.js';

export interface PlanEdits {
  /** Ids always shown in the plan, in this order: the gate, the decisions' actions, page one's priorities, then promoted actions. */
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
  /** An action's next step, as the capacity rule counts it (its owner, horizon and whose freed time it spends), or null. */
  nextOf?: (id: string) => { owner: string | null; horizon: Horizon; uses: readonly string[]; after?: readonly string[] } | null;
  /** The shared slot an action runs in (`slot:`), or null. */
  slotOf?: (id: string) => string | null;
  /** The actions an action does inside it (`covers:`). */
  coversOf?: (id: string) => readonly string[];
  /** Whether the action is a build (`build: true`), shown only with an action that requires it (shape-plan.ts, rule 5). */
  buildOf?: (id: string) => boolean;
  /** Who checks an action before it starts, or null: the check counts against their cap (capacity.ts loadPlaces). */
  checkerOf?: (id: string) => string | null;
  /** Whether the action sets up a routine (`recurring: true`) that its people carry in every later horizon (capacity.ts loadPlaces). */
  recurringOf?: (id: string) => boolean;
  /** Who may take an action when its owner has no room (the set's `alternatives`, resolved), or null (shape-plan.ts rule 6). */
  alternativeOf?: (id: string) => string | null;
  /** The set's shared slots: what each is called, and how many steps may start in it per horizon. */
  slots?: ReadonlyMap<string, { title: string; perHorizon: number }>;
  /** For a gate (a step that holds an owner's further steps until it is done: the recount), that owner; else null (plan-due-days.ts). */
  holdsOf?: (id: string) => string | null;
  /** The first day an action may be due, where a date outside the plan holds it (the quota year's end), else null (plan-due-days.ts). */
  notBefore?: (id: string) => number | null;
}

/** An action as the layout needs it: the scoring's plan rank and horizon, and its links as ranks. */
export interface PlanItem {
  id: string;
  rank: number;
  horizon: Horizon;
  after: readonly number[];
  neededBy: readonly number[];
  /** The leadership decision it carries out, where leadership declined it (shape-plan.ts). */
  declined?: string | null;
}

/** The plan as every output reads it. */
export interface PlanLayout {
  /** The kept actions' ids in display order: the shown plan, then the backlog. */
  order: readonly string[];
  /** How many of `order` the plan shows in full. */
  shown: number;
  /** Each shown action's horizon: its own, or later when capacity or a prerequisite held it back. */
  horizon: ReadonlyMap<string, Horizon>;
  /** Each shown action's due day: its horizon's, or a gate's lag apart (plan-due-days.ts). */
  due: ReadonlyMap<string, number>;
  /** Why each backlog action waits. */
  waits: ReadonlyMap<string, WaitReason>;
  /** The shown actions whose next step ("Then, by …") rides on them: the load counted it (shape-plan.ts). */
  riding: ReadonlySet<string>;
  /** Each shared slot's title, for the backlog's sentence on a slot with no room. */
  slotTitles: ReadonlyMap<string, string>;
  /** The shown actions given to their alternative owner, as their own had no room: id to that owner (shape-plan.ts rule 6). */
  reassigned: ReadonlyMap<string, string>;
  /** Prerequisites and dependants by id, merged actions' folded into the kept one. */
  after: ReadonlyMap<string, readonly string[]>;
  neededBy: ReadonlyMap<string, readonly string[]>;
}

/** Which actions the plan shows, when, and in which order the reader numbers them. */
export function layoutPlan(items: readonly PlanItem[], edits: PlanEdits, shape: PlanShape): PlanLayout {
  const byRank = new Map(items.map((a) => [a.rank, a]));
  const byId = new Map(items.map((a) => [a.id, a]));
  // Merged-away actions point to the action they were merged into.
  const mergedInto = new Map<string, string>();
  for (const m of edits.merge) for (const id of m.actions.slice(1)) if (byId.has(m.actions[0]!)) mergedInto.set(id, m.actions[0]!);
  const dropped = new Set(edits.drop);
  const keep = (a: PlanItem) => !dropped.has(a.id) && !mergedInto.has(a.id);
  const target = (a: PlanItem): PlanItem | null => {
    const into = mergedInto.get(a.id);
    const resolved = into === undefined ? a : byId.get(into)!;
    return dropped.has(resolved.id) ? null : resolved;
  };
  const links = (a: PlanItem, field: 'after' | 'neededBy') => {
    const members = [a, ...items.filter((x) => mergedInto.get(x.id) === a.id)];
    const ids = new Set<string>();
    for (const m of members) for (const rank of m[field]) {
      const other = target(byRank.get(rank)!);
      if (other !== null && other.id !== a.id) ids.add(other.id);
    }
    return [...ids];
  };

  const kept = [...items].sort((x, y) => x.rank - y.rank).filter(keep);
  const after = new Map(kept.map((a) => [a.id, links(a, 'after')]));
  const neededBy = new Map(kept.map((a) => [a.id, links(a, 'neededBy')]));
  // A step that takes the time of an owner a gate frees (its own, or what it spends) starts after
  // that gate, whatever its rubric requires (thirteenth VP reading: the quarterly team plans and the
  // monthly team meeting, managers' steps that require neither freeing step, read "–" in After and
  // so could start before the hand-over): the capacity rule already held them to a later horizon,
  // and now the plan says which step they wait for. A gate leadership declined frees nothing, so
  // the steps light enough to go ahead without it (the rubric's own `requires`) do.
  for (const step of shape.capacity) {
    const gate = byId.get(step.id);
    if (gate === undefined || gate.declined != null || !keep(gate)) continue;
    const upstream = new Set<string>();
    const walk = (id: string) => {
      for (const p of after.get(id) ?? []) if (!upstream.has(p)) (upstream.add(p), walk(p));
    };
    walk(step.id);
    for (const a of kept) {
      // Another step that frees the same owner does not wait for this one (each is part of freeing them).
      if (a.id === step.id || upstream.has(a.id) || after.get(a.id)!.includes(step.id) || shape.capacity.some((s) => s.id === a.id && s.owner === step.owner)) continue;
      // A recount of the owner's freed time reads every step that frees it, so it comes after each
      // (sixteenth VP reading, 2.8: the recount read the head-office cut's threshold but was only after the hand-over).
      const recounts = shape.holdsOf?.(a.id) === step.owner;
      if (!recounts && shape.ownerOf(a.id) !== step.owner && !shape.usesOf(a.id).includes(step.owner)) continue;
      after.get(a.id)!.push(step.id);
      neededBy.get(step.id)!.push(a.id);
    }
  }
  const leads = edits.lead.flatMap((id) => {
    const a = byId.get(id);
    const t = a === undefined ? null : target(a);
    return t === null ? [] : [t.id];
  });
  const shaped = shapePlan(
    kept.map((a) => ({ id: a.id, horizon: a.horizon, owner: shape.ownerOf(a.id), uses: shape.usesOf(a.id), after: after.get(a.id)!, declined: a.declined ?? null, next: shape.nextOf?.(a.id) ?? null, slot: shape.slotOf?.(a.id) ?? null, covers: shape.coversOf?.(a.id) ?? [], build: shape.buildOf?.(a.id) ?? false, checker: shape.checkerOf?.(a.id) ?? null, recurring: shape.recurringOf?.(a.id) ?? false, alternative: shape.alternativeOf?.(a.id) ?? null })),
    shape.size,
    leads,
    shape.capacity,
    undefined,
    new Map([...(shape.slots ?? new Map<string, { title: string; perHorizon: number }>())].map(([id, slot]) => [id, slot.perHorizon])),
  );
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    for (const p of after.get(id)!) place(p);
    order.push(id);
  };
  // The plan by the horizon each action starts in, the gates (the steps that free someone's time)
  // first within it, then plan rank: a shown action's prerequisites are shown in an earlier
  // horizon, or are builds in its own (shape-plan.ts), and `place` puts every prerequisite first. The gates lead their horizon
  // because everything of the owner they free waits for them (twelfth VP reading, 1c: the
  // differences card, pulled to 30 days as the price script's prerequisite, outranked the gate).
  const horizonOf = (id: string) => shaped.shown.get(id)!;
  // Among the gates, the capacity steps' own order (the keystone first): a gate that waits for a
  // build in its horizon (the hand-over for the shadow credit) keeps its place, the build before it.
  const gateFirst = (id: string) => {
    const i = shape.capacity.findIndex((step) => step.id === id);
    return i === -1 ? shape.capacity.length : i;
  };
  // Each shown action's due day (plan-due-days.ts); within a horizon, what is due sooner comes first (the recount before the rows it holds).
  const due = planDueDays({
    horizon: new Map(kept.filter((a) => shaped.shown.has(a.id)).map((a) => [a.id, shaped.shown.get(a.id)!])),
    after,
    holdsOf: (id) => shape.holdsOf?.(id) ?? null,
    takesTimeOf: (id, owner) => (shaped.reassigned.get(id) ?? shape.ownerOf(id)) === owner || shape.usesOf(id).includes(owner),
    frees: (id, owner) => shape.capacity.some((s) => s.id === id && s.owner === owner),
    notBefore: (id) => shape.notBefore?.(id) ?? null,
  });
  const plan = kept.filter((a) => shaped.shown.has(a.id)).sort((x, y) => horizonOf(x.id) - horizonOf(y.id) || due.get(x.id)! - due.get(y.id)! || gateFirst(x.id) - gateFirst(y.id) || x.rank - y.rank);
  for (const a of plan) place(a.id);
  const shown = order.length;
  // The backlog in plan rank: priority order, a prerequisite before what needs it.
  for (const a of kept) place(a.id);
  return { order, shown, horizon: shaped.shown, due, waits: shaped.waits, riding: shaped.riding, reassigned: shaped.reassigned, after, neededBy, slotTitles: new Map([...(shape.slots ?? new Map<string, { title: string; perHorizon: number }>())].map(([id, slot]) => [id, slot.title])) };
}

/**
 * The actions (in plan order, `after`/`neededBy` as plan ranks) renumbered in the layout's order,
 * each shown action in the horizon it starts in and each backlog action with why it waits.
 */
export function numberPlan(actions: readonly ActionView[], layout: PlanLayout, edits: PlanEdits): ActionView[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const number = new Map(layout.order.map((id, i) => [id, i + 1]));
  const numbers = (ids: readonly string[]) => ids.map((id) => number.get(id)!).sort((x, y) => x - y);
  // A next step rides on its item only where every item it waits for is shown before it (one in
  // the backlog, or due in the same horizon or later, is not done when the next step starts): the
  // layout decided which, and counted those in their owners' load, so the plan prints the same.
  const ridingNext = (id: string, next: NextStepView | null) => (layout.riding.has(id) ? next : null);
  return layout.order.map((id, i) => {
    const a = byId.get(id)!;
    const merge = edits.merge.find((m) => m.actions[0] === a.id);
    const after = numbers(layout.after.get(id)!);
    const neededBy = numbers(layout.neededBy.get(id)!);
    const text = edits.rewrite[a.id] ?? merge?.action ?? a.action;
    const horizon: number = layout.horizon.get(id) ?? a.horizon;
    const reason = i < layout.shown ? undefined : layout.waits.get(id);
    // Given to its alternative owner (shape-plan.ts rule 6): that owner is the row's, and the row keeps whose it was.
    const moved = i < layout.shown ? layout.reassigned.get(id) : undefined;
    const wait = reason === undefined ? null : waitView(reason, (other) => number.get(other)!, (other) => layout.horizon.get(other) ?? null, a.owner, (slot) => layout.slotTitles.get(slot) ?? slot, (other) => byId.get(other)?.next?.title ?? null);
    return {
      ...a,
      ...(moved === undefined ? {} : { owner: moved, ownerText: moved, ownerMovedFrom: a.ownerText }),
      rank: i + 1,
      action: text,
      mergedFrom: merge === undefined ? [] : merge.actions.slice(1).filter((other) => byId.has(other)),
      horizon,
      due: layout.due.get(id) ?? horizon,
      horizonText: `${layout.due.get(id) ?? horizon} days`,
      horizonMoved: horizon !== a.rubricHorizon,
      next: a.next === null ? null : i < layout.shown ? ridingNext(id, nextFrom(a.next, horizon as Horizon)) : nextFrom(a.next, horizon as Horizon),
      after,
      afterText: after.length === 0 ? '' : `after ${ranksText(after)}`,
      neededBy,
      neededByText: neededBy.length === 0 ? '' : `needed for ${ranksText(neededBy)}`,
      wait,
      waitText: waitNote(wait),
    };
  });
}

/** The next step of an action that starts in `horizon`: a horizon after it, or none after the last. */
function nextFrom(next: NextStepView, horizon: Horizon): NextStepView | null {
  if (next.horizon > horizon) return next;
  const later = laterHorizon(horizon);
  if (later === null) return null;
  return { ...next, horizon: later, horizonText: `${later} days`, text: next.text.replace(/^Then, by \d+ days/, `Then, by ${later} days`) };
}
