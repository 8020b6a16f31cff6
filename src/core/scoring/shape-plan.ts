// Which items the plan shows in full (--plan-size, default 12) and which wait in the backlog.
// Three rules, each checkable by hand:
//   1. Forced items first (page one's priorities, a readout's promoted actions), each with the
//      fired prerequisites it waits for.
//   2. Shape: about a third of the size per horizon (12 → 4 at 30 days, 4 at 60, 4 at 90; a
//      remainder goes to the earliest horizons), each horizon's items in plan order; slots a
//      horizon cannot fill go to the best remaining items in plan order.
//   3. An item is shown only when every fired prerequisite it waits for is shown, and when the
//      capacity rule lets its owner take it on in its horizon, and its next step's owner take
//      that on in the next step's horizon (capacity.ts): a next step is shown in full with its
//      item, so it is new work too.
import { HORIZONS } from '../rubric/rubric-constants.js';
import type { Horizon } from '../rubric/schema.js';
import { capacityLeft, type CapacityStep } from './capacity.js';

export interface ShapeItem {
  id: string;
  horizon: Horizon;
  /** The owner's catalog key, for the capacity rule. */
  owner: string | null;
  /** Ids of the fired items it waits for. */
  after: readonly string[];
  /** Its next step, shown with it in full: it counts for the capacity rule too. */
  next: { id: string; horizon: Horizon; owner: string | null } | null;
}

/** How many of `size` slots each horizon gets before leftovers are shared out. */
export function horizonQuota(size: number): Map<Horizon, number> {
  const base = Math.floor(size / HORIZONS.length);
  const extra = size % HORIZONS.length;
  return new Map(HORIZONS.map((h, i) => [h, base + (i < extra ? 1 : 0)]));
}

/** The ids of the items the plan shows, given the items in plan order (prerequisites first). */
export function shapePlan(items: readonly ShapeItem[], size: number, forced: readonly string[], capacity: readonly CapacityStep[]): Set<string> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = new Set<string>();
  const perHorizon = new Map<Horizon, number>();
  const perOwner = new Map<string, number>();
  const ownerKey = (work: { owner: string | null; horizon: Horizon }) => `${work.owner ?? ''}\u0000${work.horizon}`;
  const workOf = (item: ShapeItem) => (item.next === null ? [item] : [item, item.next]);
  const show = (item: ShapeItem) => {
    shown.add(item.id);
    perHorizon.set(item.horizon, (perHorizon.get(item.horizon) ?? 0) + 1);
    for (const work of workOf(item)) perOwner.set(ownerKey(work), (perOwner.get(ownerKey(work)) ?? 0) + 1);
  };
  // Whether the item and its next step fit the capacity rule (two in the same horizon count twice).
  const fits = (item: ShapeItem) => {
    const taking = new Map<string, number>();
    return workOf(item).every((work) => {
      const key = ownerKey(work);
      const count = (perOwner.get(key) ?? 0) + (taking.get(key) ?? 0);
      taking.set(key, (taking.get(key) ?? 0) + 1);
      return capacityLeft(capacity, work, count) > 0;
    });
  };
  const force = (item: ShapeItem) => {
    if (shown.has(item.id)) return;
    for (const id of item.after) {
      const prerequisite = byId.get(id);
      if (prerequisite !== undefined) force(prerequisite);
    }
    show(item);
  };
  for (const id of forced) {
    const item = byId.get(id);
    if (item !== undefined) force(item);
  }
  const eligible = (item: ShapeItem) => !shown.has(item.id) && item.after.every((id) => shown.has(id) || !byId.has(id)) && fits(item);
  const quota = horizonQuota(size);
  for (const horizon of HORIZONS) {
    for (const item of items) {
      if (shown.size >= size || (perHorizon.get(horizon) ?? 0) >= quota.get(horizon)!) break;
      if (item.horizon === horizon && eligible(item)) show(item);
    }
  }
  for (const item of items) {
    if (shown.size >= size) break;
    if (eligible(item)) show(item);
  }
  return shown;
}
