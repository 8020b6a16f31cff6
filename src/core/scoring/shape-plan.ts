// Which items the plan shows (--plan-size, default 12), in which horizon, and why the rest wait.
// Three rules, each checkable by hand (fifth VP reading: the two highest-priority gaps sat in the
// backlog with no reason, and the backlog was in no useful order):
//   1. Priority order: forced items first, in the order given (the step that frees someone's time,
//      the decisions' actions, page one's priorities, a readout's promoted actions), then every
//      other item in plan order (priority, prerequisites first: plan-actions.ts), until the plan
//      holds `size` items. An item is taken with the fired prerequisites it waits for.
//   2. Horizon: an item starts in the first horizon, from its own, in which every prerequisite is
//      done (shown in an earlier horizon, or a build shown in the same one: rule 5) and the
//      capacity rule (capacity.ts) lets its owner, and any owner whose freed time it spends, take
//      it on, and lets its next step's owner carry the next step a horizon later (ninth VP reading, class 4a: a cap on new items alone left the
//      VP Sales five live streams at 60 days under a cap of three). So an item that capacity or a
//      prerequisite holds back goes to the next horizon with room, not straight to the backlog.
//      A step that runs in a shared slot (`slot:`, such as the team meeting's 15 minutes of
//      differentiation practice) starts only in a horizon where fewer than the slot's `perHorizon`
//      steps start in it (tenth consultant review, C.3: six claimants queued for one monthly slot
//      and missed their horizons).
//   3. What waits says why: a prerequisite not in the plan (or due in the last horizon), an owner
//      with no room up to the last horizon, a shared slot with no room up to the last horizon, a
//      plan already full of higher-priority items, or a leadership decision it carries out that
//      leadership declined (plan-actions.ts, rule 5).
//   4. An item that a shown item does inside it (`covers:`, the cadence's agenda holding the last
//      and next action) takes no place of its own: it is listed as covered by that item, not as
//      waiting (tenth VP reading, class 4), and what requires it waits for the covering item.
//   5. A build (`build: true`: the CRM set-up, the reports, marketing's battlecards) is done for
//      the items that require it, so it is shown only with one of them, taken as their
//      prerequisite, never on its own priority; it is done within the horizon of the item that
//      uses it, before it (plan-actions.ts, rule 3), not a horizon ahead (eleventh consultant
//      review, F1/F2: a build shown while every step that uses it waited promised work nobody
//      used within 90 days). Unshown, it says which item it is built for, or which item's next step (a build only a next step
//      needs is never shown: the next step then does not ride). A forced build is an ordinary item.
//   6. An item whose own owner has no room in any horizon it could start in goes to its alternative
//      owner (the set's `alternatives`), where that owner has room, under the same rules; the plan
//      says so (VP reading 17, item 23: the marketing lead had none at 30 days while the VP Sales'
//      room held thirteen steps back). Never for a slot's or another owner's lack of room: the
//      alternative takes the owner's place, not anyone else's.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon } from '../rubric/schema.js';
import { CAPACITY_PER_HORIZON, capacityLeft, laterHorizon, loadPlaces, type CapacityStep } from './capacity.js';

export interface ShapeItem {
  id: string;
  horizon: Horizon;
  /** The owner the plan names, for the capacity rule. */
  owner: string | null;
  /** Owners whose freed time it spends besides (capacity.ts): it counts against their cap too. */
  uses?: readonly string[];
  /** Ids of the fired items it waits for. */
  after: readonly string[];
  /**
   * Its next step ("Then, by …"), which continues it a horizon after wherever it starts (or at its
   * own horizon when that is later), and is active work for its owner there: it counts against
   * that owner's cap as a new item does. None for an item that starts in the last horizon.
   */
  next?: { owner: string | null; horizon: Horizon; uses?: readonly string[]; after?: readonly string[] } | null;
  /** The id of the leadership decision it carries out, where leadership declined it: the item is never shown. */
  declined?: string | null;
  /** The shared slot it runs in (`slot:`), counted against the slot's room in the horizon it starts in. */
  slot?: string | null;
  /** Who checks it before it starts, or null: the check counts against that owner's cap in the item's horizon (capacity.ts). */
  checker?: string | null;
  /** Ids of the items it does inside it (`covers:`): shown, it takes their place (rule 4). */
  covers?: readonly string[];
  /** A build (`build: true`), shown only with an item that requires it (rule 5). */
  build?: boolean;
  /** A routine (`recurring: true`): it counts against its people's cap in every later horizon too (capacity.ts). */
  recurring?: boolean;
  /** Who may take it when its owner has no room in any horizon it could start in (the set's `alternatives`, rule 6), or null. */
  alternative?: string | null;
}

