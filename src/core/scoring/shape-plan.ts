// Which items the plan shows in full (--plan-size, default 12) and which wait in the backlog.
// Three rules, each checkable by hand:
//   1. Forced items first, in the order given (the step that frees someone's time, page one's
//      priorities, the decisions' actions, a readout's promoted actions), each with the fired
//      prerequisites it waits for, and each within the capacity rule (rule 3).
//   2. Shape: about a third of the size per horizon (12 → 4 at 30 days, 4 at 60, 4 at 90; a
//      remainder goes to the earliest horizons), each horizon's items in plan order; slots a
//      horizon cannot fill go to the best remaining items in plan order. An item is taken with
//      the fired prerequisites it waits for (placed when it is taken, so a prerequisite from an
//      earlier horizon never costs its dependant the slot).
//   3. An item is shown only when every fired prerequisite it waits for is shown in an earlier
//      horizon (it starts once they are done), and when the capacity rule (capacity.ts) lets its
//      owner take it on in its horizon.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon } from '../rubric/schema.js';
import { CAPACITY_PER_HORIZON, capacityLeft, type CapacityStep } from './capacity.js';

export interface ShapeItem {
  id: string;
  horizon: Horizon;
  /** The owner the plan names, for the capacity rule. */
  owner: string | null;
  /** Owners whose freed time it spends besides (capacity.ts): it counts against their cap too. */
  uses?: readonly string[];
  /** Ids of the fired items it waits for. */
  after: readonly string[];
}

/** How many of `size` slots each horizon gets before leftovers are shared out. */
export function horizonQuota(size: number): Map<Horizon, number> {
  const base = Math.floor(size / HORIZONS.length);
  const extra = size % HORIZONS.length;
  return new Map(HORIZONS.map((h, i) => [h, base + (i < extra ? 1 : 0)]));
}

/** The ids of the items the plan shows, given the items in plan order (prerequisites first). */
export function shapePlan(items: readonly ShapeItem[], size: number, forced: readonly string[], capacity: readonly CapacityStep[], cap = CAPACITY_PER_HORIZON): Set<string> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = new Set<string>();
  const perHorizon = new Map<Horizon, number>();
  const perOwner = new Map<string, number>();
  const ownerKey = (work: { owner: string | null; horizon: Horizon }) => `${work.owner ?? ''}\u0000${work.horizon}`;
  // The item with every fired prerequisite not yet shown, prerequisites first; null when one of
  // them cannot start before it (a prerequisite in the same or a later horizon).
  const chainOf = (item: ShapeItem): ShapeItem[] | null => {
    const chain: ShapeItem[] = [];
    const seen = new Set<string>();
    const visit = (x: ShapeItem): boolean => {
      if (shown.has(x.id) || seen.has(x.id)) return true;
      seen.add(x.id);
      for (const id of x.after) {
        const prerequisite = byId.get(id);
        if (prerequisite === undefined) continue;
        if (prerequisite.horizon >= x.horizon || !visit(prerequisite)) return false;
      }
      chain.push(x);
      return true;
    };
    return visit(item) ? chain : null;
  };
  // Each owner an item counts against: the one the plan names, and any whose freed time it spends.
  const workOf = (item: ShapeItem) => [item, ...(item.uses ?? []).filter((owner) => owner !== item.owner).map((owner) => ({ id: item.id, owner, horizon: item.horizon }))];
  // Whether the chain's items fit the capacity rule together.
  const fits = (chain: readonly ShapeItem[]) => {
    const taking = new Map<string, number>();
    return chain.flatMap(workOf).every((work) => {
      const key = ownerKey(work);
      const count = (perOwner.get(key) ?? 0) + (taking.get(key) ?? 0);
      taking.set(key, (taking.get(key) ?? 0) + 1);
      return capacityLeft(capacity, work, count, cap) > 0;
    });
  };
  const show = (item: ShapeItem) => {
    shown.add(item.id);
    perHorizon.set(item.horizon, (perHorizon.get(item.horizon) ?? 0) + 1);
    for (const work of workOf(item)) perOwner.set(ownerKey(work), (perOwner.get(ownerKey(work)) ?? 0) + 1);
  };
  /** Shows the item with what it waits for, when they fit (and, unless forced, when the plan has room). */
  const take = (item: ShapeItem, room: number): boolean => {
    const chain = chainOf(item);
    if (chain === null || chain.length > room || !fits(chain)) return false;
    chain.forEach(show);
    return true;
  };
  for (const id of forced) {
    const item = byId.get(id);
    if (item !== undefined) take(item, Infinity);
  }
  const quota = horizonQuota(size);
  for (const horizon of HORIZONS) {
    for (const item of items) {
      if (shown.size >= size || (perHorizon.get(horizon) ?? 0) >= quota.get(horizon)!) break;
      if (item.horizon === horizon && !shown.has(item.id)) take(item, size - shown.size);
    }
  }
  for (const item of items) {
    if (shown.size >= size) break;
    if (!shown.has(item.id)) take(item, size - shown.size);
  }
  return shown;
}