/** Why an item waits in the backlog. */
export type WaitReason =
  /** A prerequisite the plan does not show, or shows in the last horizon (nothing can follow it in the plan). */
  | { kind: 'after'; id: string }
  /** This owner has no room from the item's horizon to the last (their cap, or their time not yet freed). */
  | { kind: 'full'; owner: string | null; check?: boolean }
  /**
   * The plan had `room` places left when the item came up, and it needed `needs` (itself and the
   * prerequisites it would bring): with no room left, every item the plan took on priority ranks
   * above it; with some, it and what it waits for did not fit in what was left.
   */
  | { kind: 'size'; room: number; needs: number }
  /** Leadership declined the decision it carries out. */
  | { kind: 'declined'; decision: string }
  /** The shared slot it runs in has no room from the item's horizon to the last. */
  | { kind: 'slot'; slot: string }
  /** A shown item does it inside it (`covers:`): not waiting, done there. */
  | { kind: 'covered'; by: string }
  /** A build no shown item requires: it starts with `for`, the first item that requires it (or whose next step does, `next`), which waits. */
  | { kind: 'build'; for: string; next: boolean };

export interface ShapedPlan {
  /** The shown items and the horizon each starts in (its own, or later when capacity or a prerequisite held it back). */
  shown: ReadonlyMap<string, Horizon>;
  /** Every other item, with why it waits. */
  waits: ReadonlyMap<string, WaitReason>;
  /** The shown items whose next step rides on them, counted in its owners' load: the plan prints exactly these (number-plan.ts). */
  riding: ReadonlySet<string>;
  /** The shown items given to their alternative owner (rule 6): id to that owner. */
  reassigned: ReadonlyMap<string, string>;
}

interface PlanState {
  shown: Map<string, Horizon>;
  load: Map<string, number>;
  riding: Set<string>;
  reassigned: Map<string, string>;
}

const loadKey = (owner: string | null, horizon: Horizon) => `${owner ?? ''}\u0000${horizon}`;

/** An owner with no room for the item: `check` where only the check before it is theirs (its checker, not one of its own people). */
function fullReason(item: ShapeItem, owner: string | null): WaitReason {
  const own = [item.owner, ...(item.uses ?? []), ...(item.next == null ? [] : [item.next.owner, ...(item.next.uses ?? [])])];
  return item.checker != null && owner === item.checker && !own.includes(owner) ? { kind: 'full', owner, check: true } : { kind: 'full', owner };
}

/**
 * The shown plan, given the items in plan order (prerequisites first), rules 1-3, then rule 4: an
 * item a shown item covers leaves the plan (what required it waits for the covering item instead)
 * and the plan is laid out again without it, until no shown item is covered by another.
 * `slots` gives each shared slot's room per horizon.
 */
export function shapePlan(items: readonly ShapeItem[], size: number, forced: readonly string[], capacity: readonly CapacityStep[], cap = CAPACITY_PER_HORIZON, slots: ReadonlyMap<string, number> = new Map()): ShapedPlan {
  const coveredBy = new Map<string, string>();
  for (;;) {
    const kept = items.filter((item) => !coveredBy.has(item.id)).map((item) => ({ ...item, after: [...new Set(item.after.map((id) => coveredBy.get(id) ?? id))].filter((id) => id !== item.id) }));
    const shaped = shapeOnce(kept, size, forced, capacity, cap, slots);
    // A forced item (page one's, a decision's, a readout's priority) keeps its own place: someone chose it.
    const coverable = (id: string) => !coveredBy.has(id) && !forced.includes(id) && items.some((x) => x.id === id);
    const newly = items.flatMap((item) => (coveredBy.has(item.id) || !shaped.shown.has(item.id) ? [] : (item.covers ?? []).filter((id) => id !== item.id && coverable(id)).map((id) => [id, item.id] as const)));
    if (newly.length === 0) {
      const waits = new Map(shaped.waits);
      for (const [id, by] of coveredBy) waits.set(id, { kind: 'covered', by });
      return { shown: shaped.shown, waits, riding: shaped.riding, reassigned: shaped.reassigned };
    }
    for (const [id, by] of newly) coveredBy.set(id, by);
  }
}

function shapeOnce(items: readonly ShapeItem[], size: number, forced: readonly string[], capacity: readonly CapacityStep[], cap: number, slots: ReadonlyMap<string, number>): ShapedPlan {
  const byId = new Map(items.map((item) => [item.id, item]));
  let state: PlanState = { shown: new Map(), load: new Map(), riding: new Set(), reassigned: new Map() };
  /**
   * Where the item's next step lands when the item starts in `horizon` (as number-plan.ts's nextFrom
   * moves it), or null where it does not ride on the item: none after the last horizon, or one that
   * waits for an item not already shown in an earlier horizon (it would not be done when the next
   * step starts). The layout decides this once, so the plan prints no next step it did not count,
   * and counts none it does not print (a next step the plan dropped took the VP Sales' last place
   * at 90 days from the debriefs' check).
   */
  const nextHorizon = (s: PlanState, item: ShapeItem, horizon: Horizon): Horizon | null => {
    if (item.next == null) return null;
    const at = item.next.horizon > horizon ? item.next.horizon : laterHorizon(horizon);
    if (at === null) return null;
    return (item.next.after ?? []).every((id) => s.shown.has(id) && (byId.get(id)?.build === true ? s.shown.get(id)! <= at : s.shown.get(id)! < at)) ? at : null;
  };
  /** Each owner's place the item takes if it starts in `horizon`: the capacity rule's (capacity.ts loadPlaces). */
  const placesOf = (s: PlanState, item: ShapeItem, horizon: Horizon): [string | null, Horizon][] => loadPlaces(item, horizon, nextHorizon(s, item, horizon));
  /** The first owner with no room for the item (or its next step) when it starts in this horizon, or undefined when all have room. */
  const fullOwner = (s: PlanState, item: ShapeItem, horizon: Horizon) => {
    const taken = new Map<string, number>();
    for (const [owner, at] of placesOf(s, item, horizon)) {
      const key = loadKey(owner, at);
      const already = (s.load.get(key) ?? 0) + (taken.get(key) ?? 0);
      if (capacityLeft(capacity, { id: item.id, owner, horizon: at }, already, cap) <= 0) return owner;
      taken.set(key, (taken.get(key) ?? 0) + 1);
    }
    return undefined;
  };
  const slotKey = (slot: string, horizon: Horizon) => `slot\u0000${slot}\u0000${horizon}`;
  /** Whether the item's slot has room for one more start in this horizon (an item with no slot, or a slot with no stated room, always has). */
  const slotFull = (s: PlanState, item: ShapeItem, horizon: Horizon) => {
    const room = item.slot == null ? undefined : slots.get(item.slot);
    return room !== undefined && (s.load.get(slotKey(item.slot!, horizon)) ?? 0) >= room;
  };
  /** Places the item, with what it waits for, in `s`; the reason it cannot be placed otherwise (`s` is then a discarded trial). */
  const place = (s: PlanState, item: ShapeItem, visiting: Set<string>): WaitReason | null => {
    if (s.shown.has(item.id)) return null;
    if (visiting.has(item.id)) return { kind: 'after', id: item.id };
    if (item.declined != null) return { kind: 'declined', decision: item.declined };
    visiting.add(item.id);
    let earliest: Horizon = item.horizon;
    for (const id of item.after) {
      const prerequisite = byId.get(id);
      if (prerequisite === undefined) continue;
      // A build starts with the item it is built for (rule 5): what holds the build holds the item,
      // said as the build's own reason, never as "waits for" a build that is "built for" it (twelfth
      // VP reading, class 1d: "#17 waits for #15" beside "#15 built for #17").
      const held = place(s, prerequisite, visiting);
      if (held !== null) return prerequisite.build === true && !(held.kind === 'after' && held.id === item.id) ? held : { kind: 'after', id };
      // A build is done within the horizon of what it is built for (rule 5), anything else a horizon ahead.
      const then = prerequisite.build === true ? s.shown.get(id)! : laterHorizon(s.shown.get(id)!);
      if (then === null) return { kind: 'after', id };
      if (then > earliest) earliest = then;
    }
    let blocked: string | null | undefined;
    let slotBlocked = false;
    /** Places `as` (the item, or the item under its alternative owner) in the first horizon with room; whether it did. */
    const fit = (as: ShapeItem): boolean => {
      for (const horizon of HORIZONS) {
        if (horizon < earliest) continue;
        blocked = fullOwner(s, as, horizon);
        if (blocked !== undefined) continue;
        slotBlocked = slotFull(s, as, horizon);
        if (slotBlocked) continue;
        if (nextHorizon(s, as, horizon) !== null) s.riding.add(as.id);
        s.shown.set(as.id, horizon);
        for (const [owner, at] of placesOf(s, as, horizon)) s.load.set(loadKey(owner, at), (s.load.get(loadKey(owner, at)) ?? 0) + 1);
        if (as.slot != null) s.load.set(slotKey(as.slot, horizon), (s.load.get(slotKey(as.slot, horizon)) ?? 0) + 1);
        return true;
      }
      return false;
    };
    if (fit(item)) return null;
    // Rule 6: only its own owner's lack of room hands it to the alternative, never a slot or another's room.
    const ownerFull = !slotBlocked && blocked === item.owner;
    const reason: WaitReason = slotBlocked && blocked === undefined ? { kind: 'slot', slot: item.slot! } : fullReason(item, blocked ?? item.owner);
    if (ownerFull && item.alternative != null && item.alternative !== item.owner && fit({ ...item, owner: item.alternative })) {
      s.reassigned.set(item.id, item.alternative);
      return null;
    }
    // The last horizon tried under its own owner says which bound held it: its slot, where the owners had room there.
    return reason;
  };
  /** Shows the item with what it waits for when they fit in `room`; else why not, nothing shown. */
  const take = (item: ShapeItem, room: number): WaitReason | null => {
    const trial: PlanState = { shown: new Map(state.shown), load: new Map(state.load), riding: new Set(state.riding), reassigned: new Map(state.reassigned) };
    const reason = place(trial, item, new Set());
    if (reason !== null) return reason;
    const needs = trial.shown.size - state.shown.size;
    if (needs > room) return { kind: 'size', room, needs };
    state = trial;
    return null;
  };
  const waits = new Map<string, WaitReason>();
  // Rule 5: the first item (in plan order) that waits for each build.
  const builtFor = new Map<string, { id: string; next: boolean }>();
  for (const item of items) for (const id of item.after) if (byId.get(id)?.build === true && !builtFor.has(id)) builtFor.set(id, { id: item.id, next: false });
  for (const item of items) for (const id of item.next?.after ?? []) if (byId.get(id)?.build === true && !builtFor.has(id)) builtFor.set(id, { id: item.id, next: true });
  for (const id of forced) {
    const item = byId.get(id);
    if (item !== undefined && !state.shown.has(id)) {
      const reason = take(item, Infinity);
      if (reason !== null) waits.set(id, reason);
    }
  }
  for (const item of items) {
    if (state.shown.has(item.id) || waits.has(item.id) || (builtFor.has(item.id) && !forced.includes(item.id))) continue;
    const reason = take(item, Math.max(0, size - state.shown.size));
    if (reason !== null) waits.set(item.id, reason);
  }
  for (const [id, user] of builtFor) if (!state.shown.has(id) && !waits.has(id)) waits.set(id, { kind: 'build', for: user.id, next: user.next });
  // An item that waited while a later pick took its prerequisite along: recheck why it waits.
  for (const [id] of waits) if (state.shown.has(id)) waits.delete(id);
  return { shown: state.shown, waits, riding: state.riding, reassigned: state.reassigned };
}
